import { ChartFigure } from "@/components/charts/chart-figure";
import { VoicesChart } from "@/components/charts/voices-chart";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { evidenceJsonHref } from "@/lib/views/evidence";
import type { StoryAnalysis } from "@/lib/analysis";
import { MAX_VOICE_SERIES, voicesByOutlet } from "@/lib/views/voices-by-outlet";
import { VoicesTable } from "./voices-table";

/**
 * Story page: whom each outlet quotes, by side where the story knows it, else by the source itself,
 * in quotes and in words; each bar opens its quotes.
 */
export function VoicesByOutlet({
  storyHref,
  analysis,
}: {
  storyHref: string;
  analysis: StoryAnalysis;
}) {
  const view = voicesByOutlet(analysis);
  const outlets = analysis.articles.map((a) => ({ id: a.id, outlet: a.outlet }));
  return (
    <section id="voices" aria-labelledby="voices-heading" className="mb-12">
      <h2 id="voices-heading" className="mb-1 text-xl font-semibold">
        Whom each outlet quotes
      </h2>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        The sources each outlet lets speak, grouped by their side where the story knows it,
        otherwise by the source itself: how many quotes and how many words inside quote marks.
        Paraphrased citations (“according to…”) are counted in the table. Click a bar to read the
        quotes in context.
      </p>
      {view.kind === "empty" ? (
        <p className="rounded border border-rule bg-white p-4 text-muted">{view.message}</p>
      ) : (
        <>
          <ChartFigure
            id="voices-chart"
            title="Quotes by outlet and side or source"
            caption={`Horizontal axis: quotes or words quoted. One bar per outlet, split by the side of the source quoted where the story knows it, otherwise by the source itself; past ${MAX_VOICE_SERIES} colours, the smaller sources are drawn together as “Other sources”.`}
            chart={
              view.chart ? (
                <VoicesChart data={view.chart} />
              ) : (
                <p className="text-muted">
                  No outlet quotes anyone directly; the table lists whom they cite.
                </p>
              )
            }
            table={<VoicesTable storyHref={storyHref} rows={view.rows} outlets={outlets} />}
          />
          <EvidencePanel
            scope="v"
            source="voices"
            storyHref={storyHref}
            src={evidenceJsonHref(storyHref)}
          />
        </>
      )}
    </section>
  );
}
