/**
 * Join a class by typing the code from the board: a plain GET form, works
 * without JavaScript. (Teachers start a class from the teacher's page.)
 */
export function ClassCodeForm({ path, seed }: { path: string; seed: string | null }) {
  return (
    <div className="no-print rounded-lg border border-rule bg-accent-soft p-4">
      {seed ? (
        <p>
          Everyone with class code <strong className="font-mono">{seed.toUpperCase()}</strong> sees
          the outlets in the same order.
        </p>
      ) : (
        <p>Your teacher may give you a class code, so the whole class sees the same order.</p>
      )}
      <form action={path} method="get" className="mt-3 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="class-code" className="block text-sm font-medium">
            {seed ? "Another class code?" : "Have a class code?"}
          </label>
          <input
            id="class-code"
            name="seed"
            required
            pattern="[A-Za-z0-9]{1,16}"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="mt-1 w-40 rounded border border-rule bg-white px-2 py-1.5 font-mono uppercase"
          />
        </div>
        <button
          type="submit"
          className="rounded bg-accent px-3 py-1.5 font-medium text-white hover:bg-blue-800"
        >
          Join
        </button>
      </form>
    </div>
  );
}
