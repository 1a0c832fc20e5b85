import { Badge } from "@/components/ui/badge";
import type { ArticleAnalysis, Quote } from "@/lib/analysis";
import { plural } from "@/lib/format";

const kindLabels = {
  direct: "Direct quote",
  partial: "Partial quote",
  scare: "Scare quote",
} as const;

/** Quotes printed by one outlet only, under each outlet's name (one page of them). */
export function SingleQuotes({
  quotes,
  articles,
}: {
  quotes: Quote[];
  articles: ArticleAnalysis[];
}) {
  return articles.map((article) => {
    const own = quotes.filter((q) => q.article === article.id);
    if (own.length === 0) return null;
    return (
      <div key={article.id} className="mt-4">
        <h3 className="font-semibold">
          {article.outlet}{" "}
          <span className="text-sm font-normal text-muted">({plural(own.length, "quote")})</span>
        </h3>
        <ul className="mt-2 space-y-2">
          {own.map((quote) => (
            <li key={quote.id} id={quote.id} className="rounded border border-rule bg-white p-3">
              <p className="mb-1 flex flex-wrap gap-2 text-xs">
                <Badge tone="muted">{kindLabels[quote.kind]}</Badge>
                <span className="text-muted">
                  {quote.speaker ? `Attributed to ${quote.speaker}` : "No speaker named"}
                </span>
              </p>
              <blockquote className="font-serif leading-relaxed">“{quote.text}”</blockquote>
            </li>
          ))}
        </ul>
      </div>
    );
  });
}

/** Scare quotes (one page of them), each with its outlet and sentence. */
export function ScareQuotes({
  quotes,
  articles,
}: {
  quotes: Quote[];
  articles: ArticleAnalysis[];
}) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (
    <ul className="space-y-2">
      {quotes.map((quote) => {
        const article = byId.get(quote.article);
        return (
          <li key={quote.id} className="rounded border border-rule bg-white p-3 text-sm">
            <span className="font-semibold">{article?.outlet}:</span> “{quote.text}” —{" "}
            <span className="font-serif text-muted">
              {article?.sentences[quote.sentence]?.text}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
