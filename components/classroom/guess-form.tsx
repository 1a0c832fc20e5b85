import { GUESS_LABELS, GUESS_VALUES, guessKey } from "@/lib/classroom/state";

/**
 * Students guess what kind of outlet each one is. A plain GET form to the
 * reveal step: the guesses travel in the link, nothing is stored anywhere.
 */
export function GuessForm({
  action,
  seed,
  letters,
}: {
  action: string;
  seed: string | null;
  letters: string[];
}) {
  return (
    <form
      action={action}
      method="get"
      className="rounded-lg border border-rule bg-white p-4 sm:p-6"
    >
      {seed ? <input type="hidden" name="seed" value={seed} /> : null}
      <input type="hidden" name="step" value="reveal" />
      <p className="mb-4 text-muted">
        For each outlet, what kind of outlet do you think it is, and where is it from? Note what
        gave it away on your worksheet.
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {letters.map((letter) => (
          <li key={letter}>
            <label htmlFor={`guess-${letter}`} className="block text-sm font-medium">
              Outlet {letter} is a…
            </label>
            <select
              id={`guess-${letter}`}
              name={guessKey(letter)}
              defaultValue="unsure"
              className="mt-1 w-full rounded border border-rule bg-white px-2 py-1.5"
            >
              {GUESS_VALUES.map((value) => (
                <option key={value} value={value}>
                  {GUESS_LABELS[value]}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <button
        type="submit"
        className="no-print mt-4 rounded bg-accent px-4 py-2 font-medium text-white hover:bg-blue-800"
      >
        Check my guesses
      </button>
    </form>
  );
}
