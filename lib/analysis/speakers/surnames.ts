import type { QuoteContext } from "../text";
import { buildPersonRegistry, followedAsName, FUNCTION_TAGS, type PersonRegistry } from "./names";
import { lang } from "../lang";

/**
 * Surnames that are also common words ("Jane Ward", "Tom Cross", "Ann Early"): wink tags the
 * lone surname by its common sense ("“…,” Ward said" as a verb), so neither the window rules nor
 * the parser see a name. Once the article has given the full name, a later capitalised word
 * spelled like that surname is the person: it is tagged as a name in the quote context (a copy
 * made for this article; the segmenter's tokens are not touched), and parse-units.ts parses its
 * sentence with that tag.
 */

/**
 * Tags a surname may wear by mistake. A function word ("Will", "May" as auxiliaries, "From" as a
 * preposition) is retagged only inside a sentence, where its capital can only be a name's.
 */
const RETAGGABLE = new Set(["NOUN", "VERB", "ADJ", "ADV", "X"]);

/** Retags lone surnames as names; returns how many tokens changed. */
export function tagSurnames(
  ctx: QuoteContext,
  registry: PersonRegistry = buildPersonRegistry(ctx),
): number {
  const surnames = new Set<string>();
  for (const [key, name] of registry.full) {
    // Two name words or more: "Jane Ward", not "Sen. Ward" alone (a title may sit before a noun).
    if (/\s/.test(name)) surnames.add(key);
  }
  if (surnames.size === 0) return 0;
  let changed = 0;
  ctx.tokens.forEach((token, i) => {
    if (token.pos === "PROPN") return;
    if (!RETAGGABLE.has(token.pos) && !FUNCTION_TAGS.has(token.pos)) return;
    if (!surnames.has(token.normal) || !/^\p{Lu}\p{Ll}/u.test(token.text)) return;
    if (lang.names.titleWords.has(token.normal) || lang.names.placeWords.has(token.normal)) return;
    // Opening a sentence before a lower-case noun or adjective, the word is the common one
    // ("Early voting began"); a function word opening one always may be.
    const next = ctx.tokens[i + 1];
    const opens = ctx.tokens[i - 1]?.sentence !== token.sentence;
    if (FUNCTION_TAGS.has(token.pos) && (opens || !followedAsName(next, token.sentence))) return;
    if (opens && next && /^\p{Ll}/u.test(next.text) && /^(?:NOUN|ADJ)$/.test(next.pos)) return;
    ctx.tokens[i] = { ...token, pos: "PROPN" };
    changed += 1;
  });
  return changed;
}
