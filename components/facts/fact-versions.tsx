import { DiffOrText } from "@/components/diff/diff-or-text";
import { diffText, type ArticleAnalysis, type Fact } from "@/lib/analysis";
import { PlacementMark } from "./placement";

/**
 * One fact as each outlet wrote it, each version diffed word by word against
 * the base outlet's sentence; outlets that omit it are listed as such.
 */
export function FactVersions({
  fact,
  articles,
  base,
}: {
  fact: Fact;
  articles: ArticleAnalysis[];
  /** Article id whose sentence is the base of the diffs; defaults to the first outlet reporting the fact. */
  base?: string;
}) {
  const reported = fact.coverage.filter((c) => c.sentence !== null);
  const baseCoverage = reported.find((c) => c.article === base) ?? reported[0];
  const baseArticle = articles.find((a) => a.id === baseCoverage?.article);
  const baseText =
    baseCoverage?.sentence != null
      ? (baseArticle?.sentences[baseCoverage.sentence]?.text ?? "")
      : "";
  const omitted = fact.coverage
    .filter((c) => c.sentence === null)
    .map((c) => articles.find((a) => a.id === c.article)?.outlet)
    .filter((name): name is string => Boolean(name));
  return (
    <ul className="space-y-3">
      {fact.coverage.map((coverage) => {
        const article = articles.find((a) => a.id === coverage.article);
        const sentence =
          coverage.sentence !== null ? article?.sentences[coverage.sentence] : undefined;
        if (!article || !sentence) return null;
        const isBase = coverage.article === baseCoverage?.article;
        const diff = isBase ? null : diffText(baseText, sentence.text);
        return (
          <li
            key={coverage.article}
            className="rounded border border-rule bg-white p-3"
            data-outlet={article.id}
          >
            <p className="mb-1 flex flex-wrap items-center gap-2 text-sm">
              <span className="font-semibold">{article.outlet}</span>
              <PlacementMark placement={coverage.placement} />
              {coverage.paragraph !== null && (
                <span className="text-muted">paragraph {coverage.paragraph + 1}</span>
              )}
              {isBase && (
                <span className="text-xs uppercase tracking-wide text-muted">base version</span>
              )}
            </p>
            <DiffOrText
              text={sentence.text}
              diff={diff}
              baseName={isBase ? undefined : baseArticle?.outlet}
            />
          </li>
        );
      })}
      {omitted.length > 0 && (
        // One line for every outlet that leaves the fact out: the omission is the finding.
        <li className="rounded border border-dashed border-rule p-3 text-sm" data-omitted>
          <span className="font-semibold">Not reported by</span> {omitted.join(", ")}.
        </li>
      )}
    </ul>
  );
}
