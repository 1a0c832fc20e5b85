import type { JobStage, UserStoryStatus } from "@/lib/store";
import { ProgressRefresher } from "./progress-refresher";

const STEPS: { stage: Exclude<JobStage, "queued">; label: string }[] = [
  { stage: "reading", label: "Reading the articles (and fetching the links)" },
  { stage: "aligning", label: "Aligning facts and quotes across the articles" },
  { stage: "attribution", label: "Working out who blames whom, and in whose voice" },
  { stage: "done", label: "Done" },
];
const ORDER: JobStage[] = ["queued", "reading", "aligning", "attribution", "done"];

/**
 * Where a story's analysis is: waiting, each step (done, under way, to come — said in words, not only
 * by mark or colour), or why it failed. Refreshes itself while the analysis runs.
 */
export function StoryProgress({ status }: { status: UserStoryStatus }) {
  const current = ORDER.indexOf(status.stage);
  const running = status.status === "queued" || status.status === "running";
  return (
    <section
      aria-labelledby="progress-heading"
      className="my-6 rounded-lg border border-rule bg-white p-5"
    >
      <h2 id="progress-heading" className="text-xl font-semibold">
        {status.status === "failed"
          ? "The analysis failed"
          : status.status === "done"
            ? "Analysis ready"
            : "Analysing…"}
      </h2>
      <div role="status" aria-live="polite" className="mt-3">
        {status.status === "failed" ? (
          <p
            className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950"
            data-testid="story-error"
          >
            {status.error}
          </p>
        ) : status.status === "queued" && status.stage === "queued" ? (
          <p data-testid="story-stage">
            Waiting for its turn: other comparisons are being analysed first.
          </p>
        ) : null}
        <ol className="mt-3 space-y-1" data-testid="story-steps">
          {STEPS.map((step, index) => {
            const position = index + 1;
            const state =
              status.status === "done" || position < current
                ? "done"
                : position === current && status.status !== "failed"
                  ? "now"
                  : position === current
                    ? "stopped"
                    : "later";
            return (
              <li
                key={step.stage}
                data-state={state}
                className={state === "later" ? "text-muted" : ""}
              >
                <span aria-hidden="true" className="inline-block w-6">
                  {state === "done" ? "✓" : state === "now" ? "▸" : state === "stopped" ? "✗" : "·"}
                </span>
                {step.label}
                <span className="sr-only">
                  {state === "done"
                    ? " (done)"
                    : state === "now"
                      ? " (under way)"
                      : state === "stopped"
                        ? " (stopped here)"
                        : " (to come)"}
                </span>
              </li>
            );
          })}
        </ol>
      </div>
      {running && <ProgressRefresher id={status.id} status={status.status} stage={status.stage} />}
    </section>
  );
}
