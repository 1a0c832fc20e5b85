import Link from "next/link";
import { classroomHref, STEP_LABELS, type Step } from "@/lib/classroom/state";

const ORDER: Step[] = ["read", "spot", "discuss", "reveal"];

/** The lesson's steps as numbered tabs; every link keeps the class code. */
export function LessonSteps({
  slug,
  seed,
  current,
}: {
  slug: string;
  seed: string | null;
  current: Step;
}) {
  return (
    <nav aria-label="Lesson steps" className="no-print mb-6 border-b border-rule">
      <ol className="-mb-px flex flex-wrap gap-1 text-sm font-medium">
        {ORDER.map((step, i) => {
          const active = step === current;
          return (
            <li key={step}>
              <Link
                href={classroomHref(slug, { seed, step })}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 ${active ? "border-accent text-accent" : "border-transparent text-ink hover:border-rule hover:text-accent"}`}
              >
                <span aria-hidden="true">{i + 1}. </span>
                {STEP_LABELS[step]}
              </Link>
            </li>
          );
        })}
        <li className="ml-auto">
          <Link
            href={classroomHref(slug, { seed, step: "worksheet" })}
            aria-current={current === "worksheet" ? "page" : undefined}
            className={`inline-block border-b-2 px-3 py-2 ${current === "worksheet" ? "border-accent text-accent" : "border-transparent text-ink hover:border-rule hover:text-accent"}`}
          >
            {STEP_LABELS.worksheet}
          </Link>
        </li>
      </ol>
    </nav>
  );
}

/** "Next: …" at the foot of a step. */
export function NextStep({ slug, seed, step }: { slug: string; seed: string | null; step: Step }) {
  return (
    <p className="no-print mt-10 border-t border-rule pt-4">
      <Link
        href={classroomHref(slug, { seed, step })}
        className="font-medium text-accent underline"
      >
        Next: {STEP_LABELS[step]} →
      </Link>
    </p>
  );
}
