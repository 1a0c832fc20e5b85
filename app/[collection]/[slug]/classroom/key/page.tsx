import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiscussList, Glossary } from "@/components/classroom/discuss-list";
import { ExerciseList } from "@/components/classroom/exercise-list";
import { RevealList } from "@/components/classroom/reveal-list";
import { TeacherPanel } from "@/components/classroom/teacher-panel";
import { StoryNav } from "@/components/story/story-nav";
import { Breadcrumbs, storyCrumbs } from "@/components/ui/breadcrumbs";
import { Notes } from "@/components/ui/notes";
import { StillAnalysing } from "@/components/user-story/still-analysing";
import { teacherLinks } from "@/lib/classroom/new-class";
import { teachHref } from "@/lib/classroom/state";
import { discussView, exerciseView } from "@/lib/classroom/views";
import { pendingMetadata } from "@/lib/stories";
import { type LessonProps, loadLesson, requestOrigin, revealRows } from "../load";

/*
 * The teacher's key: the same lesson with the real outlet names, every answer
 * and its evidence, and the controls of the reveal. It opens only with the
 * teacher link's token (an HMAC of the class under the server's secret); no
 * student page links here, and a student's link cannot be turned into this one.
 */

export async function generateMetadata(props: LessonProps): Promise<Metadata> {
  const lesson = await loadLesson(props);
  if (!lesson) return {};
  if (lesson.pending)
    return { ...pendingMetadata(lesson.pending, "Teacher’s key"), referrer: "no-referrer" };
  return {
    title: lesson.teacher ? `Teacher’s key: ${lesson.story.title}` : "Teacher’s key",
    description: "Answers, evidence and outlet names for a blind-reading lesson.",
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function ClassroomKeyPage(props: LessonProps) {
  const lesson = await loadLesson(props);
  if (!lesson) notFound();
  if (lesson.pending) return <StillAnalysing story={lesson.pending} view="Teacher’s key" />;
  const { story, state, named } = lesson;
  const crumbs = storyCrumbs(story, "Teacher’s key");
  if (!lesson.teacher) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <h1 className="font-serif text-3xl font-bold leading-tight">Teacher’s key</h1>
        <Notes notes={state.notes} />
        <div
          className="mt-6 max-w-2xl rounded-lg border border-rule bg-white p-6"
          data-testid="key-locked"
        >
          <h2 className="text-xl font-semibold">This link does not open the key</h2>
          <p className="mt-2">
            The teacher’s key opens only from the teacher link made when the class was started: it
            ends in <code className="font-mono">&amp;t=</code> and a code. Check that the whole link
            was copied. A teacher link works only on the installation of Parallax that made it.
          </p>
          <p className="mt-4">
            <Link href={teachHref(story.href)} className="font-medium text-accent underline">
              Start a new class
            </Link>
          </p>
        </div>
      </>
    );
  }
  const origin = await requestOrigin();
  const links = teacherLinks(story, state.seed);
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <header className="mb-4">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">
          Classroom · Teacher’s key
          {state.seed ? ` · class code ${state.seed.toUpperCase()}` : " · default order"}
        </p>
        <h1 className="font-serif text-3xl font-bold leading-tight">{story.title}</h1>
      </header>
      <StoryNav storyHref={story.href} current="classroom" />
      <Notes notes={state.notes} />
      <TeacherPanel
        origin={origin}
        storyHref={story.href}
        seed={state.seed}
        keyHref={links.key}
        revealHref={links.reveal}
      />
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
        <Link href={`${story.href}/export/analysis.json`} className="text-accent underline">
          The full analysis (JSON)
        </Link>
      </p>
    </>
  );
}
