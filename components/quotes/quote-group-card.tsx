import { DiffText } from "@/components/diff/diff-text";
import { Badge } from "@/components/ui/badge";
import type { ArticleAnalysis, Quote, QuoteGroup, QuoteVariant } from "@/lib/analysis";

const STATUS_LABEL: Record<QuoteVariant["status"], string> = {
  verbatim: "Verbatim",
  excerpt: "Excerpt",
  altered: "Altered",
};

/**
 * The same quote as each outlet printed it: verbatim, an excerpt, or altered (with a word
 * diff against the longest printing), and whom each outlet says said it.
 */
export function QuoteGroupCard({
  group,
  quotes,
  articles,
  only,
}: {
  group: QuoteGroup;
  quotes: Map<string, Quote>;
  articles: ArticleAnalysis[];
  /** Restrict to these article ids (the compare view's selection). */
  only?: string[];
}) {
  const base = quotes.get(group.base);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const variants = group.variants.filter((v) => {
    const quote = quotes.get(v.quote);
    return quote && (!only || only.includes(quote.article));
  });
  const missing =
    only?.filter((id) => !variants.some((v) => quotes.get(v.quote)?.article === id)) ?? [];
  return (
    <article id={group.id} className="scroll-mt-4 rounded-lg border border-rule bg-white p-4">
      <p className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={group.altered ? "warn" : "muted"}>
          {group.altered
            ? "Altered between outlets"
            : group.variants.some((v) => v.status === "excerpt")
              ? "Same words; some printings shorter"
              : "Verbatim everywhere"}
        </Badge>
        {base && (
          <span className="text-muted">Longest printing: {byId.get(base.article)?.outlet}</span>
        )}
      </p>
      <ul className="space-y-3">
        {variants.map((variant) => {
          const quote = quotes.get(variant.quote);
          if (!quote) return null;
          const isBase = variant.quote === group.base;
          return (
            <li
              key={variant.quote}
              className="border-l-4 border-rule pl-3"
              data-outlet={quote.article}
            >
              <p className="flex flex-wrap items-center gap-2 text-xs">
                <span className="font-semibold">{byId.get(quote.article)?.outlet}</span>
                <Badge tone={variant.status === "altered" ? "warn" : "neutral"}>
                  {STATUS_LABEL[variant.status]}
                </Badge>
                <span className="text-muted">
                  {quote.speaker ? <>Attributed to {quote.speaker}</> : <>No speaker named</>}
                </span>
              </p>
              <blockquote className="mt-1 font-serif leading-relaxed">
                “
                {isBase || variant.status !== "altered" ? (
                  quote.text
                ) : (
                  <DiffText parts={variant.diff.parts} />
                )}
                ”
              </blockquote>
              {!isBase && variant.status === "altered" && (
                <p className="mt-1 text-xs text-muted">{variant.diff.summary}</p>
              )}
              {!isBase && variant.status === "excerpt" && (
                <p className="mt-1 text-xs text-muted">
                  Part of the longest printing, word for word: a shorter quote, not changed words.
                </p>
              )}
            </li>
          );
        })}
        {missing.map((id) => (
          <li
            key={id}
            className="border-l-4 border-dashed border-rule pl-3 text-sm italic text-muted"
          >
            {byId.get(id)?.outlet}: does not print this quote
          </li>
        ))}
      </ul>
    </article>
  );
}
