import {
  type ActorRegistry,
  type ArticleActors,
  type Mention,
  type SentenceActors,
} from "../actors";

import { PATTERNS, type Candidate } from "./blame-patterns";
import { criticalQuote, cueWords } from "./cue-words";
import type { QuoteOf } from "./clause-parts";
import { kept, weigh } from "./confidence";
import { accuserOf, disowned, outsideAgent, unreadSubject } from "./accusers";
import { framesFor } from "./adjuncts";
import { namedElsewhere } from "./named-in-article";
import { hedgesOf, type Hedge } from "./cue-context";
import { type Parsed, parsedSentence, type Party } from "./parse-parties";
import { quoteCriticism } from "./quote-blame";
import { QuoteTargets, type StoryContext } from "./quote-targets";
import type { Blame, Quote } from "../schema";
import { type Frame, frameFor } from "./sources";
import { decideVoice, scareQuoteIn, type SentenceDistance } from "./voice";
import { lang } from "../lang";

/**
 * Blame relations of one article. Only sentences with a blame cue, or a quote with a critical
 * word, are parsed; the cue readers (blame-patterns.ts and the modules it gathers, quote-blame.ts)
 * read the parse for candidates; here each gets its accuser (the clause's subject, else the frame's
 * source — "a senior official told the Journal that …" —, else the quote's speaker, else nobody:
 * unattributed, or the outlet's own voice), its voice, the hedges of its clause, its confidence
 * (confidence.ts), evidence spans and an id. One relation per accuser–accused pair and sentence,
 * the most specific kind kept.
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
  /** The people the article names itself (named-in-article.ts). */
  named: ReadonlySet<string>;
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

const rank = (kind: Blame["kind"]): number => KIND_PRIORITY.indexOf(kind);

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

/** Find the blame relations of one article. */
export function findBlame(reading: ArticleReading, registry: ActorRegistry): Blame[] {
  const { article, sentences, speakers } = reading.actors;
  const text = article.analysis.text;
  const byId = new Map(reading.quotes.map((q) => [q.id, q]));
  const kindOf = (actor: string | null) => (actor ? registry.actors.get(actor)?.kind : undefined);
  let targets: QuoteTargets | null = null;
  const out: Blame[] = [];
  for (const sentence of sentences) {
    const quoteOf = reading.quoteOf[sentence.index] ?? (() => null);
    const quotes = (reading.quotesIn[sentence.index] ?? []).filter((q) => q.kind !== "scare");
    const words = cueWords(sentence.tokens);
    const { cues } = words;
    const quoted = quotes.length > 0 && criticalQuote(words, quoteOf);
    if (cues.length === 0 && !quoted) continue;
    // Parsed only here: most sentences have no cue and are never parsed.
    const p = parsedSentence(sentence, text, quoteOf);
    const candidates: Candidate[] = [];
    const input = { p, kindOf };
    for (const i of cues) for (const pattern of PATTERNS) candidates.push(...pattern(input, i));
    if (quoted) {
      targets ??= new QuoteTargets(sentences, registry, reading.story);
      // Criticism read from a quote's wording only where no cue already relates the same accused.
      const related = new Set(candidates.flatMap((c) => c.accused.map((a) => a.mention.actor)));
      const found = quoteCriticism({
        p,
        quotes,
        speakerOf: (id) => speakers.get(id)?.actor ?? null,
        targets,
      });
      for (const c of found)
        if (!c.accused.some((a) => related.has(a.mention.actor))) candidates.push(c);
    }
    if (candidates.length === 0) continue;
    const keptHere = new Map<string, Blame>();
    for (const candidate of candidates) {
      for (const relation of resolve(candidate, p, reading, registry, byId)) {
        const key = `${relation.accuser.actor ?? relation.accuser.text ?? "∅"}→${relation.accused.actor ?? relation.accused.text ?? "∅"}`;
        const previous = keptHere.get(key);
        if (!previous) keptHere.set(key, relation);
        else if (rank(relation.kind) < rank(previous.kind))
          keptHere.set(key, {
            ...relation,
            confidence: Math.max(relation.confidence, previous.confidence),
          });
        else if (relation.confidence > previous.confidence)
          keptHere.set(key, { ...previous, confidence: relation.confidence });
      }
    }
    const ordered = [...keptHere.values()].sort(
      (a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind),
    );
    for (const relation of ordered)
      out.push({ ...relation, id: `${article.input.id}:blame-${out.length + 1}` });
  }
  return out;
}

/** Negation of a cue of responsibility is a denial of it ("did not appear driven by any threat from Y"), not no relation. */
function denial(c: Candidate, hedges: Hedge[]): { kind: Blame["kind"]; hedges: Hedge[] } {
  const negations = hedges.filter((h) => h.note === "negated" || h.note === "negated above");
  if (c.kind !== "attributes-responsibility" || negations.length === 0)
    return { kind: c.kind, hedges };
  return { kind: "denies-responsibility", hedges: hedges.filter((h) => !negations.includes(h)) };
}

function resolve(
  c: Candidate,
  p: Parsed,
  reading: ArticleReading,
  registry: ActorRegistry,
  quotes: ReadonlyMap<string, Quote>,
): Blame[] {
  const { sentence } = p;
  const { article } = reading.actors;
  const cue0 = c.cue[0] ?? 0;
  const quoteId = p.quoteOf(cue0);
  const quote = quoteId ? (quotes.get(quoteId) ?? null) : null;
  const frames = framesFor(p, reading.frames[sentence.index] ?? [], cue0).filter(
    (f) => f.at !== c.notBy,
  );
  const speaks = !!quote && !!reading.actors.speakers.get(quote.id)?.text;
  // A quote's words are its speaker's; a partial quote with no speaker found is the words of whoever
  // the clause around it names ("Ashby said Varga gave the city “a terrible budget”").
  const unread = unreadSubject(p, c);
  const frame = unread
    ? null
    : c.bySpeaker && quote
      ? speaks
        ? null
        : frameFor(frames, cue0, null)
      : frameFor(frames, cue0, quoteId);
  const outside =
    c.bySpeaker && quote && !speaks && !frame ? outsideAgent(p, quote.id, cue0) : undefined;
  const accuser = outside
    ? { party: outside, evidence: "clause" as const, source: "named" as const }
    : unread
      ? { party: undefined, evidence: "no-subject" as const, source: "unattributed" as const }
      : disowned(p, c)
        ? { party: undefined, evidence: "unattributed" as const, source: "unattributed" as const }
        : accuserOf(c, frame, quote, reading);
  const { kind, hedges } = denial(c, c.predicate === null ? [] : hedgesOf(p, c.predicate, c.cue));
  // A stance word ("anti-farmer", "pro-union") read as a name describes something, it is no party.
  let accused = c.accused.filter(
    (a) =>
      a.mention.actor || (a.mention.form !== "pronoun" && !/^(?:anti|pro)-/i.test(a.mention.text)),
  );
  if (c.ownerFallback && accused.length === 0) {
    const found = opponent(sentence, accuser.party?.mention.actor ?? null, registry);
    if (found) accused = [{ mention: found, link: "member" }];
  }
  const cueText = c.cue.map((k) => sentence.tokens[k]?.text ?? "").join(" … ");
  const cueSpans = c.cue.flatMap((k) => {
    const t = sentence.tokens[k];
    return t ? [{ start: t.start, end: t.end }] : [];
  });
  const targets: (Party | null)[] =
    accused.length > 0 ? accused : c.kind === "rejects-accusation" ? [null] : [];
  const results: Blame[] = [];
  const accuserMention = accuser.party?.mention ?? null;
  for (const target of targets) {
    const self =
      target &&
      accuserMention &&
      (target.mention.actor
        ? target.mention.actor === accuserMention.actor
        : target.mention === accuserMention);
    if (self && kind !== "denies-responsibility") continue;
    const elsewhere = [target?.mention.actor, accuserMention?.actor].some((actor) =>
      namedElsewhere(actor, reading.named, registry),
    );
    const weighed = weigh(
      c,
      target ?? undefined,
      accuser.party,
      accuser.evidence,
      hedges,
      elsewhere,
    );
    if (!kept(weighed)) continue;
    const points = [...cueSpans.map((s) => s.start), ...cueSpans.map((s) => s.end)];
    for (const m of [target?.mention, accuserMention])
      if (m && m.sentence === sentence.index && m.first >= 0) points.push(m.start, m.end);
    const start = Math.min(...points);
    const end = Math.max(...points);
    const cueToken = sentence.tokens[cue0];
    const { voice, voiceCue } = decideVoice({
      sentence: sentence.index,
      distance: reading.distance,
      frame: c.accuser ? null : frame,
      quote,
      ownSubject: accuser.evidence === "grammar" ? (cueToken?.text ?? null) : null,
      // A relation's span lies within its sentence: only that sentence's quotes can overlap it.
      scare: scareQuoteIn(reading.quotesIn[sentence.index] ?? [], start, end),
      cueDistancing:
        cueToken && lang.voice.distancingVerbs.has(cueToken.lemma) ? cueToken.text : null,
    });
    results.push({
      id: "",
      article: article.input.id,
      sentence: sentence.index,
      accuser: { text: accuserMention?.text ?? null, actor: accuserMention?.actor ?? null },
      accused: { text: target?.mention.text ?? null, actor: target?.mention.actor ?? null },
      kind,
      matter: c.matter,
      voice: accuser.source === "outlet" && voice === "attributed" ? "own" : voice,
      voiceCue,
      cue: cueText,
      start,
      end,
      cues: cueSpans,
      quote: quote?.id ?? null,
      accuserSource: accuser.source,
      confidence: weighed.confidence,
      basis: weighed.basis,
    });
  }
  return results;
}
