import Link from "next/link";
import { MEASURED_ON, MEASURES } from "@/lib/quality/measured";
import { formatDate } from "@/lib/format";

/*
 * A short, plain line on pages that show blame or omissions: how often the analysis is right on
 * stories it was never tuned on, and how to check it. The figures come from lib/quality/measured.
 */

/** Two percentages as a range, lower first ("84.4 % to 90.7 %"), whichever data set gave which. */
function range(a: string, b: string): string {
  const [low, high] = parseFloat(a) <= parseFloat(b) ? [a, b] : [b, a];
  return `${low} to ${high}`;
}

const lines = {
  blame: () =>
    `Found automatically, from the grammar of each sentence. In hand-checked samples of news Parallax was never tuned on, ${MEASURES.blameAudit.report} of the statements it is confident of were right; on expert-annotated news it finds about a third of the criticism (precision / recall ${MEASURES.blameEdges.report}). Open any figure to read the sentence behind it before you rely on it.`,
  facts: () =>
    `Found automatically. Sentences lined up as one fact were right in every hand-labelled pair of the example story, but about 4 in 10 pairs that say the same thing were missed (precision / recall ${MEASURES.factPairs.tune}): an outlet may report a fact in words too different to be matched. Where one of its sentences comes close, the page says “? maybe, in other words” and shows it (half of the missed pairs of the example story); read its article before saying it left a fact out.`,
  quotes: () =>
    `Found automatically. On news Parallax was never tuned on, it names the right speaker for ${range(MEASURES.speakers.report, MEASURES.speakersBasil.report)} of quotes whose source is named; open a quote to read it in its article.`,
} as const;

export type HowSureTopic = keyof typeof lines;

/** "How sure is this?": one line and a link to the measured figures. */
export function HowSure({ topic }: { topic: HowSureTopic }) {
  return (
    <p
      className="mb-4 max-w-3xl rounded border border-rule bg-stone-50 px-3 py-2 text-sm text-muted"
      data-testid={`how-sure-${topic}`}
    >
      <span className="font-semibold text-ink">How sure is this? </span>
      {lines[topic]()}{" "}
      <Link href="/about#accuracy" className="text-accent underline">
        How it was measured ({formatDate(MEASURED_ON)})
      </Link>
    </p>
  );
}
