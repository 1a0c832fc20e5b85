import type { QuoteContext } from "../text";
import { isThingNoun } from "./can-speak";
import type { Speech } from "./speakers";

/**
 * True when a speech's subject is a thing ("that world view suggests", "the tax deal
 * announced"; WordNet's mute nouns, "that theory suggests"), not a person, a role, a group or a
 * document.
 */
export function spokenByThing(ctx: QuoteContext, speech: Speech): boolean {
  if (speech.person !== null || speech.collective || speech.bareName) return false;
  if (speech.subjectStart >= speech.verb) return false;
  // The subject phrase's head: its last noun, read from its start ("That idea, Berg continued, suggests").
  let head = -1;
  for (let k = speech.subjectStart; k < speech.verb; k += 1) {
    const pos = ctx.tokens[k]?.pos ?? "";
    if (pos === "NOUN" || pos === "PROPN" || pos === "PRON") head = k;
    else if (pos !== "DET" && pos !== "ADJ" && pos !== "NUM") break;
  }
  const token = ctx.tokens[head];
  return token !== undefined && token.pos === "NOUN" && isThingNoun(token.lemma);
}
