import type { ArticleAnalysis } from "@/lib/analysis";

const columns: Record<number, string> = {
  2: "sm:grid-cols-2",
  3: "sm:grid-cols-3",
  4: "sm:grid-cols-2 xl:grid-cols-4",
};

/** The selected outlets' headlines side by side. */
export function Headlines({ articles }: { articles: ArticleAnalysis[] }) {
  return (
    <ul
      className={`grid gap-3 ${columns[articles.length] ?? "sm:grid-cols-2"}`}
      aria-label="Headlines"
    >
      {articles.map((article) => (
        <li key={article.id} className="rounded-lg border border-rule bg-white p-4">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">
            {article.outlet}
          </p>
          <p className="mt-1 font-serif text-xl font-semibold leading-snug">
            {article.title ?? (
              <span className="font-sans text-base font-normal italic text-muted">
                Headline not captured
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
