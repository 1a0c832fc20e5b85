import { type ActorRegistry, type ArticleActors } from "../actors";

import type { QuotedVoice, Quote } from "../schema";
import type { Frame } from "./sources";
import { anyOf, lang } from "../lang";

/** Verbs of plain citation (not "demanding", "shouted"): what counts as citing a source. */
const CITING = new RegExp(`^(?:${anyOf(lang.speech.citingForms)})\\b`, "i");

/**
 * Who each article quotes or cites: quotes with a speaker, counted in quotes
 * and in words of quoted text, plus paraphrased citations ("according to X",
 * "X said that …" outside quote marks) counted separately. Grouped by actor
 * when resolved, else by the name as written.
 */
export function findVoices(
  actors: ArticleActors,
  quotes: readonly Quote[],
  frames: readonly (readonly Frame[])[],
  registry: ActorRegistry,
): QuotedVoice[] {
  const article = actors.article.input.id;
  const groups = new Map<string, QuotedVoice>();
  const group = (actor: string | null, name: string): QuotedVoice => {
    const key = actor ?? `text:${name.toLowerCase()}`;
    let voice = groups.get(key);
    if (!voice) {
      const record = actor ? registry.actors.get(actor) : undefined;
      voice = {
        article,
        actor,
        name: record?.name ?? name,
        side: record?.side ?? "unknown",
        quotes: 0,
        words: 0,
        quoteIds: [],
        citations: 0,
      };
      groups.set(key, voice);
    }
    return voice;
  };
  for (const quote of quotes) {
    if (quote.kind === "scare" || !quote.speaker) continue;
    const speaker = actors.speakers.get(quote.id);
    const voice = group(speaker?.actor ?? null, quote.speaker);
    voice.quotes += 1;
    voice.words += quote.words;
    voice.quoteIds.push(quote.id);
  }
  // Paraphrased citations: a frame outside any quote whose sentence has no quote of the same source.
  // Quotes by sentence, once: filtering all quotes per sentence grew with the square of an article's length.
  const bySentence = new Map<number, Quote[]>();
  for (const q of quotes) {
    const list = bySentence.get(q.sentence);
    if (list) list.push(q);
    else bySentence.set(q.sentence, [q]);
  }
  frames.forEach((list, s) => {
    if (list.length === 0) return;
    const quoted = new Set(
      (bySentence.get(s) ?? []).map((q) => actors.speakers.get(q.id)?.actor ?? q.speaker),
    );
    for (const frame of list) {
      const source = frame.source ?? frame.author;
      if (
        frame.quote ||
        !source ||
        (source.form === "pronoun" && !source.actor) ||
        !CITING.test(frame.text)
      )
        continue;
      if (quoted.has(source.actor) || quoted.has(source.text)) continue;
      group(source.actor, source.text).citations += 1;
    }
  });
  return [...groups.values()].sort(
    (a, b) =>
      b.quotes - a.quotes ||
      b.words - a.words ||
      b.citations - a.citations ||
      a.name.localeCompare(b.name),
  );
}
