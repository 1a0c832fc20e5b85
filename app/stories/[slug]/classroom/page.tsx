import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BlindTexts } from "@/components/classroom/blind-texts";
import { ClassCodeForm } from "@/components/classroom/class-code-form";
import { ClassLink } from "@/components/classroom/class-link";
import { DiscussList, Glossary } from "@/components/classroom/discuss-list";
import { ExerciseList } from "@/components/classroom/exercise-list";
import { GuessForm } from "@/components/classroom/guess-form";
import { LessonSteps, NextStep } from "@/components/classroom/lesson-steps";
import { PrintButton } from "@/components/classroom/print-button";
import { RevealList } from "@/components/classroom/reveal-list";
import { Worksheet } from "@/components/classroom/worksheet";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notes } from "@/components/ui/notes";
import { classroomHref, STEP_LABELS } from "@/lib/classroom/state";
import { blindArticles, discussView, exerciseView } from "@/lib/classroom/views";
import { SITE_NAME } from "@/lib/site";
import { type Lesson, type LessonProps, loadLesson, requestOrigin, revealRows } from "./load";

/*
 * The student view. Blinding happens here, on the server: the components
 * below receive letters and redacted text only, so neither the HTML nor the
 * React payload holds an outlet's name (except on the reveal step, by design).
 */

const DESCRIPTION =
  "A blind-reading lesson: one news story as told by several outlets, their names hidden. Spot the differences, discuss framing and attribution, then reveal who is who.";

export async function generateMetadata(props: LessonProps): Promise<Metadata> {
  const lesson = await loadLesson(props);
  if (!lesson) return {};
  const { story, state } = lesson;
  // Generic on purpose: link previews and tab titles must not name any outlet.
  const title = `Classroom: ${story.title}`;
  const href = classroomHref(story.slug, state);
  return {
    title,
    description: DESCRIPTION,
    alternates: { canonical: href },
    openGraph: { title, description: DESCRIPTION, url: href, type: "website", siteName: SITE_NAME },
    twitter: { card: "summary", title, description: DESCRIPTION },
  };
}

function ReadStep({ lesson, origin }: { lesson: Lesson; origin: string }) {
  const { story, state, analysis, blind } = lesson;
  const base = `/stories/${story.slug}/classroom`;
  const articles = blindArticles(analysis, blind);
  return (
    <>
      <p className="max-w-3xl text-lg leading-relaxed">
        Below is the same news story as {articles.length} outlets told it. Their names, bylines,
        dates, web addresses and anything else that would give them away have been hidden; the
        sources they quote have not. Read them, then guess who wrote which.
      </p>
      <div className="my-6 grid gap-4 lg:grid-cols-2">
        <ClassCodeForm path={base} seed={state.seed} />
        <ClassLink
          origin={origin}
          path={classroomHref(story.slug, { seed: state.seed })}
          seed={state.seed}
        />
      </div>
      <section aria-labelledby="texts-heading">
        <h2 id="texts-heading" className="mb-3 text-xl font-semibold">
          The articles
        </h2>
        <BlindTexts articles={articles} headingLevel={3} />
      </section>
      <section aria-labelledby="guess-heading" className="mt-10">
        <h2 id="guess-heading" className="mb-3 text-xl font-semibold">
          Who wrote which?
        </h2>
        <GuessForm
          action={base}
          seed={state.seed}
          letters={lesson.blinding.outlets.map((o) => o.letter)}
        />
      </section>
      <NextStep slug={story.slug} seed={state.seed} step="spot" />
    </>
  );
}

function SpotStep({ lesson }: { lesson: Lesson }) {
  const { story, state, blind } = lesson;
  const read = classroomHref(story.slug, { seed: state.seed });
  return (
    <>
      <p className="mb-2 max-w-3xl text-lg leading-relaxed">
        Each question points at a difference between the outlets. Find the answer in the texts, and
        note the sentence that proves it.
      </p>
      <p className="mb-6">
        <span className="font-medium">Texts: </span>
        {lesson.blinding.outlets.map((o, i) => (
          <span key={o.letter}>
            {i > 0 ? " · " : ""}
            <Link
              href={`${read}#outlet-${o.letter.toLowerCase()}`}
              className="text-accent underline"
            >
              {o.label}
            </Link>
          </span>
        ))}
      </p>
      <ExerciseList
        exercises={lesson.exercises.map((e) => exerciseView(e, blind, false))}
        mode="student"
      />
      <NextStep slug={story.slug} seed={state.seed} step="discuss" />
    </>
  );
}

function DiscussStep({ lesson }: { lesson: Lesson }) {
  const { story, state, blind } = lesson;
  return (
    <>
      <p className="mb-6 max-w-3xl text-lg leading-relaxed">
        Talk these through in pairs or as a class. Each prompt links to a short glossary entry and
        shows an example from this story.
      </p>
      <DiscussList prompts={lesson.discuss.map((p) => discussView(p, blind))} />
      <Glossary />
      <NextStep slug={story.slug} seed={state.seed} step="reveal" />
    </>
  );
}

function RevealStep({ lesson }: { lesson: Lesson }) {
  const { named } = lesson;
  return (
    <>
      <p className="mb-6 max-w-3xl text-lg leading-relaxed">
        Who was behind each letter
        {lesson.state.seed ? ` for class code ${lesson.state.seed.toUpperCase()}` : ""}, and what
        the blind reading hid.
      </p>
      <RevealList rows={revealRows(lesson)} />
      <section aria-labelledby="answers-heading" className="mt-10">
        <h2 id="answers-heading" className="mb-3 text-xl font-semibold">
          Answers
        </h2>
        <ExerciseList
          exercises={lesson.exercises.map((e) => exerciseView(e, named, true))}
          mode="answers"
        />
      </section>
    </>
  );
}

function WorksheetStep({ lesson, origin }: { lesson: Lesson; origin: string }) {
  const { story, state, analysis, blind } = lesson;
  return (
    <>
      <div className="no-print mb-6 flex flex-wrap items-center gap-3">
        <PrintButton label="Print the worksheet" />
        <p className="text-sm text-muted">
          Prints on A4 or Letter: questions with space to write, then the texts.
        </p>
      </div>
      <div className="no-print mb-8">
        <ClassLink
          origin={origin}
          path={classroomHref(story.slug, { seed: state.seed })}
          seed={state.seed}
        />
      </div>
      <Worksheet
        title={story.title}
        code={state.seed}
        articles={blindArticles(analysis, blind)}
        exercises={lesson.exercises.map((e) => exerciseView(e, blind, false))}
        discuss={lesson.discuss.map((p) => discussView(p, blind))}
      />
    </>
  );
}

export default async function ClassroomPage(props: LessonProps) {
  const lesson = await loadLesson(props);
  if (!lesson) notFound();
  const { story, state } = lesson;
  const origin = await requestOrigin();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Stories" }, { label: "Classroom" }]} />
      <header className={`mb-4 ${state.step === "worksheet" ? "no-print" : ""}`}>
        <p className="text-sm font-medium uppercase tracking-wide text-muted">
          Classroom · {STEP_LABELS[state.step]}
        </p>
        <h1 className="font-serif text-3xl font-bold leading-tight">{story.title}</h1>
      </header>
      <LessonSteps slug={story.slug} seed={state.seed} current={state.step} />
      <Notes notes={state.notes} />
      {state.step === "read" ? <ReadStep lesson={lesson} origin={origin} /> : null}
      {state.step === "spot" ? <SpotStep lesson={lesson} /> : null}
      {state.step === "discuss" ? <DiscussStep lesson={lesson} /> : null}
      {state.step === "reveal" ? <RevealStep lesson={lesson} /> : null}
      {state.step === "worksheet" ? <WorksheetStep lesson={lesson} origin={origin} /> : null}
    </>
  );
}
