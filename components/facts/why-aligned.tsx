import type { ArticleAnalysis, Fact } from "@/lib/analysis";
import { percent } from "@/lib/format";
import { factLinks, KIND_LABELS, type MarkedPart } from "@/lib/views/fact-links";

/**
 * A sentence with its matched words marked: underlined (solid for the same
 * word, dotted for a word of like meaning) and numbered, so each pair reads
 * without colour; the kind is spelled out for screen readers.
 */
export function MarkedSentence({ parts }: { parts: MarkedPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.pair === undefined ? (
          part.text
        ) : (
          <mark
            key={i}
            className={`bg-transparent text-inherit underline decoration-2 underline-offset-2 ${
              part.kind === "shared" ? "" : "decoration-dotted"
            }`}
          >
            {part.text}
            <sup className="ml-px text-[0.65em] font-semibold text-muted">{part.pair}</sup>
            {part.kind !== "shared" && part.kind && (
              <span className="sr-only"> ({KIND_LABELS[part.kind]})</span>
            )}
          </mark>
        ),
      )}
    </>
  );
}

/** The key to the marks of `MarkedSentence`. */
export function MatchLegend() {
  return (
    <p className="text-sm text-muted">
      <span className="underline decoration-2 underline-offset-2">solid underline</span>: the same
      word in both ·{" "}
      <span className="underline decoration-dotted decoration-2 underline-offset-2">
        dotted underline
      </span>
      : a word of like meaning · numbers pair the words up
    </p>
  );
}

/**
 * Why the versions of a fact were aligned: each version side by side with
 * the base version the engine compared it with, its score, and the words
 * that match (the same word, a synonym, a word used alike).
 */
export function WhyAligned({
  fact,
  articles,
  limit = Infinity,
}: {
  fact: Fact;
  articles: ArticleAnalysis[];
  /** At most this many versions are shown (a fact of hundreds of outlets). */
  limit?: number;
}) {
  const view = factLinks(fact, articles);
  if (!view || view.links.length === 0) return null;
  const shown = view.links.slice(0, limit);
  return (
    <details className="mt-8 rounded-lg border border-rule bg-white p-4">
      <summary className="cursor-pointer font-medium">Why these sentences were matched</summary>
      <p className="mt-2 text-sm text-muted">
        Each version was compared with {view.base.outlet}’s sentence, the one closest to all the
        others.
        {shown.length < view.links.length &&
          ` ${shown.length} of the ${view.links.length} comparisons are shown here; every version is listed above.`}
      </p>
      <MatchLegend />
      <ul className="mt-3 space-y-4">
        {shown.map((link) => (
          <li key={`${link.article}-${link.sentence}`} className="border-t border-rule pt-3">
            <p className="mb-2 text-sm">
              <strong>{link.outlet}</strong> and <strong>{view.base.outlet}</strong>: similarity{" "}
              {percent(link.score)}
              {link.words.length === 0 && <>, the same sentence word for word</>}
            </p>
            {link.words.length > 0 && (
              <>
                <div className="grid gap-3 md:grid-cols-2">
                  <p className="font-serif text-sm leading-relaxed">
                    <span className="block text-xs font-sans text-muted">{view.base.outlet}</span>
                    <MarkedSentence parts={link.baseParts} />
                  </p>
                  <p className="font-serif text-sm leading-relaxed">
                    <span className="block text-xs font-sans text-muted">{link.outlet}</span>
                    <MarkedSentence parts={link.versionParts} />
                  </p>
                </div>
                <p className="mt-2 text-xs text-muted">
                  Matched:{" "}
                  {link.words
                    .map((w) =>
                      w.kind === "shared"
                        ? `${w.pair} “${w.version}”`
                        : `${w.pair} “${w.base}” ≈ “${w.version}” (${KIND_LABELS[w.kind]})`,
                    )
                    .join(" · ")}
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
      {shown.length < view.links.length && (
        <p className="mt-3 text-sm text-muted">
          The first {shown.length} of {view.links.length} versions; the full list is in the
          story&apos;s analysis download.
        </p>
      )}
    </details>
  );
}

/**
 * A version reworded throughout, beside the base it is compared with: both
 * sentences in full, the words they match marked and numbered, where a word
 * diff would strike out most of the sentence.
 */
export function SideBySide({
  baseName,
  base,
  version,
}: {
  baseName: string;
  base: MarkedPart[];
  version: MarkedPart[];
}) {
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <p className="prose-serif">
        <MarkedSentence parts={version} />
      </p>
      <p className="border-l-2 border-rule pl-3 font-serif text-sm leading-relaxed text-muted">
        <span className="block font-sans text-xs">{baseName} (base version)</span>
        <MarkedSentence parts={base} />
      </p>
    </div>
  );
}
