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
  return (
    <ul className="space-y-3">
      {fact.coverage.map((coverage) => {
        const article = articles.find((a) => a.id === coverage.article);
        if (!article) return null;
        const sentence =
          coverage.sentence !== null ? article.sentences[coverage.sentence] : undefined;
        const isBase = coverage.article === baseCoverage?.article;
        const diff = sentence && !isBase ? diffText(baseText, sentence.text) : null;
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
            {sentence ? (
              <DiffOrText
                text={sentence.text}
                diff={diff}
                baseName={isBase ? undefined : baseArticle?.outlet}
              />
            ) : (
              <p className="text-sm italic text-muted">Not reported by this outlet.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
