import { DiffText } from "@/components/diff/diff-text";
import { Badge } from "@/components/ui/badge";
import type { ArticleAnalysis, Quote, QuoteGroup, QuoteVariant } from "@/lib/analysis";
import { plural } from "@/lib/format";
import { MAX_NAMES, type QuoteVersion, quoteVersions } from "@/lib/views/quote-versions";

const STATUS_LABEL: Record<QuoteVariant["status"], string> = {
  verbatim: "Verbatim",
  excerpt: "Excerpt",
  altered: "Altered",
};

/**
 * The same quote as each outlet printed it: verbatim, an excerpt, or altered (with a word
 * diff against the longest printing), and whom each outlet says said it. A quote printed by many
 * outlets lists each distinct printing once, with the outlets that printed it.
 */
export function QuoteGroupCard({
  group,
  quotes,
  articles,
  only,
  moreHint,
}: {
  group: QuoteGroup;
  quotes: Map<string, Quote>;
  articles: ArticleAnalysis[];
  /** Restrict to these article ids (the compare view's selection). */
  only?: string[];
  /** Where to find the printings a collapsed card leaves out ("choose an outlet above"). */
  moreHint?: string;
}) {
  const base = quotes.get(group.base);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const { collapsed, versions, hidden, printings } = quoteVersions(group, quotes, only);
  const missing = only?.filter((id) => !versions.some((v) => v.articles.includes(id))) ?? [];
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
        {collapsed && <span className="text-muted">Printed by {plural(printings, "outlet")}</span>}
      </p>
      <ul className="space-y-3">
        {versions.map((version) => (
          <Version
            key={version.variant.quote}
            version={version}
            names={version.articles.map((id) => byId.get(id)?.outlet ?? id)}
            collapsed={collapsed}
          />
        ))}
        {hidden > 0 && (
          <li className="text-sm italic text-muted">
            {plural(hidden, "more printing")} worded or attributed differently
            {moreHint ? `: ${moreHint}` : "."}
          </li>
        )}
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

function Version({
  version,
  names,
  collapsed,
}: {
  version: QuoteVersion;
  names: string[];
  collapsed: boolean;
}) {
  const { variant, quote, isBase } = version;
  const shown = names.slice(0, MAX_NAMES);
  return (
    <li
      className="border-l-4 border-rule pl-3"
      data-outlet={collapsed ? undefined : quote.article}
      data-printings={collapsed ? names.length : undefined}
    >
      <p className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-semibold">
          {shown.join(", ")}
          {names.length > shown.length && ` and ${names.length - shown.length} more`}
        </span>
        <Badge tone={variant.status === "altered" ? "warn" : "neutral"}>
          {isBase && collapsed ? "Longest printing" : STATUS_LABEL[variant.status]}
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
}
