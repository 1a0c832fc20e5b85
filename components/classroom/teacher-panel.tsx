import Link from "next/link";
import { CopyLink } from "@/components/ui/copy-link";
import { classroomHref, STEP_LABELS, type Step } from "@/lib/classroom/state";
import { ClassLink } from "./class-link";
import { PrintButton } from "./print-button";

const STUDENT_STEPS: Step[] = ["read", "spot", "discuss", "worksheet"];

/**
 * The teacher's controls for one class: their own link (to bookmark), the
 * student link to give out, and the reveal, which no student page opens:
 * the teacher projects it, or gives out its link, when the class is ready.
 */
export function TeacherPanel({
  origin,
  storyHref,
  seed,
  keyHref,
  revealHref,
}: {
  origin: string;
  storyHref: string;
  seed: string | null;
  keyHref: string;
  revealHref: string;
}) {
  const code = seed?.toUpperCase() ?? "default order";
  return (
    <div className="no-print my-6 space-y-4" data-testid="teacher-panel">
      <section
        aria-labelledby="teacher-link-heading"
        className="rounded-lg border-2 border-accent/40 bg-accent-soft p-4"
      >
        <h2 id="teacher-link-heading" className="text-lg font-semibold">
          Your teacher link for class {code}
        </h2>
        <p className="mt-1 max-w-3xl">
          Bookmark this page: it is the only way back to this key and the reveal. It names the
          outlets and answers every question, so keep it to yourself. Students use the student link,
          which holds no names, no answers and no link here.
        </p>
        <p className="mt-3">
          <CopyLink href={keyHref} label="Copy the teacher link" />
        </p>
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-3">
          <ClassLink origin={origin} path={classroomHref(storyHref, { seed })} seed={seed} />
          <nav aria-label="Student view" className="text-sm">
            <p className="mb-1 font-medium">What students see:</p>
            <ul className="flex flex-wrap gap-2">
              {STUDENT_STEPS.map((step) => (
                <li key={step}>
                  <Link
                    href={classroomHref(storyHref, { seed, step })}
                    className="inline-block rounded border border-rule bg-white px-3 py-1.5 font-medium hover:border-accent hover:text-accent"
                  >
                    {STEP_LABELS[step]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <section
          aria-labelledby="reveal-control-heading"
          className="rounded-lg border border-rule bg-white p-4"
        >
          <h2 id="reveal-control-heading" className="text-lg font-semibold">
            When the class is ready: the reveal
          </h2>
          <p className="mt-1">
            Nothing in the student link opens the reveal. Open it on the board, or give out its
            link: it shows who was behind each letter and the answers, and checks the students’
            guesses.
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <a
              href={revealHref}
              className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-blue-800"
              data-testid="open-reveal"
            >
              Open the reveal
            </a>
            <CopyLink href={revealHref} label="Copy the reveal link" />
          </div>
        </section>
      </div>
      <p>
        <PrintButton label="Print the key" />
      </p>
    </div>
  );
}
