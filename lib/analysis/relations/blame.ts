import {
  type ActorRegistry,
  type ArticleActors,
  type Mention,
  type SentenceActors,
} from "../actors";

import { PATTERNS, TRIGGERS, type Candidate } from "./blame-patterns";
import { subjectOf, type QuoteOf } from "./clause-parts";
import { quoteCriticism } from "./quote-blame";
import { QuoteTargets, type StoryContext } from "./quote-targets";
import type { Blame, Quote } from "../schema";
import { type Frame, frameFor } from "./sources";
import { decideVoice, scareQuoteIn, type SentenceDistance } from "./voice";
import { lang } from "../lang";

/**
 * Blame relations of one article: cue patterns (blame-patterns.ts) give
 * candidates; here each gets its accuser (the clause's subject, else the
 * frame's source — "a senior official told the Journal that …" —, else the
 * quote's speaker, else nobody: unattributed, or the outlet's own voice), its
 * voice, evidence spans and an id. One relation per accuser–accused pair and
 * sentence, the most specific kind kept.
 */

/** What the blame finder needs of an article beyond its mentions. */
export interface ArticleReading {
  actors: ArticleActors;
  quotes: readonly Quote[];
  frames: (readonly Frame[])[];
  quoteOf: QuoteOf[];
  /** Per sentence, the quotes overlapping it (in text order). */
  quotesIn: (readonly Quote[])[];
  /** The distancing cues of the article's sentences, read once each. */
  distance: SentenceDistance;
  /** Story-wide facts for the targets of quoted criticism. */
  story: StoryContext;
}

/** Kinds whose cue is a verb in the passive when there is no subject: someone blames, unnamed. */
const PASSIVE_CUES = new Set(["blames", "accuses", "holds-responsible", "criticises"]);

interface Party {
  text: string | null;
  actor: string | null;
  mention: Mention | null;
}

function partyOf(m: Mention, speakers: ArticleActors["speakers"]): Party {
  if (m.quote && lang.functionWords.firstPerson.has(m.text.toLowerCase())) {
    const speaker = speakers.get(m.quote);
    if (speaker?.text) return { text: speaker.text, actor: m.actor ?? speaker.actor, mention: m };
  }
  return { text: m.text, actor: m.actor, mention: m };
}

/** Priority when one sentence yields several kinds for the same pair: the most specific wins. */
const KIND_PRIORITY: readonly Blame["kind"][] = [
  "rejects-accusation",
  "denies-responsibility",
  "holds-responsible",
  "blames",
  "accuses",
  "attributes-responsibility",
  "criticises",
];

/** The first actor in the sentence on another side than the accuser: whose claim a rejection answers. */
function opponent(
  sentence: SentenceActors,
  accuser: string | null,
  registry: ActorRegistry,
): Mention | null {
  const side = accuser ? registry.actors.get(accuser)?.side : undefined;
  for (const m of sentence.mentions) {
    if (!m.actor || m.actor === accuser || m.form === "pronoun") continue;
    if (sentence.tokens[m.first - 1]?.normal === "against") continue;
    const other = registry.actors.get(m.actor)?.side;
    if (!other || other === "media" || other === "unknown" || other === side) continue;
    return m;
  }
  return null;
}

function rank(kind: Blame["kind"]): number {
  return KIND_PRIORITY.indexOf(kind);
}

/** Trigger words as written and with a plural "s" ("threats"): matched as they are, so no word is cut per token. */
const TRIGGER_FORMS: ReadonlySet<string> = new Set([
  ...TRIGGERS,
  ...[...TRIGGERS].map((word) => `${word}s`),
]);

const isTrigger = (normal: string, lemma: string): boolean =>
  TRIGGER_FORMS.has(normal) || TRIGGERS.has(lemma);

/** Find the blame relations of one article. */
export function findBlame(reading: ArticleReading, registry: ActorRegistry): Blame[] {
  const { article, sentences, speakers } = reading.actors;
  const text = article.analysis.text;
  const byId = new Map(reading.quotes.map((q) => [q.id, q]));
  let targets: QuoteTargets | null = null;
  const out: Blame[] = [];
  const isBody = (actor: string) => registry.actors.get(actor)?.kind === "organisation";
  for (const sentence of sentences) {
    const quoteOf = reading.quoteOf[sentence.index] ?? (() => null);
    const frames = reading.frames[sentence.index] ?? [];
    const candidates: Candidate[] = [];
    const input = { sentence, text, quoteOf, isBody };
    for (let i = 0; i < sentence.tokens.length; i += 1) {
      const token = sentence.tokens[i];
      if (!token) continue;
      if (!isTrigger(token.normal, token.lemma)) continue;
      for (const pattern of PATTERNS) {
        const found = pattern(input, i);
        if (found.length > 0) candidates.push(...found);
      }
    }
    // Criticism read from a quote's wording only where no cue already relates the same accused.
    const quotes = reading.quotesIn[sentence.index] ?? [];
    if (quotes.length > 0) {
      targets ??= new QuoteTargets(sentences, registry, reading.story);
      const related = new Set(candidates.flatMap((c) => c.accused.map((m) => m.actor)));
      const speakerOf = (id: string) => speakers.get(id)?.actor ?? null;
      const found = quoteCriticism({
        sentence,
        quoteOf,
        quotes,
        speakerOf,
        targets,
        allowTopic: candidates.length === 0,
      });
      for (const c of found) {
        if (!c.accused.some((m) => related.has(m.actor))) candidates.push(c);
      }
    }
    if (candidates.length === 0) continue;
    const kept = new Map<string, Blame>();
    for (const candidate of candidates) {
      for (const relation of resolve(
        candidate,
        sentence,
        frames,
        quoteOf,
        reading,
        registry,
        byId,
        speakers,
      )) {
        const key = `${relation.accuser.actor ?? relation.accuser.text ?? "∅"}→${relation.accused.actor ?? relation.accused.text ?? "∅"}`;
        const previous = kept.get(key);
        if (!previous || rank(relation.kind) < rank(previous.kind)) kept.set(key, relation);
      }
    }
    const ordered = [...kept.values()].sort(
      (a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind),
    );
    for (const relation of ordered)
      out.push({ ...relation, id: `${article.input.id}:blame-${out.length + 1}` });
  }
  return out;
}

function resolve(
  c: Candidate,
  sentence: SentenceActors,
  frames: readonly Frame[],
  quoteOf: QuoteOf,
  reading: ArticleReading,
  registry: ActorRegistry,
  quotes: ReadonlyMap<string, Quote>,
  speakers: ArticleActors["speakers"],
): Blame[] {
  const { article } = reading.actors;
  const cue0 = c.cue[0] ?? 0;
  const quoteId = quoteOf(cue0);
  const quote = quoteId ? (quotes.get(quoteId) ?? null) : null;
  const frame = c.bySpeaker && quote ? null : frameFor(frames, cue0, quoteId);
  let accuser: Party;
  let accuserSource: Blame["accuserSource"] = "named";
  let ownSubject: string | null = null;
  if (c.accuser) {
    accuser = partyOf(c.accuser, speakers);
    ownSubject = sentence.tokens[cue0]?.text ?? null;
  } else if (frame && (frame.source || frame.author)) {
    accuser = partyOf((frame.source ?? frame.author) as Mention, speakers);
  } else if (quote) {
    const speaker = speakers.get(quote.id);
    accuser = { text: speaker?.text ?? null, actor: speaker?.actor ?? null, mention: null };
    if (!accuser.text) {
      // A partial quote with no speaker found: the clause around it names them ("Ashby pledges to end “…”").
      const open = sentence.tokens.findIndex((_, k) => quoteOf(k) === quote.id);
      const outside: QuoteOf = (k) => (quoteOf(k) === quote.id ? null : quoteOf(k));
      const subject = open > 0 ? subjectOf(sentence, open, outside) : null;
      if (subject) accuser = partyOf(subject, speakers);
      else accuserSource = "unattributed";
    }
  } else {
    accuser = { text: null, actor: null, mention: null };
    accuserSource = PASSIVE_CUES.has(c.kind) || frame ? "unattributed" : "outlet";
  }
  let accused = c.accused.filter((m) => m.actor || m.form !== "pronoun");
  if (c.ownerFallback && accused.length === 0) {
    const found = opponent(sentence, accuser.actor, registry);
    if (found) accused = [found];
  }
  const cueText = c.cue.map((k) => sentence.tokens[k]?.text ?? "").join(" … ");
  const cueSpans = c.cue.flatMap((k) => {
    const t = sentence.tokens[k];
    return t ? [{ start: t.start, end: t.end }] : [];
  });
  const targets: (Mention | null)[] =
    accused.length > 0 ? accused : c.kind === "rejects-accusation" ? [null] : [];
  const results: Blame[] = [];
  for (const target of targets) {
    if (
      target &&
      accuser.actor &&
      target.actor === accuser.actor &&
      c.kind !== "denies-responsibility"
    )
      continue;
    if (target && accuser.mention === target && c.kind !== "denies-responsibility") continue;
    const points = [...cueSpans.map((s) => s.start), ...cueSpans.map((s) => s.end)];
    for (const m of [target, accuser.mention]) {
      if (m && m.sentence === sentence.index) points.push(m.start, m.end);
    }
    const start = Math.min(...points);
    const end = Math.max(...points);
    const cueToken = sentence.tokens[cue0];
    const cueDistancing =
      cueToken && lang.voice.distancingVerbs.has(cueToken.lemma) ? cueToken.text : null;
    const { voice, voiceCue } = decideVoice({
      sentence: sentence.index,
      distance: reading.distance,
      frame: c.accuser ? null : frame,
      quote,
      ownSubject: accuserSource === "named" ? ownSubject : null,
      // A relation's span lies within its sentence: only that sentence's quotes can overlap it.
      scare: scareQuoteIn(reading.quotesIn[sentence.index] ?? [], start, end),
      cueDistancing,
    });
    results.push({
      id: "",
      article: article.input.id,
      sentence: sentence.index,
      accuser: { text: accuser.text, actor: accuser.actor },
      accused: { text: c.implicit ? null : (target?.text ?? null), actor: target?.actor ?? null },
      kind: c.kind,
      matter: c.matter,
      voice: accuserSource === "outlet" && voice === "attributed" ? "own" : voice,
      voiceCue,
      cue: cueText,
      start,
      end,
      cues: cueSpans,
      quote: quote?.id ?? null,
      accuserSource,
      confidence: 0,
    });
  }
  return results;
}
