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
import { Notes } from "@/components/ui/notes";
import { StillAnalysing } from "@/components/user-story/still-analysing";
import { classroomHref, STEP_LABELS } from "@/lib/classroom/state";
import { blindArticles, discussView, exerciseView } from "@/lib/classroom/views";
import { SITE_NAME } from "@/lib/site";
import { pendingMetadata, storyMetadata } from "@/lib/stories";
import { type Lesson, type LessonProps, loadLesson, requestOrigin, revealRows } from "./load";

/*
 * The student view. Blinding happens here, on the server: the components
 * below receive letters and redacted text only, so neither the HTML nor the
 * React payload holds an outlet's name. The reveal names them, and opens only
 * with the reveal token the teacher gives out; no student page links out of
 * the lesson (the site's own pages name every outlet).
 */

const DESCRIPTION =
  "A blind-reading lesson: one news story as told by several outlets, their names hidden. Spot the differences, discuss framing and attribution, then reveal who is who.";

export async function generateMetadata(props: LessonProps): Promise<Metadata> {
  const lesson = await loadLesson(props);
  if (!lesson) return {};
  if (lesson.pending) return pendingMetadata(lesson.pending, "Classroom");
  const { story, state } = lesson;
  // Generic on purpose: link previews and tab titles must not name any outlet.
  const title = `Classroom: ${story.title}`;
  const href = classroomHref(story.href, { seed: state.seed, step: state.step });
  return storyMetadata(story, {
    title,
    description: DESCRIPTION,
    alternates: { canonical: href },
    openGraph: { title, description: DESCRIPTION, url: href, type: "website", siteName: SITE_NAME },
    twitter: { card: "summary", title, description: DESCRIPTION },
    robots: lesson.reveal ? { index: false, follow: false } : undefined,
  });
}

const guessStore = (lesson: Lesson) =>
  `parallax:guesses:${lesson.story.key}:${lesson.state.seed ?? ""}`;

function ReadStep({ lesson, origin }: { lesson: Lesson; origin: string }) {
  const { story, state, analysis, blind, reveal } = lesson;
  const base = `${story.href}/classroom`;
  const articles = blindArticles(analysis, blind);
  const saved = Object.keys(state.guesses).length > 0;
  return (
    <>
      <p className="max-w-3xl text-lg leading-relaxed">
        Below is the same news story as {articles.length} outlets told it. Their names, bylines,
        dates, web addresses and anything else that would give them away have been hidden; the
        sources they quote have not. Read them, then guess who wrote which.
      </p>
      {/* The articles come first; on a wide screen the class code and link sit beside them,
          on a phone after them (a student's own phone has no use for the QR code). */}
      <div className="mt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-8">
        <section aria-labelledby="texts-heading" className="min-w-0">
          <h2 id="texts-heading" className="mb-3 text-xl font-semibold">
            The articles
          </h2>
          <BlindTexts articles={articles} headingLevel={3} />
        </section>
        <aside
          aria-label="Class code and link"
          className="no-print mt-10 space-y-4 lg:sticky lg:top-4 lg:col-start-2 lg:row-start-1 lg:mt-0 lg:self-start"
          data-testid="class-panel"
        >
          <ClassLink
            origin={origin}
            path={classroomHref(story.href, { seed: state.seed })}
            seed={state.seed}
            narrow
          />
          <ClassCodeForm path={base} seed={state.seed} />
        </aside>
      </div>
      <section aria-labelledby="guess-heading" className="mt-10 scroll-mt-4" id="guesses">
        <h2 id="guess-heading" className="mb-3 text-xl font-semibold">
          Who wrote which?
        </h2>
        <GuessForm
          action={`${classroomHref(story.href, { seed: state.seed, reveal })}#guesses`}
          fields={[
            ["seed", state.seed],
            ["r", reveal],
          ]}
          letters={lesson.blinding.outlets.map((o) => o.letter)}
          guesses={state.guesses}
          storageKey={guessStore(lesson)}
          submit="Keep my guesses"
        >
          {saved ? (
            <p role="status" className="font-medium text-ink">
              Your guesses are kept in this page&apos;s link and on this device. They are checked
              when your teacher reveals who is who.
            </p>
          ) : (
            <p>
              For each outlet, what kind of outlet do you think it is, and where is it from? Note
              what gave it away on your worksheet. Your guesses are checked when your teacher
              reveals who is who.
            </p>
          )}
        </GuessForm>
      </section>
      <NextStep storyHref={story.href} seed={state.seed} step="spot" reveal={reveal} />
    </>
  );
}

function SpotStep({ lesson }: { lesson: Lesson }) {
  const { story, state, blind, reveal } = lesson;
  const read = classroomHref(story.href, { seed: state.seed, reveal });
  return (
    <>
      <p className="mb-2 max-w-3xl text-lg leading-relaxed">
        Each question points at a difference between the outlets. Find the answer in the texts, and
        note the sentence that proves it (the outlet&apos;s letter and the paragraph&apos;s number).
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
      <NextStep storyHref={story.href} seed={state.seed} step="discuss" reveal={reveal} />
    </>
  );
}

function DiscussStep({ lesson }: { lesson: Lesson }) {
  const { story, state, blind, reveal } = lesson;
  return (
    <>
      <p className="mb-6 max-w-3xl text-lg leading-relaxed">
        Talk these through in pairs or as a class. Each prompt links to a short glossary entry and
        shows an example from this story.
      </p>
      <DiscussList prompts={lesson.discuss.map((p) => discussView(p, blind))} />
      <Glossary />
      <NextStep storyHref={story.href} seed={state.seed} step="reveal" reveal={reveal} />
    </>
  );
}

/** Only with the teacher's reveal token: who was who, the class's guesses checked, the answers. */
function RevealStep({ lesson, reveal }: { lesson: Lesson; reveal: string }) {
  const { story, state, named } = lesson;
  return (
    <>
      <p className="mb-6 max-w-3xl text-lg leading-relaxed">
        Who was behind each letter
        {state.seed ? ` for class code ${state.seed.toUpperCase()}` : ""}, and what the blind
        reading hid.
      </p>
      <div className="mb-8" id="check">
        <GuessForm
          action={`${classroomHref(story.href, { seed: state.seed, step: "reveal", reveal })}#check`}
          fields={[
            ["seed", state.seed],
            ["step", "reveal"],
            ["r", reveal],
          ]}
          letters={lesson.blinding.outlets.map((o) => o.letter)}
          guesses={state.guesses}
          storageKey={guessStore(lesson)}
          submit="Check my guesses"
        >
          <p>
            What kind of outlet did you think each one was? The guesses you kept on this device are
            filled in; check them against the answers below.
          </p>
        </GuessForm>
      </div>
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

function RevealLocked({ lesson }: { lesson: Lesson }) {
  const { story, state } = lesson;
  return (
    <div
      className="max-w-2xl rounded-lg border border-rule bg-white p-6"
      data-testid="reveal-locked"
    >
      <h2 className="text-xl font-semibold">Not revealed yet</h2>
      <p className="mt-2">
        Your teacher reveals who wrote which when the class is ready: on the board, or with a link
        for your device. Until then, keep reading and keep your guesses.
      </p>
      <p className="mt-4">
        <Link
          href={`${classroomHref(story.href, { seed: state.seed })}#guesses`}
          className="font-medium text-accent underline"
        >
          Back to the texts and your guesses
        </Link>
      </p>
    </div>
  );
}

function WorksheetStep({ lesson, origin }: { lesson: Lesson; origin: string }) {
  const { story, state, analysis, blind } = lesson;
  return (
    <>
      <div className="no-print mb-6 flex flex-wrap items-center gap-3">
        <PrintButton label="Print the worksheet" />
        <p className="text-sm text-muted">
          Prints on A4 or Letter: questions with space to write, then the texts with numbered
          paragraphs.
        </p>
      </div>
      <div className="no-print mb-8">
        <ClassLink
          origin={origin}
          path={classroomHref(story.href, { seed: state.seed })}
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
  // No link out of the lesson, even while the story is still being analysed.
  if (lesson.pending) return <StillAnalysing story={lesson.pending} view="Classroom" lessonSafe />;
  const { story, state, reveal } = lesson;
  const origin = await requestOrigin();
  return (
    <div className="classroom-student">
      <header className={`mb-4 ${state.step === "worksheet" ? "no-print" : ""}`}>
        <p className="text-sm font-medium uppercase tracking-wide text-muted">
          Classroom · {STEP_LABELS[state.step]}
        </p>
        <h1 className="font-serif text-3xl font-bold leading-tight">{story.title}</h1>
      </header>
      <LessonSteps storyHref={story.href} seed={state.seed} current={state.step} reveal={reveal} />
      <Notes notes={state.notes} />
      {state.step === "read" ? <ReadStep lesson={lesson} origin={origin} /> : null}
      {state.step === "spot" ? <SpotStep lesson={lesson} /> : null}
      {state.step === "discuss" ? <DiscussStep lesson={lesson} /> : null}
      {state.step === "reveal" ? (
        reveal ? (
          <RevealStep lesson={lesson} reveal={reveal} />
        ) : (
          <RevealLocked lesson={lesson} />
        )
      ) : null}
      {state.step === "worksheet" ? <WorksheetStep lesson={lesson} origin={origin} /> : null}
    </div>
  );
}
