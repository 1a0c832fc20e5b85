import { Badge } from "@/components/ui/badge";
import type { ArticleAnalysis, Removed } from "@/lib/analysis";

const reasonLabels: Record<Removed["reason"], string> = {
  headline: "Headline",
  dateline: "Date line",
  byline: "Byline",
  navigation: "Navigation",
  caption: "Photo caption",
  "inserted-headline": "Inserted headline",
  promo: "Promotion",
  embed: "Embedded post",
  duplicate: "Duplicate",
  boilerplate: "Boilerplate",
  markup: "Markup",
};

/** What the cleaner took out of the page, and why; and the page as received with removals struck through. */
export function RemovedChrome({ article, raw }: { article: ArticleAnalysis; raw: string }) {
  const removed = [...article.removed].sort((a, b) => a.start - b.start);
  const pieces: { text: string; removed: Removed | null }[] = [];
  let cursor = 0;
  for (const item of removed) {
    if (item.start < cursor) continue;
    if (item.start > cursor) pieces.push({ text: raw.slice(cursor, item.start), removed: null });
    pieces.push({ text: raw.slice(item.start, item.end), removed: item });
    cursor = item.end;
  }
  if (cursor < raw.length) pieces.push({ text: raw.slice(cursor), removed: null });

  return (
    <section aria-labelledby="removed-heading" className="mt-12 border-t border-rule pt-6">
      <h2 id="removed-heading" className="text-xl font-semibold">
        What was removed from the page
      </h2>
      {removed.length === 0 ? (
        <p className="mt-2 text-muted">
          Nothing: the text as received had no page chrome that Parallax recognised.
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">
            The text was received with the page around it.{" "}
            {removed.length === 1
              ? "This piece was taken out before analysis."
              : `These ${removed.length} pieces were taken out before analysis.`}
          </p>
          <details
            className="mt-4 rounded-lg border border-rule bg-white p-4"
            data-testid="removed-list"
          >
            <summary className="cursor-pointer font-medium">
              {removed.length === 1
                ? "Show the removed piece and why"
                : `Show the ${removed.length} removed pieces and why`}
            </summary>
            <ul className="mt-4 space-y-3">
              {removed.map((item) => (
                <li key={`${item.start}-${item.end}`} className="border-l-4 border-cb-orange pl-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <Badge tone="warn">{reasonLabels[item.reason]}</Badge>
                    <span className="text-sm text-muted">{item.detail}</span>
                  </p>
                  <p className="mt-1 whitespace-pre-wrap break-words font-mono text-sm">
                    {item.text}
                  </p>
                </li>
              ))}
            </ul>
          </details>
          <details className="mt-3 rounded-lg border border-rule bg-white p-4">
            <summary className="cursor-pointer font-medium">
              Show the page as received, removals struck through
            </summary>
            <div className="mt-4 whitespace-pre-wrap break-words font-mono text-sm leading-relaxed">
              {pieces.map((piece, index) =>
                piece.removed ? (
                  <del
                    key={index}
                    className="diff-del"
                    title={`Removed: ${reasonLabels[piece.removed.reason]}`}
                  >
                    {piece.text}
                  </del>
                ) : (
                  <span key={index}>{piece.text}</span>
                ),
              )}
            </div>
          </details>
        </>
      )}
    </section>
  );
}
