import type { RevealRow } from "@/components/classroom/reveal-list";
import { createBlinding } from "@/lib/classroom/blind";
import { discussPrompts } from "@/lib/classroom/discuss";
import { generateExercises } from "@/lib/classroom/exercises";
import type { Naming } from "@/lib/classroom/lines";
import { letterFor } from "@/lib/classroom/seed";
import { blindSources, outletNames } from "@/lib/classroom/sources";
import { GUESS_LABELS, parseClassroomState } from "@/lib/classroom/state";
import { describeProvenance, getOutlets, getStory, outletTypeLabels } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { siteOrigin } from "@/lib/site";
import type { RawSearchParams } from "@/lib/views/search-params";

export interface LessonProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}

/** Everything a classroom page needs, blinded on the server from the URL's state. */
export async function loadLesson({ params, searchParams }: LessonProps) {
  const { slug } = await params;
  const story = getStory(slug);
  const analysis = getStoryAnalysis(slug);
  if (!story || !analysis) return null;
  const outlets = getOutlets();
  const letters = analysis.articles.map((_, i) => letterFor(i));
  const state = parseClassroomState(await searchParams, letters);
  const blinding = createBlinding(blindSources(analysis, story, outlets), state.seed);
  const names = outletNames(analysis);
  const blind: Naming = { blinding, mode: "blind" };
  const named: Naming = { blinding, mode: "named", names };
  return {
    story,
    analysis,
    outlets,
    state,
    blinding,
    blind,
    named,
    exercises: generateExercises(analysis, story.questions),
    discuss: discussPrompts(analysis),
  };
}

export type Lesson = NonNullable<Awaited<ReturnType<typeof loadLesson>>>;

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
    return [
      {
        letter: outlet.letter,
        article: article.id,
        name: article.outlet,
        kind: outletTypeLabels[meta.outlet.type],
        country: profile?.country ?? null,
        provenance: describeProvenance(meta.provenance, outlets).long,
        headline: article.title,
        hidden: blinding.hidden(article.id).map((h) => h.detail),
        guess: guess ? GUESS_LABELS[guess] : null,
        guessRight: guess ? guess === meta.outlet.type : null,
        outletHref: profile ? `/outlets/${profile.slug}` : null,
      },
    ];
  });
}
