import type { RevealRow } from "@/components/classroom/reveal-list";
import { type Access, checkToken } from "@/lib/classroom/access";
import { createBlinding } from "@/lib/classroom/blind";
import { discussPrompts } from "@/lib/classroom/discuss";
import { generateExercises } from "@/lib/classroom/exercises";
import { gradeGuess } from "@/lib/classroom/grade";
import type { Naming } from "@/lib/classroom/lines";
import { letterFor } from "@/lib/classroom/seed";
import { classroomSecret } from "@/lib/classroom/secret";
import { blindSources, outletNames } from "@/lib/classroom/sources";
import { GUESS_LABELS, parseClassroomState, readToken } from "@/lib/classroom/state";
import { paragraphNumbers } from "@/lib/classroom/views";
import { getOutlets, outletTypeLabels } from "@/lib/content";
import { siteOrigin } from "@/lib/site";
import { loadStory, type PendingStory, provenanceLabel } from "@/lib/stories";
import { byCertainty } from "@/lib/views/certainty";
import type { RawSearchParams } from "@/lib/views/search-params";

export interface LessonProps {
  params: Promise<{ collection: string; slug: string }>;
  searchParams: Promise<RawSearchParams>;
}

/**
 * Everything a classroom page needs, blinded on the server from the URL's state; `{ pending }` for
 * a user story whose analysis is not there (yet), null for no such story.
 */
export async function loadLesson({ params, searchParams }: LessonProps) {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded) return null;
  if (loaded.state === "pending") return { pending: loaded.story };
  const { story } = loaded;
  // A class works only from the relations the engine is confident of: an exercise built on a
  // doubtful reading would teach the distortion Parallax exists to expose.
  const { analysis } = byCertainty(loaded.analysis, false);
  const outlets = getOutlets();
  const letters = analysis.articles.map((_, i) => letterFor(i));
  const raw = await searchParams;
  const state = parseClassroomState(raw, letters);
  const blinding = createBlinding(blindSources(analysis, story, outlets), state.seed);
  const names = outletNames(analysis);
  const paragraphs = paragraphNumbers(analysis, blinding);
  const blind: Naming = { blinding, mode: "blind", paragraphs };
  const named: Naming = { blinding, mode: "named", names, paragraphs };
  const opens = (access: Access, token: string | null) =>
    token !== null && checkToken(classroomSecret().value, access, story.key, state.seed, token);
  const teacherToken = readToken(raw, "t", state.notes);
  return {
    pending: null,
    story,
    analysis,
    outlets,
    state,
    blinding,
    blind,
    named,
    exercises: generateExercises(analysis, story.questions),
    discuss: discussPrompts(analysis),
    /** The reveal token, when it opens this class's reveal (the students' view then names outlets). */
    reveal: opens("reveal", state.reveal) ? state.reveal : null,
    /** Whether the link is the teacher's: it opens the key. */
    teacher: opens("teacher", teacherToken),
  };
}

export type Lesson = Exclude<
  Awaited<ReturnType<typeof loadLesson>>,
  null | { pending: PendingStory }
>;

/** The origin students reach this server at (for the link and QR code): see lib/site. */
export async function requestOrigin(): Promise<string> {
  return siteOrigin();
}

/** Letter → outlet, with what gave each away and the class's guesses; only for the reveal and the key. */
export function revealRows(lesson: Lesson): RevealRow[] {
  const { analysis, story, outlets, blinding, state } = lesson;
  return blinding.outlets.flatMap((outlet): RevealRow[] => {
    const article = analysis.articles.find((a) => a.id === outlet.id);
    const meta = story.articles.find((a) => a.slug === outlet.id);
    if (!article || !meta) return [];
    const profile = meta.outlet.slug ? outlets.find((o) => o.slug === meta.outlet.slug) : undefined;
    const guess = state.guesses[outlet.letter] ?? null;
    const grade = guess
      ? gradeGuess(guess, {
          type: meta.outlet.type,
          profiled: profile !== undefined,
          identified: profile?.identified ?? true,
        })
      : null;
    return [
      {
        letter: outlet.letter,
        article: article.id,
        name: article.outlet,
        kind: outletTypeLabels[meta.outlet.type],
        country: profile?.country ?? null,
        provenance: provenanceLabel(meta.provenance, outlets).long,
        headline: article.title,
        hidden: blinding.hidden(article.id).map((h) => h.detail),
        guess: guess ? GUESS_LABELS[guess] : null,
        grade,
        outletHref: profile ? `/outlets/${profile.slug}` : null,
      },
    ];
  });
}
