import Link from "next/link";
import { BlameChart } from "@/components/charts/blame-chart";
import { ChartFigure } from "@/components/charts/chart-figure";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { evidenceJsonHref } from "@/lib/views/evidence";
import type { StoryAnalysis } from "@/lib/analysis";
import { blameByOutlet } from "@/lib/views/blame-by-outlet";
import { HowSure } from "@/components/ui/how-sure";
import type { CertaintySwitch } from "@/lib/views/certainty";
import { keepCertainty } from "@/lib/views/certainty-link";
import { BlameTable } from "./blame-table";
import { UncertainSwitch } from "./uncertain-switch";

/** Story page: each outlet's blame statements by accused side, split by who blames and by voice, each bar opening its sentences. */
export function BlameByOutlet({
  storyHref,
  analysis,
  certainty,
}: {
  storyHref: string;
  analysis: StoryAnalysis;
  /** Which relations are counted (confident only unless the reader included the others). */
  certainty: CertaintySwitch;
}) {
  const view = blameByOutlet(analysis);
  return (
    <section id="blame" aria-labelledby="blame-heading" className="mb-12">
      <h2 id="blame-heading" className="mb-1 text-xl font-semibold">
        Who each outlet shows blaming whom
      </h2>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        Every statement that someone blames, accuses, holds responsible or criticises someone, or
        denies it, counted by the side accused. Bars are split by who does the blaming (as the
        article names them; “Unattributed” when it names no one, “The outlet itself” when it is the
        outlet&apos;s own claim) or by voice. Click a bar, or a figure in the table, to read its
        sentences.{" "}
        <Link
          href={keepCertainty(`${storyHref}/blame`, certainty.certainty.includeUncertain)}
          className="text-accent underline"
        >
          See the whole network of who blames whom
        </Link>
      </p>
      <HowSure topic="blame" />
      <UncertainSwitch {...certainty} />
      {view.kind === "empty" ? (
        <p className="rounded border border-rule bg-white p-4 text-muted">{view.message}</p>
      ) : (
        <>
          <ChartFigure
            id="blame-chart"
            title="Blame statements by outlet and accused side"
            caption="Horizontal axis: number of statements. One chart per outlet, one bar per side accused (per person or group accused, when the story gives them no side)."
            chart={<BlameChart data={view.chart} />}
            table={
              <BlameTable
                storyHref={storyHref}
                rows={view.rows}
                outlets={view.chart.outlets}
                includeUncertain={certainty.certainty.includeUncertain}
              />
            }
          />
          <EvidencePanel
            scope="b"
            source="blame"
            storyHref={storyHref}
            src={evidenceJsonHref(storyHref, certainty.certainty.includeUncertain)}
          />
        </>
      )}
    </section>
  );
}
