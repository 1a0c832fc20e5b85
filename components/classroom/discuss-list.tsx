import { GLOSSARY, GLOSSARY_KEYS, glossaryAnchor } from "@/lib/classroom/glossary";
import type { DiscussView } from "@/lib/classroom/views";
import { EvidenceQuote } from "./evidence-quote";
import { AnswerLines } from "./exercise-list";
import { Parts } from "./parts";

/** Discussion prompts, each tied to its glossary entry, with an example from this story. */
export function DiscussList({
  prompts,
  lines = false,
  examples = true,
}: {
  prompts: DiscussView[];
  lines?: boolean;
  examples?: boolean;
}) {
  return (
    <ol className="space-y-4">
      {prompts.map((prompt) => (
        <li
          key={prompt.key}
          className="exercise rounded-lg border border-rule bg-white p-4 sm:p-5"
          data-topic={prompt.key}
        >
          <h3 className="font-semibold">
            <a href={`#${glossaryAnchor(prompt.key)}`} className="text-accent underline">
              {prompt.term}
            </a>
            <span className="sr-only">:</span>
          </h3>
          <p className="mt-1">{prompt.question}</p>
          {!examples ? null : prompt.intro ? (
            <div className="mt-3 space-y-2">
              <p className="text-sm text-muted">
                <span className="font-medium">In this story: </span>
                <Parts parts={prompt.intro} />
              </p>
              {prompt.evidence.map((evidence, i) => (
                <EvidenceQuote key={i} evidence={evidence} />
              ))}
            </div>
          ) : (
            <p className="mt-2 text-sm text-muted">
              The analysis found no clear example of this in the story; look for one yourself.
            </p>
          )}
          {lines ? <AnswerLines /> : null}
        </li>
      ))}
    </ol>
  );
}

/** The short glossary; each entry has an anchor the prompts link to. */
export function Glossary() {
  return (
    <section aria-labelledby="glossary-heading" className="mt-10">
      <h2 id="glossary-heading" className="text-xl font-semibold">
        Glossary
      </h2>
      <dl className="mt-3 space-y-4">
        {GLOSSARY_KEYS.map((key) => {
          const entry = GLOSSARY[key];
          return (
            <div
              key={key}
              id={glossaryAnchor(key)}
              className="exercise scroll-mt-4 rounded-lg border border-rule bg-white p-4"
            >
              <dt className="font-semibold">{entry.term}</dt>
              <dd className="mt-1">{entry.definition}</dd>
              <dd className="mt-1 text-sm text-muted">
                <span className="font-medium">Ask: </span>
                {entry.ask}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
