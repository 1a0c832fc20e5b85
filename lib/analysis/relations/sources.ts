import { type Mention, type SentenceActors } from "../actors";
import { isParticiple, type Token } from "../text";

import { mentionAt, type QuoteOf, spanText, subjectOf } from "./clause-parts";
import { lang } from "../lang";

/**
 * Attribution frames: who a sentence (or part of it) says something
 * ("a senior official told the Journal that …", "…, the official said",
 * "according to X", "the Post quoted the official as saying …"). Blame
 * relations without their own subject take the frame's source as accuser,
 * and a frame makes the outlet's voice "attributed" (or "distanced" for
 * "claimed", "alleged").
 */

export interface Frame {
  /** Token index of the attribution cue. */
  at: number;
  /** The cue as written: "said", "told The Wall Street Journal", "according to". */
  text: string;
  source: Mention | null;
  /** The document a frame speaks through ("the statement said") resolved to its author. */
  author: Mention | null;
  /** True for verbs that distance the outlet: "claimed", "alleged". */
  distancing: boolean;
  /** True when the cue sits in a quote (a quoted person quoting someone else). */
  quote: string | null;
}

/** Speech verbs and the extra attributing ones as one set: this runs for every token of every sentence. */
const ATTRIBUTING_LEMMAS: ReadonlySet<string> = new Set([
  ...lang.speech.verbs,
  ...lang.speech.sourceVerbs,
]);

/** True for a token that attributes speech. */
export function isAttributionVerb(token: Token): boolean {
  if (lang.speech.sourceForms.has(token.normal)) return true;
  if (token.pos !== "VERB") return false;
  return ATTRIBUTING_LEMMAS.has(token.lemma);
}

/** Per article: the author of the last document put out ("Lind released a statement"). */
export interface DocumentMemory {
  author: Mention | null;
}

const NO_FRAMES: readonly Frame[] = Object.freeze([]);

/** Find the attribution frames of one sentence. */
export function findFrames(
  sentence: SentenceActors,
  text: string,
  quoteOf: QuoteOf,
  memory: DocumentMemory,
): readonly Frame[] {
  const { tokens } = sentence;
  const frames: Frame[] = [];
  let skipUntil = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || i <= skipUntil) continue;
    // Remember who put out a document: "X released an official statement".
    if (token.pos === "VERB" && lang.speech.publishVerbs.has(token.lemma)) {
      const docAt = tokens
        .slice(i + 1, i + 5)
        .findIndex((t) => lang.speech.documentNouns.has(t.lemma));
      const author = subjectOf(sentence, i, quoteOf);
      if (docAt >= 0 && author) memory.author = author;
    }
    if (token.normal === "according" && tokens[i + 1]?.normal === "to") {
      const source = mentionAt(sentence, i + 2) ?? mentionAt(sentence, i + 3);
      frames.push({
        at: i,
        text: spanText(text, tokens, i, i + 1),
        source,
        author: null,
        distancing: false,
        quote: quoteOf(i),
      });
      continue;
    }
    if (!isAttributionVerb(token)) continue;
    // "the Post quoted the official as saying"
    if (token.lemma === "quote") {
      const source = mentionAt(sentence, i + 1) ?? mentionAt(sentence, i + 2);
      const as = tokens.slice(i + 1, i + 12).findIndex((t) => t.normal === "as");
      if (source && as >= 0) {
        // "as saying" belongs to this frame: it is not a second one.
        skipUntil = i + 1 + as + 1;
        frames.push({
          at: i,
          text: spanText(text, tokens, i, skipUntil),
          source,
          author: null,
          distancing: false,
          quote: quoteOf(i),
        });
        continue;
      }
    }
    let source: Mention | null = null;
    let end = i;
    const prev = tokens[i - 1];
    // "the statement said": the document's author speaks.
    if (prev && lang.speech.documentNouns.has(prev.lemma) && !mentionAt(sentence, i - 1)) {
      frames.push({
        at: i,
        text: spanText(text, tokens, i, i),
        source: null,
        author: memory.author,
        distancing: false,
        quote: quoteOf(i),
      });
      continue;
    }
    // "…, said a senior Freedonian official": inverted subject after the verb. Not after a
    // participle (", telling CNN that …", ", saying Y failed": the name is its object or the
    // subject of what is said) nor after a verb whose object is its listener ("…,” told CNN …):
    // the speaker is then the clause's subject, never the programme or audience spoken to.
    const after = mentionAt(sentence, i + 1);
    const before = tokens[i - 1];
    const listening = isParticiple(token) || lang.speech.listenerVerbs.has(token.lemma);
    if (after && before && /^[,”"’]$/.test(before.text) && !listening) source = after;
    source ??= subjectOf(sentence, i, quoteOf);
    // "told The Wall Street Journal", "told CNN": the listener belongs to the cue.
    if (lang.speech.listenerVerbs.has(token.lemma)) {
      const listener = mentionAt(sentence, i + 1);
      if (listener && listener !== source) end = listener.last;
    }
    frames.push({
      at: i,
      text: spanText(text, tokens, i, end),
      source,
      author: null,
      distancing: lang.voice.distancingVerbs.has(token.lemma),
      quote: quoteOf(i),
    });
  }
  // Most sentences attribute nothing: they share one empty list instead of holding one each.
  return frames.length > 0 ? frames : NO_FRAMES;
}

/** The frame that governs token i: the nearest one before it, else the nearest after, in the same quote context. */
export function frameFor(frames: readonly Frame[], i: number, quote: string | null): Frame | null {
  let best: Frame | null = null;
  let bestDistance = Infinity;
  for (const frame of frames) {
    if (frame.quote !== quote || frame.at === i) continue;
    const distance = frame.at < i ? i - frame.at : (frame.at - i) * 1.5;
    if (distance < bestDistance) {
      best = frame;
      bestDistance = distance;
    }
  }
  return best;
}
