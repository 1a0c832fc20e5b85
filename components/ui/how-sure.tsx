import Link from "next/link";
import { MEASURED_ON, MEASURES } from "@/lib/quality/measured";
import { formatDate } from "@/lib/format";

/*
 * A short, plain line on pages that show blame or omissions: how often the analysis is right on
 * stories it was never tuned on, and how to check it. The figures come from lib/quality/measured.
 */

const lines = {
  blame: () =>
    `Found automatically. In a hand-checked sample of news Parallax was never tuned on, ${MEASURES.blameAudit.report} of the statements it is confident of were right; it misses some (experts' criticism found: ${MEASURES.blameEdges.report}). Open any bar or row to read the sentence behind it before you rely on it.`,
  facts: () =>
    `Found automatically. Sentences lined up as one fact are right most of the time (${MEASURES.factPairs.tune} on hand-labelled pairs), but an outlet may report a fact in words too different to be matched: before saying an outlet left a fact out, read its article.`,
  quotes: () =>
    `Found automatically. On news Parallax was never tuned on, it names the speaker of ${MEASURES.speakers.report} of attributed quotes; open a quote to read it in its article.`,
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
