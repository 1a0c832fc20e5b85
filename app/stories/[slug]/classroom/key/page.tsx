import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassLink } from "@/components/classroom/class-link";
import { DiscussList, Glossary } from "@/components/classroom/discuss-list";
import { ExerciseList } from "@/components/classroom/exercise-list";
import { PrintButton } from "@/components/classroom/print-button";
import { RevealList } from "@/components/classroom/reveal-list";
import { StoryNav } from "@/components/story/story-nav";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notes } from "@/components/ui/notes";
import { classroomHref, STEP_LABELS, STEPS } from "@/lib/classroom/state";
import { discussView, exerciseView } from "@/lib/classroom/views";
import { type LessonProps, loadLesson, requestOrigin, revealRows } from "../load";

/*
 * The teacher's key: the same lesson with the real outlet names, every answer
 * and its evidence. No student page links here; the teacher keeps this URL.
 */

export async function generateMetadata(props: LessonProps): Promise<Metadata> {
  const lesson = await loadLesson(props);
  if (!lesson) return {};
  return {
    title: `Teacher’s key: ${lesson.story.title}`,
    description: "Answers, evidence and outlet names for a blind-reading lesson.",
    robots: { index: false, follow: false },
  };
}

export default async function ClassroomKeyPage(props: LessonProps) {
  const lesson = await loadLesson(props);
  if (!lesson) notFound();
  const { story, state, named } = lesson;
  const origin = await requestOrigin();
  const student = (step: (typeof STEPS)[number]) =>
    classroomHref(story.slug, { seed: state.seed, step });
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Stories" },
          { href: `/stories/${story.slug}`, label: story.title },
          { label: "Teacher’s key" },
        ]}
      />
      <header className="mb-4">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">
          Classroom · Teacher’s key
          {state.seed ? ` · class code ${state.seed.toUpperCase()}` : " · default order"}
        </p>
        <h1 className="font-serif text-3xl font-bold leading-tight">{story.title}</h1>
      </header>
      <StoryNav slug={story.slug} current="classroom" />
      <Notes notes={state.notes} />
      <p className="max-w-3xl text-lg leading-relaxed">
        Keep this page to yourself: it names the outlets behind the letters and answers every
        question. Students open the student view, which holds no names, no answers and no link to
        this page.
      </p>
      <nav aria-label="Student view" className="no-print my-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {STEPS.map((step) => (
            <li key={step}>
              <Link
                href={student(step)}
                className="inline-block rounded border border-rule bg-white px-3 py-1.5 font-medium hover:border-accent hover:text-accent"
              >
                {STEP_LABELS[step]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="no-print my-6 flex flex-wrap items-start gap-4">
        <ClassLink origin={origin} path={student("read")} seed={state.seed} />
        <PrintButton label="Print the key" />
      </div>
      <section aria-labelledby="outlets-heading" className="mt-8">
        <h2 id="outlets-heading" className="mb-3 text-xl font-semibold">
          Who is who
        </h2>
        <RevealList rows={revealRows(lesson)} />
      </section>
      <section aria-labelledby="answers-heading" className="mt-10">
        <h2 id="answers-heading" className="mb-3 text-xl font-semibold">
          Spot the difference: answers
        </h2>
        <ExerciseList
          exercises={lesson.exercises.map((e) => exerciseView(e, named, true))}
          mode="answers"
        />
      </section>
      <section aria-labelledby="discuss-heading" className="mt-10">
        <h2 id="discuss-heading" className="mb-3 text-xl font-semibold">
          Discussion prompts and examples
        </h2>
        <DiscussList prompts={lesson.discuss.map((p) => discussView(p, named))} />
      </section>
      <Glossary />
      <p className="no-print mt-8 text-sm">
        <Link
          href={`/stories/${story.slug}/export/analysis.json`}
          className="text-accent underline"
        >
          The full analysis (JSON)
        </Link>
      </p>
    </>
  );
}
