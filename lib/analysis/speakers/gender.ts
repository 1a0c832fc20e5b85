import { firstNameGender, type QuoteContext } from "../text";
import type { PersonRegistry } from "./names";
import { lang } from "../lang";

/**
 * Who "he" and "she" can stand for: the gender an article itself signals for
 * each person it names, so a pronoun never resolves to someone the article
 * shows to be of the other gender.
 *
 * Data: first names come from the English lexicon of the compromise package
 * (already a dependency; its `MaleName` / `FemaleName` tags, about 1,300 and
 * 1,800 names), read as a table, never run as a parser. They are only a weak
 * sign: the article's own words come first (honorifics, gendered role nouns
 * and the pronouns that follow a person's name).
 */

/** The two genders "he" and "she" tell apart. */
export type Gender = "male" | "female";

/** A person's gender as far as the article tells, and whether the article itself says so. */
export interface GenderSign {
  gender: Gender;
  /**
   * True when the article's own words decide it (an honorific, a gendered
   * role noun, pronouns after the name); false when only the first name
   * does, which is weak: Hilary, Jesse and Terry are given to either.
   */
  strong: boolean;
}

/**
 * Gender evidence for every person an article names, by full name (as the
 * registry spells it). The article's votes: an honorific or a gendered role
 * noun written with the name counts three, and each "he"/"she" (his, her …)
 * that first follows the name in its sentence, before another person is
 * named, counts one. Without those, the first name's usual gender, marked weak.
 */
export function buildGenders(ctx: QuoteContext, registry: PersonRegistry): Map<string, GenderSign> {
  const votes = new Map<string, number>();
  const vote = (key: string, gender: Gender | undefined | null, weight: number) => {
    if (!gender) return;
    votes.set(key, (votes.get(key) ?? 0) + (gender === "male" ? weight : -weight));
  };
  const named = registry.named;
  // A lone name the article never spells out ("Cruz admitted …") is known by itself, as written.
  const bare = new Map<string, string>();
  named.forEach(({ run, head }, n) => {
    const key = ctx.tokens[head.end - 1]?.normal ?? "";
    if (!registry.full.has(key)) {
      if (head.end - head.start !== 1) return;
      bare.set(key, ctx.tokens[head.start]?.text ?? key);
    }
    votes.set(key, votes.get(key) ?? 0);
    const sentence = ctx.tokens[head.end - 1]?.sentence;
    for (let k = Math.max(0, run.start - 3); k < head.start; k += 1) {
      const token = ctx.tokens[k];
      if (token && token.sentence === sentence)
        vote(
          key,
          lang.gender.honorifics[token.normal] ?? lang.gender.genderedRoleNouns[token.normal],
          3,
        );
    }
    // ", a spokeswoman for …": a role noun in the words right after the name.
    for (let k = head.end; k < head.end + 4; k += 1)
      vote(key, lang.gender.genderedRoleNouns[ctx.tokens[k]?.normal ?? ""], 3);
    // The first pronoun after the name, before the next person named in the sentence.
    const nextName = named[n + 1]?.run.start ?? ctx.tokens.length;
    for (let k = head.end; k < nextName; k += 1) {
      const token = ctx.tokens[k];
      if (!token || token.sentence !== sentence) break;
      const gender = token.depth === 0 ? lang.gender.pronouns[token.normal] : undefined;
      if (gender) {
        vote(key, gender, 1);
        break;
      }
    }
  });
  const genders = new Map<string, GenderSign>();
  for (const [key, score] of votes) {
    const name = registry.full.get(key) ?? bare.get(key);
    if (!name) continue;
    if (score !== 0) {
      genders.set(name, { gender: score > 0 ? "male" : "female", strong: true });
      continue;
    }
    // The first name is the first word that is not a role or title ("Host Linda Marsh" → Linda).
    const words = name.toLowerCase().split(/\s+/);
    const first =
      words.find((word) => !lang.names.personNouns.has(word) && !lang.names.titleWords.has(word)) ??
      "";
    const guess =
      words.length > 1 && first !== words[words.length - 1] ? firstNameGender(first) : null;
    if (guess) genders.set(name, { gender: guess, strong: false });
  }
  return genders;
}
