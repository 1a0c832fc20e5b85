import { partyOf } from "./parties";
import { isName } from "./noun-phrases";
import { exactLexiconTags, isPlaceWord, type QuoteContext } from "../text";
import { anyOf, lang } from "../lang";

/**
 * What a run of words written with a name says about whose side the person
 * is on: a party ("Democratic", "GOP"), an organisation ("Varga campaign",
 * "ACLU", "White House") or a named employer ("Coca-Cola"); nothing for
 * places, offices and common words.
 */

export const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** Endings of nouns for people by what they do: "worker", "activist", "historian", "staffer". */
const ROLE_ENDING = new RegExp(`(?:${anyOf(lang.speakers.roleEndings)})$`);

/** True for a noun naming a person by role: "spokeswoman", "aide", "activist", "Chair", "plaintiff". */
export function isRole(ctx: QuoteContext, i: number): boolean {
  const token = tok(ctx, i);
  if (!token) return false;
  if (lang.names.personNouns.has(token.normal) || lang.names.titleWords.has(token.normal))
    return true;
  if (lang.names.organisationWords.has(token.normal)) return false;
  const singular = token.normal.replace(/s$/, "");
  return (
    token.pos === "NOUN" &&
    /^\p{Ll}/u.test(token.text) &&
    (ROLE_ENDING.test(singular) || lang.speakers.unsuffixedRoleNouns.has(singular))
  );
}

/** A hyphen or dot glued on both sides ("Coca-Cola"). */
export function glue(ctx: QuoteContext, i: number): boolean {
  const token = tok(ctx, i);
  const prev = tok(ctx, i - 1);
  const next = tok(ctx, i + 1);
  return (
    token !== undefined &&
    /^[-.&]$/.test(token.text) &&
    prev?.end === token.start &&
    next?.start === token.end
  );
}

export const isAcronym = (text: string) =>
  /^[A-Z][A-Z.&]+$/.test(text) && text.replace(/[^A-Z]/g, "").length >= 2;

/** Places a people's name may come from: "kansan" → kansas, "ohioan" → ohio, "bostonian" → boston. */
function demonymPlaces(word: string): string[] {
  return [
    word.replace(/an$/, "as"),
    word.replace(/an$/, ""),
    word.replace(/n$/, ""),
    word.replace(/ian$/, "a"),
    word.replace(/ian$/, ""),
    word.replace(/er$/, ""),
  ].filter((place) => place !== word && place.length >= 3);
}

/**
 * True for a place or its people, one word ("texas", "freedonian", "kansan") or the
 * whole phrase ("north carolina"); the lexicon lists only some peoples, so a
 * people is also known by its place.
 */
export function isPlace(words: string): boolean {
  if (lang.names.placeWords.has(words) || isPlaceWord(words)) return true;
  return !words.includes(" ") && demonymPlaces(words).some((place) => isPlaceWord(place));
}

/** True when tokens [l, r) only name a legislature or its offices ("House", "U.S. Senate", "Senate Majority"). */
export function onlyChamber(ctx: QuoteContext, l: number, r: number): boolean {
  let legislature = false;
  for (let i = l; i < r; i += 1) {
    const token = tok(ctx, i);
    if (!token) return false;
    if (lang.affiliation.legislatures.has(token.normal)) legislature = true;
    else if (!(
      lang.affiliation.chamberCompanions.has(token.normal) ||
      token.pos === "DET" ||
      glue(ctx, i)
    ))
      return false;
  }
  return legislature;
}

/** Days, which open a modifier run after "said on": "on Friday US Secretary of State …". */

/** Person titles that end an affiliation: "U.S. Secretary of State" is the U.S. and an office. */
const isPersonTitle = (normal: string) =>
  lang.names.titleWords.has(normal) && lang.names.personNouns.has(normal);

/**
 * True for the first word of a sentence that the lexicon knows as a plain
 * adjective: capitalised only by its place ("Outgoing White House adviser",
 * "Fellow Green Party organizer").
 */
function initialAdjective(ctx: QuoteContext, i: number): boolean {
  const token = tok(ctx, i);
  const prev = tok(ctx, i - 1);
  const first = !prev || prev.sentence !== token?.sentence || /^[“"‘(—–-]$/.test(prev.text);
  return (
    token !== undefined &&
    first &&
    partyOf(token.text) === null &&
    exactLexiconTags(token.normal) === "Adjective"
  );
}

function organisationAfter(ctx: QuoteContext, l: number, r: number): boolean {
  for (let i = l; i < r; i += 1)
    if (lang.names.organisationWords.has(tok(ctx, i)?.normal ?? "")) return true;
  return false;
}

/**
 * What a run of modifier tokens [l, r) says: a party ("Democratic", "GOP",
 * "Senate Republican"), an organisation ("Varga campaign", "ACLU", "White
 * House") or a named employer ("Coca-Cola"); null for places, legislatures,
 * titles and common words.
 */
export function judge(ctx: QuoteContext, l: number, r: number): string | null {
  const edge = (i: number) => {
    const token = tok(ctx, i);
    if (!token) return false;
    const party = partyOf(token.text) !== null;
    return (
      (token.pos === "ADJ" && !party) ||
      token.pos === "DET" ||
      token.pos === "PART" ||
      glue(ctx, i) ||
      token.pos === "ADP"
    );
  };
  while (l < r && (edge(l) || lang.time.weekdays.has(tok(ctx, l)?.normal ?? ""))) l += 1;
  for (let i = l; i < r; i += 1) {
    if (isPersonTitle(tok(ctx, i)?.normal ?? "")) {
      r = i;
      break;
    }
  }
  while (r > l && edge(r - 1)) r -= 1;
  if (l >= r) return null;
  let organisation = false;
  let names = true;
  let capital = false;
  let party: string | null = null;
  let partyLast = false;
  for (let i = l; i < r; i += 1) {
    const token = tok(ctx, i);
    if (!token) return null;
    if (/^\p{Lu}/u.test(token.text)) capital = true;
    const stated = partyOf(token.text);
    if (stated) party = stated;
    else if (lang.names.organisationWords.has(token.normal) || isAcronym(token.text))
      organisation = true;
    partyLast = stated !== null;
    const linked = token.pos === "ADP" || glue(ctx, i);
    if (
      !(isName(ctx, i) || linked) ||
      lang.names.titleWords.has(token.normal) ||
      isPlace(token.normal)
    )
      names = false;
  }
  const first = tok(ctx, l);
  const last = tok(ctx, r - 1);
  if (!first || !last || !capital) return null;
  // "Republican National Committee" is the committee; "Democratic Illinois", "GOP" and "Senate Republican" are the party.
  if (party && (!organisation || partyLast)) return party;
  if (onlyChamber(ctx, l, r)) return null;
  // "Outgoing White House": the sentence's first word is capitalised by its place, not as a name,
  // when the rest still names something ("White House" and "City Review" stay whole).
  if (r - l > 1 && initialAdjective(ctx, l) && organisationAfter(ctx, l + 1, r)) {
    const rest = judge(ctx, l + 1, r);
    if (rest) return rest;
  }
  const text = ctx.text.slice(first.start, last.end);
  if (!organisation && !(names && !isPlace(text.toLowerCase()))) return null;
  return text;
}
