import Link from "next/link";
import { classroomHref, STEP_LABELS, type Step } from "@/lib/classroom/state";

/**
 * The lesson's steps as numbered tabs; every link keeps the class code. The
 * reveal is a step only once the teacher has opened it (its token is in the
 * link): until then no student page links to it.
 */
export function LessonSteps({
  storyHref,
  seed,
  current,
  reveal,
}: {
  storyHref: string;
  seed: string | null;
  current: Step;
  /** The reveal token, when it opens this class's reveal. */
  reveal: string | null;
}) {
  const order: Step[] = reveal
    ? ["read", "spot", "discuss", "reveal"]
    : ["read", "spot", "discuss"];
  const tab = (active: boolean) =>
    `inline-block border-b-2 px-3 py-2 ${active ? "border-accent text-accent" : "border-transparent text-ink hover:border-rule hover:text-accent"}`;
  return (
    <nav aria-label="Lesson steps" className="no-print mb-6 border-b border-rule">
      <ol className="-mb-px flex flex-wrap gap-1 text-sm font-medium">
        {order.map((step, i) => (
          <li key={step}>
            <Link
              href={classroomHref(storyHref, { seed, step, reveal })}
              aria-current={step === current ? "page" : undefined}
              className={tab(step === current)}
            >
              <span aria-hidden="true">{i + 1}. </span>
              {STEP_LABELS[step]}
            </Link>
          </li>
        ))}
        <li className="ml-auto">
          <Link
            href={classroomHref(storyHref, { seed, step: "worksheet", reveal })}
            aria-current={current === "worksheet" ? "page" : undefined}
            className={tab(current === "worksheet")}
          >
            {STEP_LABELS.worksheet}
          </Link>
        </li>
      </ol>
    </nav>
  );
}

/** "Next: …" at the foot of a step; after the discussion, the reveal only if it is open. */
export function NextStep({
  storyHref,
  seed,
  step,
  reveal,
}: {
  storyHref: string;
  seed: string | null;
  step: Step;
  reveal: string | null;
}) {
  if (step === "reveal" && !reveal) {
    return (
      <p className="no-print mt-10 border-t border-rule pt-4 text-muted">
        Next: your teacher reveals who wrote which, when the class is ready.
      </p>
    );
  }
  return (
    <p className="no-print mt-10 border-t border-rule pt-4">
      <Link
        href={classroomHref(storyHref, { seed, step, reveal })}
        className="font-medium text-accent underline"
      >
        Next: {STEP_LABELS[step]} →
      </Link>
    </p>
  );
}
