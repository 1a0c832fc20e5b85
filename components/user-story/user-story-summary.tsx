import type { StoryAnalysis } from "@/lib/analysis";
import type { UserStoryArticle } from "@/lib/store";

/**
 * The story's articles as stored (and, once analysed, a count of what was found). Everything a person
 * typed is rendered as text by React, never as markup. The full views of a story come later.
 */
export function UserStorySummary({
  articles,
  analysis,
}: {
  articles: UserStoryArticle[];
  analysis: StoryAnalysis | null;
}) {
  const words = new Map(analysis?.articles.map((a) => [a.id, a.wordCount]) ?? []);
  return (
    <section aria-labelledby="articles-heading" className="my-6">
      <h2 id="articles-heading" className="text-xl font-semibold">
        Articles ({articles.length})
      </h2>
      {analysis && (
        <p className="mt-2" data-testid="analysis-counts">
          {analysis.facts.length} facts aligned, {analysis.quotes.length} quotes found,{" "}
          {analysis.blame.length} statements of blame.
        </p>
      )}
      <ol className="mt-3 space-y-2">
        {articles.map((article) => (
          <li key={article.id} className="rounded border border-rule bg-white p-3">
            <p className="font-medium">{article.outlet}</p>
            <p className="text-sm text-muted">
              {article.title ?? "No headline given"}
              {article.published ? ` · ${article.published}` : ""}
              {words.has(article.slug) ? ` · ${words.get(article.slug)} words` : ""}
            </p>
            {article.sourceUrl && (
              <p className="break-all text-sm text-muted">From {article.sourceUrl}</p>
            )}
            {article.error && (
              <p className="mt-1 text-sm text-amber-900">
                Left out of the comparison: {article.error}
              </p>
            )}
          </li>
        ))}
      </ol>
      {analysis && analysis.notes.length > 0 && (
        <ul className="mt-3 list-disc pl-5 text-sm text-muted">
          {analysis.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
