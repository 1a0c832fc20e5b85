import Link from "next/link";
import type { Grade } from "@/lib/classroom/grade";

export interface RevealRow {
  letter: string;
  article: string;
  name: string;
  kind: string;
  country: string | null;
  provenance: string;
  headline: string | null;
  /** What the blind view hid for this outlet. */
  hidden: string[];
  guess: string | null;
  grade: Grade | null;
  outletHref: string | null;
}

/** Which outlet was behind each letter, what gave it away, and how the class's guesses did. */
export function RevealList({ rows }: { rows: RevealRow[] }) {
  return (
    <ol className="grid gap-4 md:grid-cols-2" data-testid="reveal">
      {rows.map((row) => (
        <li
          key={row.letter}
          className="exercise rounded-lg border border-rule bg-white p-4"
          data-letter={row.letter}
          data-article={row.article}
        >
          <h3 className="text-lg font-semibold">
            Outlet {row.letter}:{" "}
            {row.outletHref ? (
              <Link
                href={row.outletHref}
                className="text-accent underline"
                data-testid="outlet-name"
              >
                {row.name}
              </Link>
            ) : (
              <span data-testid="outlet-name">{row.name}</span>
            )}
          </h3>
          {row.headline ? <p className="mt-1 font-serif italic">“{row.headline}”</p> : null}
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="font-medium text-muted">Kind</dt>
            <dd>{row.kind}</dd>
            {row.country ? (
              <>
                <dt className="font-medium text-muted">Based in</dt>
                <dd>{row.country}</dd>
              </>
            ) : null}
            <dt className="font-medium text-muted">Its text</dt>
            <dd>{row.provenance}</dd>
            {row.guess ? (
              <>
                <dt className="font-medium text-muted">Your guess</dt>
                <dd data-testid="guess" data-result={row.grade?.result}>
                  {row.guess}
                  {row.grade ? (
                    <>
                      {" "}
                      <strong>{row.grade.text}</strong>
                    </>
                  ) : null}
                </dd>
              </>
            ) : null}
          </dl>
          {row.hidden.length > 0 ? (
            <div className="mt-3 text-sm">
              <p className="font-medium">Hidden in the blind reading:</p>
              <ul className="mt-1 list-disc pl-5">
                {row.hidden.map((h) => (
                  <li key={h} className="break-words">
                    {h}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
