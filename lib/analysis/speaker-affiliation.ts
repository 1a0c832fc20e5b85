import { ORGANISATION_WORDS, PERSON_NOUNS, PLACE_WORDS, TITLE_WORDS } from "./name-words";
import { isName, type Phrase } from "./noun-phrases";
import type { QuoteContext } from "./quote-context";
import { isPlaceWord } from "./speaker-gender";
import type { PersonRegistry } from "./speaker-names";

/**
 * A speaker's affiliation as the article states it: the party, organisation
 * or campaign written with the name. "Rep. Elijah Cummings, D-Md." →
 * Democrats; "Jim Manley, a spokesman for Senate Democrats" → Senate
 * Democrats; "Obama campaign spokeswoman Lis Smith" → Obama campaign;
 * "Roger Pilon of the Cato Institute" → the Cato Institute. Places ("Texas
 * Gov. Rick Perry") are jurisdictions, not affiliations, and are left out.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** Party words, as the name of the party's members. */
const PARTIES: Readonly<Record<string, string>> = {
  democrat: "Democrats",
  democrats: "Democrats",
  democratic: "Democrats",
  republican: "Republicans",
  republicans: "Republicans",
  gop: "Republicans",
};

/** Party letters of the "(D-Md.)", ", R-Wis.," convention. */
const PARTY_LETTERS: Readonly<Record<string, string>> = {
  D: "Democrats",
  R: "Republicans",
  I: "Independents",
};
const PARTY_TAG = /^\s*[,(]\s*([DRI])(?:\s*-\s*[A-Z][A-Za-z.]*|\s*\))/;

/** Prepositions that link a role to whom it serves: "a spokesman for", "director of", "an aide to". */
const LINKS = new Set(["for", "of", "at", "with", "to"]);
/** Endings of nouns for people by what they do: "worker", "activist", "historian", "staffer". */
const ROLE_ENDING = /(?:man|woman|person|er|or|ist|ian|ant|ent|ee|ive|ary)$/;

/** True for a noun naming a person by role: "spokeswoman", "aide", "activist", "Chair". */
function isRole(ctx: QuoteContext, i: number): boolean {
  const token = tok(ctx, i);
  if (!token) return false;
  if (PERSON_NOUNS.has(token.normal) || TITLE_WORDS.has(token.normal)) return true;
  if (ORGANISATION_WORDS.has(token.normal)) return false;
  const singular = token.normal.replace(/s$/, "");
  return token.pos === "NOUN" && /^\p{Ll}/u.test(token.text) && ROLE_ENDING.test(singular);
}

/** A hyphen or dot glued on both sides ("Wal-Mart"). */
function glue(ctx: QuoteContext, i: number): boolean {
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

const isAcronym = (text: string) =>
  /^[A-Z][A-Z.&]+$/.test(text) && text.replace(/[^A-Z]/g, "").length >= 2;

/** True for a place or its people, one word ("texas", "iraqi") or the whole phrase ("north carolina"). */
function isPlace(words: string): boolean {
  return PLACE_WORDS.has(words) || isPlaceWord(words);
}

/**
 * What a run of modifier tokens [l, r) says: a party ("Democratic", "GOP"),
 * an organisation ("Obama campaign", "NAACP", "White House") or a named
 * employer ("Wal-Mart"); null for places, titles and common words.
 */
function judge(ctx: QuoteContext, l: number, r: number): string | null {
  const edge = (i: number) => {
    const token = tok(ctx, i);
    if (!token) return false;
    const party = PARTIES[token.normal] !== undefined;
    return (
      (token.pos === "ADJ" && !party) ||
      token.pos === "DET" ||
      token.pos === "PART" ||
      glue(ctx, i) ||
      token.pos === "ADP"
    );
  };
  while (l < r && edge(l)) l += 1;
  while (r > l && edge(r - 1)) r -= 1;
  if (l >= r) return null;
  let organisation = false;
  let names = true;
  let capital = false;
  let party: string | null = null;
  for (let i = l; i < r; i += 1) {
    const token = tok(ctx, i);
    if (!token) return null;
    if (/^\p{Lu}/u.test(token.text)) capital = true;
    if (PARTIES[token.normal] && /^\p{Lu}/u.test(token.text)) party = PARTIES[token.normal] ?? null;
    else if (ORGANISATION_WORDS.has(token.normal) || isAcronym(token.text)) organisation = true;
    const linked = token.pos === "ADP" || glue(ctx, i);
    if (!(isName(ctx, i) || linked) || TITLE_WORDS.has(token.normal) || isPlace(token.normal))
      names = false;
  }
  const first = tok(ctx, l);
  const last = tok(ctx, r - 1);
  if (!first || !last || !capital) return null;
  // "Republican National Committee" is the committee; "Democratic Illinois" and "GOP" are the party.
  if (party && !organisation) return party;
  const text = ctx.text.slice(first.start, last.end);
  if (!organisation && !(names && !isPlace(text.toLowerCase()))) return null;
  return text;
}

/**
 * The affiliation in the words before a role noun that ends at `end`:
 * "Obama campaign spokeswoman", "NAACP President", "GOP Rep.", "a Romney
 * campaign aide", "the Democratic staffer". Null without a role noun.
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
  // The title block: role nouns, honorifics and plain adjectives ("current campaign press secretary").
  for (; same(k); k -= 1) {
    const token = tok(ctx, k);
    // "the Republican staffer": a party word before the role is the affiliation, not part of the title.
    if (k < end - 1 && PARTIES[token?.normal ?? ""] !== undefined) break;
    if (isRole(ctx, k)) role = true;
    else if (!(token?.pos === "ADJ" && /^\p{Ll}/u.test(token.text))) break;
  }
  if (!role) return null;
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
      ORGANISATION_WORDS.has(token.normal) ||
      token.pos === "ADJ" ||
      (token.pos === "PART" && /^['’]s$/.test(token.text));
    if (!modifier) break;
  }
  return judge(ctx, k + 1, right);
}

/** End (exclusive) of an appositive starting at `from`: ", president of the Kansas City, Mo., branch of the NAACP,". */
function appositiveEnd(ctx: QuoteContext, from: number): number {
  const level = tok(ctx, from)?.depth ?? 0;
  let i = from;
  while (i < from + 24) {
    const token = tok(ctx, i);
    if (!token || token.depth !== level) break;
    if (token.text === ",") {
      // A state or country (or its abbreviation) set off by commas stays inside: ", Mo., branch", ", Ohio, chapter".
      const next = tok(ctx, i + 1);
      const place =
        next !== undefined &&
        (/^\p{Lu}[\p{L}.]{0,6}\.$/u.test(next.text) ||
          (/^\p{Lu}/u.test(next.text) && isPlace(next.normal)));
      if (place && tok(ctx, i + 2)?.text === ",") {
        i += 3;
        continue;
      }
      break;
    }
    if (/^[.;:!?()“”"]$/.test(token.text) || token.pos === "VERB" || token.pos === "AUX") break;
    if (token.pos === "PRON" && /^(who|which|that)$/.test(token.normal)) break;
    i += 1;
  }
  return i;
}

/** The affiliation in the words after a name: a party tag, "of ORGANISATION", or an appositive. */
export function suffixAffiliation(ctx: QuoteContext, end: number): string | null {
  const last = tok(ctx, end - 1);
  const next = tok(ctx, end);
  if (!last) return null;
  const tag = PARTY_TAG.exec(ctx.text.slice(last.end, last.end + 16));
  if (tag) return PARTY_LETTERS[tag[1] ?? ""] ?? null;
  if (!next || next.depth !== last.depth) return null;
  if (next.normal === "of") {
    // "Roger Pilon of the Cato Institute", not "Harry Reid of Nevada".
    let start = end + 1;
    if (tok(ctx, start)?.pos === "DET") start += 1;
    let stop = start;
    const inside = (i: number) =>
      /^(of|for)$/.test(tok(ctx, i)?.normal ?? "") && isName(ctx, i - 1) && isName(ctx, i + 1);
    while (isName(ctx, stop) || glue(ctx, stop) || inside(stop)) stop += 1;
    const named = stop > start ? judge(ctx, start, stop) : null;
    const organisation = [...Array(stop - start).keys()].some((k) => {
      const token = tok(ctx, start + k);
      return token !== undefined && (ORGANISATION_WORDS.has(token.normal) || isAcronym(token.text));
    });
    return named && organisation
      ? ctx.text.slice(tok(ctx, end + 1)?.start ?? 0, tok(ctx, stop - 1)?.end ?? 0)
      : null;
  }
  if (next.text !== ",") return null;
  const from = end + 1;
  // An appositive describes: "a spokesman", "the chairman", "Democrat of", "two-term House member";
  // a name after the comma starts the next clause ("In response to Mr. Obama, House Republicans said").
  const opener = tok(ctx, from);
  const describing =
    opener !== undefined &&
    (opener.pos === "DET" ||
      opener.pos === "NUM" ||
      opener.pos === "ADJ" ||
      opener.normal === "one" ||
      PARTIES[opener.normal] !== undefined ||
      (opener.pos === "NOUN" && /^\p{Ll}/u.test(opener.text)));
  if (!describing) return null;
  const to = appositiveEnd(ctx, from);
  let link = -1;
  for (let i = from; i < to; i += 1) {
    const token = tok(ctx, i);
    if (!token) break;
    if (LINKS.has(token.normal)) {
      link = i;
      break;
    }
    // "Democrat of Pennsylvania", "the Republican chairman of …": a party word in the appositive's head.
    const party = PARTIES[token.normal];
    if (party && /^\p{Lu}/u.test(token.text)) return party;
  }
  if (link > from) {
    const start = link + 1;
    let stop = to;
    // "the Weekly Standard and a leading voice of …": a second description is not part of the name.
    for (let i = start; i + 1 < stop; i += 1) {
      const after = tok(ctx, i + 1);
      if (
        tok(ctx, i)?.normal === "and" &&
        after &&
        (after.pos === "DET" || after.pos === "NUM" || after.normal === "one")
      )
        stop = i;
    }
    const loose = (i: number) =>
      /^\p{P}$/u.test(tok(ctx, i)?.text ?? "") ||
      /^(ADP|DET|CCONJ|PART)$/.test(tok(ctx, i)?.pos ?? "");
    while (stop > start && loose(stop - 1)) stop -= 1;
    const hasName = [...Array(Math.max(0, stop - start)).keys()].some((k) =>
      isName(ctx, start + k),
    );
    const first = tok(ctx, start);
    const lastWord = tok(ctx, stop - 1);
    const place = stop - start === 1 && isPlaceWord(first?.normal ?? "");
    if (hasName && first && lastWord && !place) return ctx.text.slice(first.start, lastWord.end);
  }
  return to > from ? prefixAffiliation(ctx, to, from) : null;
}

/** The affiliation written with one mention of a person: after the name first, then before it. */
export function mentionAffiliation(ctx: QuoteContext, head: Phrase): string | null {
  return suffixAffiliation(ctx, head.end) ?? prefixAffiliation(ctx, head.start, 0);
}

/**
 * Each named person's affiliation, by full name (as the registry spells it):
 * the first one the article states at any mention outside quotes, so that
 * "Cummings said" later in the article still knows "Rep. Elijah Cummings, D-Md.".
 */
export function buildAffiliations(
  ctx: QuoteContext,
  registry: PersonRegistry,
): Map<string, string> {
  const affiliations = new Map<string, string>();
  for (const { head } of registry.named) {
    const name = registry.full.get(tok(ctx, head.end - 1)?.normal ?? "");
    if (!name || affiliations.has(name) || tok(ctx, head.start)?.depth !== 0) continue;
    const affiliation = mentionAffiliation(ctx, head);
    if (affiliation) affiliations.set(name, affiliation);
  }
  return affiliations;
}
