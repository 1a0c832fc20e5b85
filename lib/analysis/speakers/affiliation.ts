import { appositiveAffiliation } from "./affiliation-appositive";
import { glue, isRole, tok } from "./affiliation-judge";
import { isPossessiveMark, prefixAffiliation } from "./affiliation-prefix";
import { partyOf } from "./parties";
import { isName, type Phrase } from "./noun-phrases";
import { type QuoteContext } from "../text";
import { lang } from "../lang";

/**
 * A speaker's affiliation as one mention of them states it: the party,
 * organisation, campaign or side written with the name. "Rep. Lee
 * Hart, D-Md." → Democrats; "Sam Ortiz, a spokesman for Senate
 * Democrats" → Senate Democrats; "Varga campaign spokeswoman Ina Kowal" →
 * Varga campaign; "Republican Pat Merle" → Republicans; "lead plaintiff
 * Rosa Imhoff" → plaintiffs; "Jesuit Father Thomas Quill" → Jesuit. Places
 * ("Texas Gov. Ned Ashby") are jurisdictions, not affiliations, and are
 * left out. The appositive after a name is read in `affiliation-appositive`.
 */

/**
 * The affiliation written inside the name run itself, which keeps words that
 * are not titles: "Republican Pat Merle", "Jesuit Father Thomas Quill",
 * "Fox News Host Sean Hannity" (a role noun capitalised as a title).
 */
function insideName(ctx: QuoteContext, head: Phrase): string | null {
  const party = partyOf(tok(ctx, head.start)?.text ?? "");
  if (party && head.end - head.start >= 3) return party;
  for (let i = head.start + 1; i < head.end - 1; i += 1) {
    if (lang.speakers.notInnerTitles.has(tok(ctx, i)?.normal ?? "") || !isRole(ctx, i)) continue;
    const found = prefixAffiliation(ctx, i + 1, head.start);
    if (found) return found;
  }
  return null;
}

/**
 * The affiliation in a description set before the name and a comma: "The
 * plaintiffs’ lawyer, Ben Oduya, said", "Two of the named plaintiffs,
 * June Fal and Rosa Imhoff, attended". Only when the description
 * opens its clause (or is a verb's object) and the names close it: in
 * "Despite pressure from the plaintiffs, Smith said" it describes no one.
 */
function preposed(ctx: QuoteContext, head: Phrase): string | null {
  const skipName = (i: number) => {
    while (isName(ctx, i) || glue(ctx, i)) i -= 1;
    return i;
  };
  let k = skipName(head.start - 1);
  // Names listed before this one: "June Fal and Rosa Imhoff".
  for (let listed = 0; listed < 3; listed += 1) {
    const separator = tok(ctx, k);
    if (!/^(and|,)$/.test(separator?.normal ?? "") || !isName(ctx, k - 1)) break;
    k = skipName(k - 1);
  }
  const last = tok(ctx, k - 1);
  const after = tok(ctx, head.end);
  if (tok(ctx, k)?.text !== "," || !last || !/^\p{Ll}/u.test(last.text)) return null;
  if (after && !/^[,.;:]$/.test(after.text) && after.normal !== "and") return null;
  let start = k - 1;
  for (; start - 1 >= 0; start -= 1) {
    const token = tok(ctx, start - 1);
    if (!token || token.sentence !== last.sentence || token.depth !== last.depth) break;
    const part = /^(NOUN|ADJ|PROPN|NUM)$/.test(token.pos) || isPossessiveMark(ctx, start - 1);
    if (!part && !glue(ctx, start - 1)) break;
  }
  if (tok(ctx, start - 1)?.pos === "DET") start -= 1;
  // "Two of the named plaintiffs": a count before the description.
  if (tok(ctx, start - 1)?.normal === "of" && /^(NUM|PRON)$/.test(tok(ctx, start - 2)?.pos ?? ""))
    start -= 2;
  const opener = tok(ctx, start - 1);
  const opens =
    !opener ||
    opener.sentence !== last.sentence ||
    opener.pos === "VERB" ||
    /^[“"‘(—–:-]$/.test(opener.text);
  return opens ? prefixAffiliation(ctx, k, start) : null;
}

/** The affiliation written with one mention of a person: after the name first, then in and before it. */
export function mentionAffiliation(ctx: QuoteContext, head: Phrase): string | null {
  return (
    appositiveAffiliation(ctx, head.end) ??
    insideName(ctx, head) ??
    prefixAffiliation(ctx, head.start, 0) ??
    preposed(ctx, head)
  );
}

/**
 * The party a group is named by: "all 42 Senate Republicans", "Close to three dozen House
 * Democrats", "the Republican caucus". Only a party word among the head's own modifiers counts
 * ("critics of the Republican plan" are not Republicans).
 */
export function groupAffiliation(ctx: QuoteContext, phrase: Phrase): string | null {
  const last = phrase.end - 1;
  const head = tok(ctx, last);
  if (!head) return null;
  const own = partyOf(head.text);
  if (own) return own;
  if (!(isRole(ctx, last) || lang.names.organisationWords.has(head.normal))) return null;
  for (let i = last - 1; i >= phrase.start; i -= 1) {
    const token = tok(ctx, i);
    if (!token) break;
    const party = partyOf(token.text);
    if (party) return party;
    if (!/^(ADJ|PROPN|NOUN|NUM)$/.test(token.pos)) break;
  }
  return null;
}
