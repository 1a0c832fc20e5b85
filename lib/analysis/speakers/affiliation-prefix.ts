import { glue, isRole, judge, tok } from "./affiliation-judge";
import { partyOf } from "./parties";
import { isName } from "./noun-phrases";
import { type QuoteContext } from "../text";
import { lang } from "../lang";

/**
 * The affiliation written before a role noun: "Varga campaign spokeswoman",
 * "ACLU President", "GOP Rep.", "the lead plaintiff", "the plaintiffs'
 * lawyer". The role noun is what makes the words before it a description of
 * the person rather than of something else.
 */

/** The side a word names ("plaintiffs" for "plaintiff", "Plaintiffs"), or null. */
export const sideOf = (ctx: QuoteContext, i: number): string | null =>
  lang.affiliation.sideNouns[tok(ctx, i)?.normal ?? ""] ?? null;

/** A possessive ending standing as its own token: "’s", "'" ("the plaintiffs’ lawyer"). */
export const isPossessiveMark = (ctx: QuoteContext, i: number) =>
  /^['’]s?$/.test(tok(ctx, i)?.text ?? "");

/**
 * The affiliation in the words before a role noun that ends at `end`:
 * "Varga campaign spokeswoman", "ACLU President", "GOP Rep.", "a Kerr
 * campaign aide", "the Democratic staffer", "the lead plaintiff", "the
 * plaintiffs' lawyer". Null without a role noun.
 */
export function prefixAffiliation(ctx: QuoteContext, end: number, floor: number): string | null {
  const anchor = tok(ctx, end - 1);
  if (!anchor) return null;
  const same = (i: number) => {
    const token = tok(ctx, i);
    return (
      i >= floor &&
      token !== undefined &&
      token.sentence === anchor.sentence &&
      token.depth === anchor.depth
    );
  };
  let k = end - 1;
  let role = false;
  let side: string | null = null;
  // The title block: role nouns, honorifics and plain adjectives ("current campaign press secretary").
  for (; same(k); k -= 1) {
    const token = tok(ctx, k);
    // "the Republican staffer": a party word before the role is the affiliation, not part of the title.
    if (k < end - 1 && partyOf(token?.text ?? "") !== null) break;
    if (isRole(ctx, k) || sideOf(ctx, k)) {
      role = true;
      side ??= sideOf(ctx, k);
    } else if (!(token?.pos === "ADJ" && /^\p{Ll}/u.test(token.text))) break;
  }
  if (!role) return null;
  // A side named by the role itself ("lead plaintiff") or by whom it serves ("the plaintiffs’ lawyer").
  if (side) return side;
  if (isPossessiveMark(ctx, k) && same(k - 1) && sideOf(ctx, k - 1)) return sideOf(ctx, k - 1);
  const right = k + 1;
  for (; same(k); k -= 1) {
    const token = tok(ctx, k);
    if (!token) break;
    // "National Organization for Women President …": "of" and "for" inside a name.
    const inside = /^(of|for)$/.test(token.normal) && isName(ctx, k - 1) && isName(ctx, k + 1);
    const modifier =
      isName(ctx, k) ||
      glue(ctx, k) ||
      inside ||
      lang.names.organisationWords.has(token.normal) ||
      token.pos === "ADJ" ||
      (token.pos === "PART" && /^['’]s$/.test(token.text));
    if (!modifier) break;
  }
  return judge(ctx, k + 1, right);
}
