import type { QuoteContext } from "../text";
import type { Subject } from "./noun-phrases";
import type { PersonRegistry } from "./names";

/**
 * The capitalised words that qualify an office in a description ("the Florida senator", "the
 * former New Jersey governor", "the Republican senator"), and whether the article ties a person
 * to them: a mention of the person with the word, or its abbreviation, beside the name ("Florida
 * Sen. Ana Ruiz", "Sen. Ana Ruiz (R-Fla.)", "Gov. Tom Beck of New Jersey"). A description names
 * one person: the one the article places there, not whoever spoke last.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** How many words before a name (over its titles) may qualify it: "former Florida Gov. Ana Ruiz". */
const BEFORE = 5;

/**
 * The words beside a name that place it: those before it back to a comma or "and" (which start
 * another person's mention), and after it a party tag "(R-Fla.)" or "of New Jersey".
 */
function besideName(ctx: QuoteContext, index: number): { before: string[]; after: string[] } {
  const sentence = tok(ctx, index)?.sentence;
  const same = (k: number) => tok(ctx, k)?.sentence === sentence && tok(ctx, k)?.depth === 0;
  const words: string[] = [];
  const after: string[] = [];
  for (let k = index - 1; k >= Math.max(0, index - BEFORE - 2) && same(k); k -= 1) {
    const normal = tok(ctx, k)?.normal ?? "";
    if (normal === "," || normal === "and" || normal === "or") break;
    words.push(normal);
  }
  const next = tok(ctx, index + 1)?.normal;
  if (next === "(") {
    for (let k = index + 2; k < index + 8 && same(k) && tok(ctx, k)?.normal !== ")"; k += 1)
      after.push(tok(ctx, k)?.normal ?? "");
  } else if (next === "of") {
    for (
      let k = index + 2;
      k < index + 5 && same(k) && /^\p{Lu}/u.test(tok(ctx, k)?.text ?? "");
      k += 1
    )
      after.push(tok(ctx, k)?.normal ?? "");
  }
  return { before: words, after };
}

/** Lower-case qualifier words of a description, between its determiner and its office noun. */
export function officeQualifiers(ctx: QuoteContext, subject: Subject): string[] {
  const words: string[] = [];
  for (let i = subject.start + 1; i < subject.end - 1; i += 1) {
    const token = tok(ctx, i);
    if (token && /^\p{Lu}/u.test(token.text)) words.push(token.normal.replace(/\.$/, ""));
  }
  return words;
}

/** "fla" for "florida", "nj" for "new jersey": the abbreviation's letters in order, the first first. */
function abbreviates(short: string, long: string): boolean {
  const letters = short.replace(/[.-]/g, "");
  const full = long.replace(/\s+/g, "");
  if (letters.length < 2 || letters[0] !== full[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = full.indexOf(letter, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * True when some mention of `person` holds the office (one of its `forms`: "sen.", "senator") and
 * has every qualifier beside it, written out or abbreviated.
 */
export function carriesQualifiers(
  ctx: QuoteContext,
  registry: PersonRegistry,
  person: string,
  qualifiers: readonly string[],
  forms: readonly string[],
): boolean {
  if (qualifiers.length === 0) return true;
  // "New Jersey" is one place: its words are matched together, as "nj" or word by word.
  const place = qualifiers.join(" ");
  return registry.mentions.some((mention) => {
    // With the office too ("Florida Sen. Ana Ruiz"): a place near a name in passing does not place them.
    if (mention.name !== person || !mention.titles.some((title) => forms.includes(title)))
      return false;
    const beside = besideName(ctx, mention.index);
    const near = [...beside.before, ...beside.after].map((word) => word.replace(/\.$/, ""));
    const wholes = qualifiers.every((word) => near.includes(word));
    return wholes || near.some((word) => /^\p{L}/u.test(word) && abbreviates(word, place));
  });
}

/**
 * True when a mention of `person` holding the office places them somewhere else by a tag or an
 * "of" after the name ("Sen. Tom Beck (D-Vt.)" is not "the Florida senator").
 */
export function placedElsewhere(
  ctx: QuoteContext,
  registry: PersonRegistry,
  person: string,
  qualifiers: readonly string[],
  forms: readonly string[],
): boolean {
  if (qualifiers.length === 0) return false;
  const place = qualifiers.join(" ");
  return registry.mentions.some((mention) => {
    if (mention.name !== person || !mention.titles.some((title) => forms.includes(title)))
      return false;
    const words = besideName(ctx, mention.index)
      .after.map((word) => word.replace(/\.$/, ""))
      .filter((word) => /^\p{L}{2,}$/u.test(word));
    return (
      words.length > 0 &&
      !words.some((word) => qualifiers.includes(word) || abbreviates(word, place))
    );
  });
}
