import type { ReactNode } from "react";
import { GUESS_LABELS, GUESS_VALUES, type GuessValue, guessKey } from "@/lib/classroom/state";
import { GuessMemory } from "./guess-memory";

/**
 * Students guess what kind of outlet each one is. A plain GET form: the
 * guesses travel in the link (and stay on the device), nothing is stored on
 * the server. On the reading step it only keeps them; on the reveal, once the
 * teacher has opened it, it checks them.
 */
export function GuessForm({
  action,
  fields,
  letters,
  guesses,
  storageKey,
  submit,
  children,
}: {
  /** The page to submit to; a "#fragment" brings the reader back to the form. */
  action: string;
  /** Hidden fields that keep the rest of the state (class code, step, reveal token). */
  fields: [string, string | null][];
  letters: string[];
  guesses: Record<string, GuessValue>;
  storageKey: string;
  submit: string;
  children: ReactNode;
}) {
  return (
    <form
      action={action}
      method="get"
      className="no-print rounded-lg border border-rule bg-white p-4 sm:p-6"
    >
      {fields.map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <div className="mb-4 text-muted">{children}</div>
      <ul className="grid gap-3 sm:grid-cols-2">
        {letters.map((letter) => (
          <li key={letter}>
            <label htmlFor={`guess-${letter}`} className="block text-sm font-medium">
              Outlet {letter} is a…
            </label>
            <select
              id={`guess-${letter}`}
              name={guessKey(letter)}
              defaultValue={guesses[letter] ?? "unsure"}
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
        className="mt-4 rounded bg-accent px-4 py-2 font-medium text-white hover:bg-blue-800"
      >
        {submit}
      </button>
      <GuessMemory storageKey={storageKey} prefill={Object.keys(guesses).length === 0} />
    </form>
  );
}
