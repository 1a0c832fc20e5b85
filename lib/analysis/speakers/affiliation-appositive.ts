import { glue, isAcronym, isPlace, judge, onlyChamber, tok } from "./affiliation-judge";
import { prefixAffiliation, sideOf } from "./affiliation-prefix";
import { PARTY_TAG, partyOf } from "./parties";
import { isName } from "./noun-phrases";
import { isPlaceWord, type QuoteContext } from "../text";
import { placeQualifier } from "./place-qualifier";
import { lang } from "../lang";

/**
 * The affiliation in the words after a name: a party tag ("(D-Nev.)"), "of
 * ORGANISATION", or a description set off by a comma (", a spokesman for
 * the Varga campaign", ", one of the plaintiffs", ", a Catholic") or
 * following "is" when the name opens the sentence ("Quill is a senior
 * fellow at the Riverside Policy Center").
 */

/** End (exclusive) of a description starting at `from`: ", president of the Joplin, Mo., chapter of the Renters League,". */
function descriptionEnd(ctx: QuoteContext, from: number): number {
  const level = tok(ctx, from)?.depth ?? 0;
  let i = from;
  while (i < from + 24) {
    const token = tok(ctx, i);
    if (!token || token.depth !== level) break;
    if (token.text === ",") {
      // A state or country set off by commas stays inside: ", Mo., branch", ", Ohio, chapter";
      // the description ends after it when what follows is not more of it (", Ill., at a rally").
      const place = placeQualifier(ctx, i);
      if (place?.continues) {
        i = place.end + 1;
        continue;
      }
      if (place) i = place.end;
      break;
    }
    if (/^[.;:!?()“”"]$/.test(token.text)) break;
    // A verb ends it, unless it is a word of a name ("the National Alliance to Protect Rural Water").
    if ((token.pos === "VERB" || token.pos === "AUX") && !isName(ctx, i)) break;
    if (token.pos === "PRON" && /^(who|which|that)$/.test(token.normal)) break;
    i += 1;
  }
  return i;
}

/**
 * What follows "of", "for", "at" … in a description, as written: "the Hale
 * Institute", "New Path" (from "centrist think tank New Path"), "Ms. Dorsey";
 * a side ("a lawyer for the plaintiffs"); null without a name, for a place
 * or a legislature ("a former speaker of the House").
 */
function linkObject(ctx: QuoteContext, start: number, to: number): string | null {
  let stop = to;
  for (let i = start; i + 1 < stop; i += 1) {
    const token = tok(ctx, i);
    const after = tok(ctx, i + 1);
    // "the City Review and a leading voice of …": a second description is not part of the name.
    const second =
      token?.normal === "and" &&
      after !== undefined &&
      (after.pos === "DET" || after.pos === "NUM" || after.normal === "one");
    // "the Coca-Cola plant in Pittsburg": where the place is, not part of the name.
    const where = token?.normal === "in" && i > start && isName(ctx, i + 1);
    if (second || where) stop = i;
  }
  const loose = (i: number) =>
    /^\p{P}$/u.test(tok(ctx, i)?.text ?? "") ||
    /^(ADP|DET|CCONJ|PART)$/.test(tok(ctx, i)?.pos ?? "");
  while (stop > start && loose(stop - 1)) stop -= 1;
  if (stop <= start) return null;
  const side = sideOf(ctx, stop - 1);
  if (side) return side;
  const names = [...Array(stop - start).keys()].map((k) => start + k).filter((i) => isName(ctx, i));
  const firstName = names[0];
  if (firstName === undefined) return null;
  // "centrist think tank New Path", "staff to President Ana Ruiz": plain words before the name describe it.
  const opener = tok(ctx, start);
  if (opener && /^\p{Ll}/u.test(opener.text) && opener.pos !== "DET") start = firstName;
  const first = tok(ctx, start);
  const lastWord = tok(ctx, stop - 1);
  if (!first || !lastWord || onlyChamber(ctx, start, stop)) return null;
  if (stop - start === 1 && isPlaceWord(first.normal)) return null;
  return ctx.text.slice(first.start, lastWord.end);
}

/** "one of the plaintiffs", "two of the organizers": the description after the count. */
function afterCount(ctx: QuoteContext, from: number): number {
  const count = tok(ctx, from);
  const of = tok(ctx, from + 1);
  const counts = count?.normal === "one" || count?.pos === "NUM" || count?.normal === "some";
  return counts && of?.normal === "of" ? from + 2 : from;
}

/**
 * A lone capitalised word heading a description names a group the person
 * belongs to: "a Catholic", "a Methodist", "a Jesuit and scholar". Not a
 * place or its people ("a Texan"), a title or a name of a person.
 */
function groupWord(ctx: QuoteContext, from: number, to: number): string | null {
  let i = from;
  if (tok(ctx, i)?.pos === "DET") i += 1;
  const token = tok(ctx, i);
  const next = tok(ctx, i + 1);
  if (!token || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || i >= to) return null;
  if (i + 1 < to && next?.normal !== "and") return null;
  if (isPlace(token.normal) || lang.names.titleWords.has(token.normal)) return null;
  if (lang.names.organisationWords.has(token.normal)) return null;
  return token.text;
}

/** The affiliation in a description that starts at token `from` (", a spokesman for …", "is a member of …"). */
export function describedAffiliation(ctx: QuoteContext, from: number): string | null {
  // A description describes: "a spokesman", "the chairman", "Democrat of", "two-term House member";
  // a name after the comma starts the next clause ("In response to Mr. Varga, House Republicans said").
  const opener = tok(ctx, from);
  const describing =
    opener !== undefined &&
    (opener.pos === "DET" ||
      opener.pos === "NUM" ||
      opener.pos === "ADJ" ||
      opener.normal === "one" ||
      partyOf(opener.text) !== null ||
      (opener.pos === "NOUN" && /^\p{Ll}/u.test(opener.text)));
  if (!describing) return null;
  const to = descriptionEnd(ctx, from);
  const head = afterCount(ctx, from);
  for (let i = head; i < to; i += 1) {
    const token = tok(ctx, i);
    if (!token) break;
    // "Democrat of Pennsylvania", "the Republican chairman of …": a party word in the description's head.
    const party = partyOf(token.text);
    if (party) return party;
    // "the lead plaintiff in the case", "one of the plaintiffs".
    const side = sideOf(ctx, i);
    if (side) return side;
    if (!lang.affiliation.rolePrepositions.has(token.normal)) continue;
    // "an outspoken critic of President Varga", "the wife of Sen. Hill": no side taken.
    if (lang.affiliation.unaffiliatedLinks.has(tok(ctx, i - 1)?.normal ?? "")) return null;
    if (i > head) {
      const object = linkObject(ctx, i + 1, to);
      if (object) return object;
    }
    break;
  }
  return groupWord(ctx, head, to) ?? (to > head ? prefixAffiliation(ctx, to, head) : null);
}

/** "Ray Simms of the Hale Institute", not "Lena Dorsey of Nevada": an organisation named after "of". */
function ofOrganisation(ctx: QuoteContext, end: number): string | null {
  let start = end + 1;
  if (tok(ctx, start)?.pos === "DET") start += 1;
  let stop = start;
  const inside = (i: number) =>
    /^(of|for)$/.test(tok(ctx, i)?.normal ?? "") && isName(ctx, i - 1) && isName(ctx, i + 1);
  const sentence = tok(ctx, end)?.sentence;
  while (
    tok(ctx, stop)?.sentence === sentence &&
    (isName(ctx, stop) || glue(ctx, stop) || inside(stop))
  )
    stop += 1;
  const named = stop > start ? judge(ctx, start, stop) : null;
  const organisation = [...Array(stop - start).keys()].some((k) => {
    const token = tok(ctx, start + k);
    return (
      token !== undefined &&
      (lang.names.organisationWords.has(token.normal) || isAcronym(token.text))
    );
  });
  return named && organisation
    ? ctx.text.slice(tok(ctx, end + 1)?.start ?? 0, tok(ctx, stop - 1)?.end ?? 0)
    : null;
}

/** The affiliation in the words right after a name ending at `end`: a party tag, "of ORGANISATION", or an appositive. */
export function appositiveAffiliation(ctx: QuoteContext, end: number): string | null {
  const last = tok(ctx, end - 1);
  const next = tok(ctx, end);
  if (!last) return null;
  const tag = PARTY_TAG.exec(ctx.text.slice(last.end, last.end + 16));
  if (tag) return lang.affiliation.partyLetters[tag[1] ?? ""] ?? null;
  if (!next || next.depth !== last.depth) return null;
  if (next.normal === "of") return ofOrganisation(ctx, end);
  return next.text === "," ? describedAffiliation(ctx, end + 1) : null;
}

/**
 * The affiliation stated by "NAME is a …" when the name opens its sentence:
 * "Quill is a senior fellow at the Riverside Policy Center", "Ashby is
 * a Methodist", "Imhoff is one of the plaintiffs".
 */
export function predicateAffiliation(ctx: QuoteContext, start: number, end: number): string | null {
  const first = tok(ctx, start);
  const before = tok(ctx, start - 1);
  if (!first || first.depth !== 0) return null;
  const opens =
    !before ||
    before.sentence !== first.sentence ||
    (before.pos === "CCONJ" && tok(ctx, start - 2)?.sentence !== first.sentence);
  if (!opens) return null;
  let i = end;
  if (!/^(is|was)$/.test(tok(ctx, i)?.normal ?? "")) return null;
  i += 1;
  while (lang.affiliation.appositiveAdverbs.has(tok(ctx, i)?.normal ?? "")) i += 1;
  const opener = tok(ctx, i);
  if (!opener || !(opener.pos === "DET" || opener.normal === "one")) return null;
  return describedAffiliation(ctx, i);
}
