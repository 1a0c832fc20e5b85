import type { UserStoryArticle } from "@/lib/store";

/**
 * The story's articles as stored, while it is being analysed. Everything a person typed is rendered
 * as text by React, never as markup.
 */
export function UserStorySummary({ articles }: { articles: UserStoryArticle[] }) {
  return (
    <section aria-labelledby="articles-heading" className="my-6">
      <h2 id="articles-heading" className="text-xl font-semibold">
        Articles ({articles.length})
      </h2>
      <ol className="mt-3 space-y-2">
        {articles.map((article) => (
          <li key={article.id} className="rounded border border-rule bg-white p-3">
            <p className="font-medium">{article.outlet}</p>
            <p className="text-sm text-muted">
              {article.title ?? "No headline given"}
              {article.published ? ` · ${article.published}` : ""}
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
    </section>
  );
}
