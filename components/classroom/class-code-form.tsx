import { nextSeed } from "@/lib/classroom/seed";
import { FreshSeedLink } from "./fresh-seed-link";

/**
 * Start a class (a new code fixes one blind order for everyone) or join one
 * by typing the code from the board. A plain GET form: works without JavaScript.
 */
export function ClassCodeForm({ path, seed }: { path: string; seed: string | null }) {
  return (
    <div className="no-print flex flex-col gap-4 rounded-lg border border-rule bg-accent-soft p-4">
      <div>
        {seed ? (
          <p>
            Everyone with class code <strong className="font-mono">{seed.toUpperCase()}</strong>{" "}
            sees the outlets in the same order.
          </p>
        ) : (
          <p>
            <strong>Teachers:</strong> start a class to get a code that gives everyone the same
            order.
          </p>
        )}
        <p className="mt-1">
          <FreshSeedLink path={path} fallbackSeed={nextSeed(seed)}>
            {seed ? "Start a new class (new code, new order)" : "Start a class with a new code"}
          </FreshSeedLink>
        </p>
      </div>
      <form action={path} method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="class-code" className="block text-sm font-medium">
            Have a class code?
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
