import { z } from "zod";
import data from "./data/mute-nouns.json";

/**
 * Common nouns that WordNet says cannot say anything (data/README.md; derived by
 * eval/lexicon/speaking-nouns.ts): none of their first three senses is a person or a social group,
 * and their first sense is no writing, publication, message or inquiry — "theory", "refusal",
 * "room", "moment", "photo". Nouns WordNet does not list are not in it: whether they can speak is
 * unknown, not denied. Decoded on first use into a set (11k words, about a millisecond).
 */
const schema = z.object({ words: z.string().min(1) });

let mute: ReadonlySet<string> | undefined;

/** Whether a noun's lemma names something that cannot speak. */
export function isMuteNoun(lemma: string): boolean {
  if (!mute) {
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new Error("semantics/data/mute-nouns.json: malformed table");
    mute = new Set(parsed.data.words.split(" "));
  }
  return mute.has(lemma);
}
