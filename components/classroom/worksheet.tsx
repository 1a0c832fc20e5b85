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

/** The handout: guesses, questions with lined space, discussion prompts, then the blinded texts. */
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
      <header className="exercise space-y-3">
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
          news site, advocacy group)? Where is it from? What gave it away?
        </p>
        <ul className="space-y-3">
          {articles.map((a) => (
            <li key={a.letter} className="exercise flex flex-wrap items-end gap-x-4 gap-y-2">
              <strong className="w-20 shrink-0">{a.label}</strong>
              <Blank label="Kind" />
              <Blank label="From" />
              <Blank label="Clue" />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ws-spot" className="space-y-3">
        <h2 id="ws-spot" className="text-xl font-semibold">
          2. Spot the difference
        </h2>
        <ExerciseList exercises={exercises} mode="worksheet" />
      </section>
      <section aria-labelledby="ws-discuss" className="space-y-3">
        <h2 id="ws-discuss" className="text-xl font-semibold">
          3. Discuss
        </h2>
        <DiscussList prompts={discuss} lines examples={false} />
        <Glossary />
      </section>
      <section aria-labelledby="ws-texts" className="print-break-before space-y-3">
        <h2 id="ws-texts" className="text-xl font-semibold">
          The articles
        </h2>
        <BlindTexts articles={articles} headingLevel={3} />
      </section>
    </div>
  );
}
