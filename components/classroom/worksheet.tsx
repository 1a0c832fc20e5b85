import type { BlindArticleView, DiscussView, ExerciseView } from "@/lib/classroom/views";
import { BlindTexts } from "./blind-texts";
import { DiscussList, Glossary } from "./discuss-list";
import { ExerciseList } from "./exercise-list";

function Blank({ label }: { label: string }) {
  return (
    <span className="inline-flex min-w-0 flex-1 items-end gap-2">
      <span className="shrink-0">{label}</span>
      <span className="blank min-w-16 flex-1 border-b border-ink" aria-hidden="true" />
    </span>
  );
}

/**
 * The handout: guesses, questions with room to write, discussion prompts,
 * then the blinded texts with numbered paragraphs. On paper it is laid out
 * tight (classroom.css): the seed story's five articles fit on four A4 pages.
 */
export function Worksheet({
  title,
  code,
  articles,
  exercises,
  discuss,
}: {
  title: string;
  code: string | null;
  articles: BlindArticleView[];
  exercises: ExerciseView[];
  discuss: DiscussView[];
}) {
  return (
    <div className="worksheet space-y-8" data-testid="worksheet">
      <header className="ws-header space-y-3">
        <p className="text-sm uppercase tracking-wide text-muted">
          Worksheet · blind reading{code ? ` · class code ${code.toUpperCase()}` : ""}
        </p>
        <h2 className="font-serif text-2xl font-bold">{title}</h2>
        <p className="flex flex-wrap gap-4">
          <Blank label="Name" />
          <Blank label="Class" />
          <Blank label="Date" />
        </p>
      </header>
      <section aria-labelledby="ws-guess" className="space-y-3">
        <h2 id="ws-guess" className="text-xl font-semibold">
          1. Who wrote which?
        </h2>
        <p>
          For each outlet: what kind of outlet is it (state broadcaster, newspaper, wire agency,
          news site, advocacy group, or can&apos;t tell)? Where is it from? What gave it away?
        </p>
        <div>
          <table className="ws-guesses w-full table-fixed border-collapse text-left">
            <thead>
              <tr>
                <th scope="col" className="w-[5.5rem] py-1 pr-2 font-semibold">
                  Outlet
                </th>
                <th scope="col" className="py-1 pr-2 font-semibold">
                  Kind
                </th>
                <th scope="col" className="py-1 pr-2 font-semibold">
                  From
                </th>
                <th scope="col" className="w-[38%] py-1 font-semibold">
                  Clue (¶)
                </th>
              </tr>
            </thead>
            <tbody>
              {articles.map((a) => (
                <tr key={a.letter} className="exercise">
                  <th scope="row" className="py-2 pr-2 font-semibold">
                    {a.label}
                  </th>
                  {["kind", "from", "clue"].map((cell) => (
                    <td key={cell} className="py-2 pr-2">
                      <span className="blank block h-6 border-b border-ink" aria-hidden="true" />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="ws-spot" className="ws-spot space-y-3">
        <h2 id="ws-spot" className="text-xl font-semibold">
          2. Spot the difference
        </h2>
        <ExerciseList exercises={exercises} mode="worksheet" />
      </section>
      <section aria-labelledby="ws-discuss" className="ws-discuss space-y-3">
        <h2 id="ws-discuss" className="text-xl font-semibold">
          3. Discuss
        </h2>
        <DiscussList prompts={discuss} lines examples={false} />
        <Glossary />
      </section>
      <section aria-labelledby="ws-texts" className="ws-texts print-break-before space-y-3">
        <h2 id="ws-texts" className="text-xl font-semibold">
          The articles
        </h2>
        <BlindTexts articles={articles} headingLevel={3} />
      </section>
    </div>
  );
}
