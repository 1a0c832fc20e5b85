import { firstNameGender, type QuoteContext } from "../text";
import { phraseText, type PersonRegistry } from "./names";
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

/** The tags of the words before an appositive's role noun (", a former spokeswoman"). */
const APPOSITIVE_WORDS: ReadonlySet<string> = new Set(["DET", "ADJ", "PROPN", "NOUN"]);

/**
 * Gender evidence for every person an article names, by full name (as the
 * registry spells it), and for lone names it never spells out. The article's
 * votes: an honorific or a gendered role noun written with the name (before
 * it, or in an appositive after it) counts three, and each "he"/"she" (his,
 * her …) that first follows the name in its sentence, before another person
 * is named, counts one; mentions of another person with the same surname
 * ("Bill Clinton" where the article's Clinton is Hillary) do not vote. The
 * first name's usual gender counts two. The sign is strong when the article's
 * own votes decide it, weak when the first name does.
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
    const known = registry.full.get(key);
    if (!known) {
      if (head.end - head.start !== 1) return;
      bare.set(key, ctx.tokens[head.start]?.text ?? key);
    }
    // "Bill Clinton" where the article's Clinton is Hillary Clinton: another person, whose pronouns say nothing of hers.
    if (known && head.end - head.start >= 2 && !known.endsWith(phraseText(ctx, head))) return;
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
    // ", a spokeswoman for …": a role noun in an appositive right after the name (not "Ruiz and her husband").
    if (ctx.tokens[head.end]?.text === ",") {
      for (let k = head.end + 1; k < head.end + 4; k += 1) {
        const token = ctx.tokens[k];
        const gender = lang.gender.genderedRoleNouns[token?.normal ?? ""];
        if (gender) vote(key, gender, 3);
        if (!token || gender || !APPOSITIVE_WORDS.has(token.pos)) break;
      }
    }
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
    // The first name is the first word that is not a role or title ("Host Linda Marsh" → Linda).
    const words = name.toLowerCase().split(/\s+/);
    const first =
      words.find((word) => !lang.names.personNouns.has(word) && !lang.names.titleWords.has(word)) ??
      "";
    const guess =
      words.length > 1 && first !== words[words.length - 1] ? firstNameGender(first) : null;
    // The first name weighs two pronouns: a stray "she" or two after "Donald Trump" (“Trump’s
    // ability to deflect attacks, she said”) do not make him a woman. The sign is strong when
    // the article's words decide it, weak when only the first name does.
    const total = score + (guess === "male" ? 2 : guess === "female" ? -2 : 0);
    if (total === 0) continue;
    const gender = total > 0 ? "male" : "female";
    const strong = score !== 0 && score > 0 === total > 0;
    genders.set(name, { gender, strong });
  }
  return genders;
}
