import type { BlindArticleView } from "@/lib/classroom/views";

/**
 * The blinded articles in letter order, with a jump list; ids are letters,
 * never slugs. Paragraphs are numbered (on screen and on paper), so a student
 * can cite "Outlet B, ¶ 4" as the sentence that proves an answer.
 */
export function BlindTexts({
  articles,
  headingLevel = 2,
}: {
  articles: BlindArticleView[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div>
      <nav aria-label="Outlets" className="no-print mb-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {articles.map((a) => (
            <li key={a.letter}>
              <a
                href={`#outlet-${a.letter.toLowerCase()}`}
                className="inline-block rounded border border-rule bg-white px-3 py-1.5 font-medium hover:border-accent hover:text-accent"
              >
                {a.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-10">
        {articles.map((a) => (
          <article
            key={a.letter}
            id={`outlet-${a.letter.toLowerCase()}`}
            aria-labelledby={`outlet-${a.letter.toLowerCase()}-heading`}
            className="blind-text scroll-mt-4 rounded-lg border border-rule bg-white p-4 sm:p-6"
            data-letter={a.letter}
          >
            <Heading
              id={`outlet-${a.letter.toLowerCase()}-heading`}
              className="text-sm font-semibold uppercase tracking-wide text-muted"
            >
              {a.label}
            </Heading>
            <p
              className="mt-1 font-serif text-xl font-bold leading-snug sm:text-2xl"
              data-testid="blind-headline"
            >
              {a.headline ?? (
                <span className="text-base font-normal italic text-muted">
                  No headline was captured.
                </span>
              )}
            </p>
            <div className="blind-body mt-4 max-w-prose space-y-3 break-words font-serif text-lg leading-relaxed">
              {a.paragraphs.map((paragraph) => (
                <p
                  key={paragraph.number}
                  id={`outlet-${a.letter.toLowerCase()}-p${paragraph.number}`}
                  className="para"
                >
                  <span className="para-no">
                    <span className="sr-only">Paragraph </span>
                    {paragraph.number}
                  </span>{" "}
                  {paragraph.text}
                </p>
              ))}
            </div>
          </article>
        ))}
      </div>
    </div>
  );
}
