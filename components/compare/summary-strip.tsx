import type { StoryAnalysis } from "@/lib/analysis";
import { percent, plural } from "@/lib/format";
import type { CompareCounts } from "@/lib/views/compare";
import { blameByAccused, reuseBetween, uncertainBlameCount, voicesOf } from "@/lib/views/summary";

/** At a glance: shared and exclusive facts, reused text, blame by accused side, voices quoted. */
export function SummaryStrip({
  analysis,
  selected,
  counts,
}: {
  analysis: StoryAnalysis;
  selected: string[];
  counts: CompareCounts;
}) {
  const articles = selected
    .map((id) => analysis.articles.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  const pairs = articles.flatMap((a, i) => articles.slice(i + 1).map((b) => [a, b] as const));
  return (
    <section
      aria-labelledby="summary-heading"
      className="my-6 grid gap-3 md:grid-cols-2 xl:grid-cols-4"
    >
      <h2 id="summary-heading" className="sr-only">
        Summary of the comparison
      </h2>
      <div className="rounded-lg border border-rule bg-white p-4">
        <h3 className="text-sm font-semibold text-muted">Facts</h3>
        <p className="mt-1 text-2xl font-semibold">{counts.shared} shared</p>
        <ul className="mt-1 text-sm">
          {articles.map((article) => (
            <li key={article.id}>
              Only in {article.outlet}: <strong>{counts.only[article.id] ?? 0}</strong>
              {(counts.maybe[article.id] ?? 0) > 0 && (
                <span className="meta">
                  {" "}
                  (+{counts.maybe[article.id]} maybe said by another outlet in other words)
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div className="rounded-lg border border-rule bg-white p-4">
        <h3 className="text-sm font-semibold text-muted">Shared wording</h3>
        <ul className="mt-1 space-y-1 text-sm">
          {pairs.map(([a, b]) => {
            const reuse = reuseBetween(analysis, a.id, b.id);
            return (
              <li key={`${a.id}-${b.id}`}>
                {reuse ? (
                  <>
                    <strong>{plural(reuse.words, "word")}</strong> in common between {a.outlet} and{" "}
                    {b.outlet} ({percent(reuse.shareA)} of {a.outlet}, {percent(reuse.shareB)} of{" "}
                    {b.outlet})
                    {reuse.direction !== "unknown" && (
                      <>; {reuse.direction === "a-to-b" ? a.outlet : b.outlet} published first</>
                    )}
                  </>
                ) : (
                  <>
                    {a.outlet} and {b.outlet} share no passage word for word.
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <div className="rounded-lg border border-rule bg-white p-4">
        <h3 className="text-sm font-semibold text-muted">
          Blame, by who is accused (confident only)
        </h3>
        <ul className="mt-1 space-y-1 text-sm">
          {articles.map((article) => {
            const sides = blameByAccused(analysis, article.id);
            const uncertain = uncertainBlameCount(analysis, article.id);
            return (
              <li key={article.id}>
                <span className="font-medium">{article.outlet}:</span>{" "}
                {sides.length === 0 ? (
                  <span className="text-muted">no confident blame statements</span>
                ) : (
                  sides.map((s) => `${s.label} ${s.count}`).join(" · ")
                )}
                {uncertain > 0 && (
                  <span className="text-muted"> (+{uncertain} uncertain, on the Blame page)</span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <div className="rounded-lg border border-rule bg-white p-4">
        <h3 className="text-sm font-semibold text-muted">Voices quoted</h3>
        <ul className="mt-1 space-y-1 text-sm">
          {articles.map((article) => {
            const voices = voicesOf(analysis, article.id).slice(0, 3);
            return (
              <li key={article.id}>
                <span className="font-medium">{article.outlet}:</span>{" "}
                {voices.length === 0 ? (
                  <span className="text-muted">quotes nobody by name</span>
                ) : (
                  voices.map((v) => `${v.name} (${plural(v.words, "word")})`).join(", ")
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
