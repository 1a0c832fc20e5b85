import { glue, isPlace, tok } from "./affiliation-judge";
import { partyOf } from "./parties";
import { isName, type Phrase } from "./noun-phrases";
import { type QuoteContext } from "../text";
import { isDocument, sameDocument } from "./documents";
import { lang } from "../lang";

/**
 * Who signed or sent a document that is quoted with no single owner ("the
 * letter states …"), as the article says: "a letter signed by nearly 60
 * nurses and orderlies at Lakeview", "the letter, which the ward nurses
 * sent", "the 31 members of the county's Republican caucus sent a
 * letter". The quote's speaker stays the document; the signers are its
 * affiliation: their party when the article names one, else their
 * description without the count ("nurses and orderlies at Lakeview").
 */

/** How far back an earlier mention of the same document may be. */
const BACK = 200;
/** How far from the document noun its signers may be written. */
const NEAR = 12;

const stops = (ctx: QuoteContext, i: number, from: number) => {
  const token = tok(ctx, i);
  const origin = tok(ctx, from);
  return (
    !token ||
    !origin ||
    token.depth !== 0 ||
    token.sentence !== origin.sentence ||
    /^[;:!?“”"]$/.test(token.text)
  );
};

/** The signers' words starting at token i, count stripped: "teachers and nurses at Lakeside". */
function signersAt(ctx: QuoteContext, i: number): Phrase | null {
  let start = i;
  while (start < i + 8) {
    const token = tok(ctx, start);
    if (!token) break;
    // "a group of", "dozens of": a collective only before "of" ("the group sent" names the signers).
    const collective =
      lang.speakers.collectives.has(token.normal) && tok(ctx, start + 1)?.normal === "of";
    if (!(
      token.pos === "DET" ||
      token.pos === "NUM" ||
      lang.speakers.countWords.has(token.normal) ||
      collective
    ))
      break;
    start += 1;
  }
  let end = start;
  let last = -1;
  while (end < start + NEAR && !stops(ctx, end, i)) {
    const token = tok(ctx, end);
    if (!token) break;
    const next = tok(ctx, end + 1);
    const nextNamed = isName(ctx, end + 1) || (next?.pos === "DET" && isName(ctx, end + 2));
    if (token.pos === "NOUN" || isName(ctx, end)) last = end;
    else if (token.pos === "ADJ" || token.normal === "and" || glue(ctx, end)) {
      // adjectives and coordination continue the phrase
    } else if (/^(of|at|from|with|in)$/.test(token.normal) && nextNamed) {
      if (next?.pos === "DET") end += 1;
    } else break;
    end += 1;
  }
  return last >= start ? { start, end: last + 1 } : null;
}

/** The signers as an affiliation: their party when written ("the Republican caucus"), else the words. */
function asAffiliation(ctx: QuoteContext, signers: Phrase): string | null {
  for (let i = signers.start; i < signers.end; i += 1) {
    const party = partyOf(tok(ctx, i)?.text ?? "");
    if (party) return party;
  }
  const first = tok(ctx, signers.start);
  const last = tok(ctx, signers.end - 1);
  if (!first || !last) return null;
  const text = ctx.text.slice(first.start, last.end);
  return isPlace(text.toLowerCase()) ? null : text;
}

const publishes = (ctx: QuoteContext, i: number) => {
  const token = tok(ctx, i);
  return token?.pos === "VERB" && lang.speech.publishVerbs.has(token.lemma);
};

/** Signers written after the document noun at d: "signed by X", "released Tuesday by X", ", which X sent". */
function signersAfter(ctx: QuoteContext, d: number): Phrase | null {
  let relative = d + 1;
  if (tok(ctx, relative)?.text === ",") relative += 1;
  if (/^(which|that)$/.test(tok(ctx, relative)?.normal ?? "")) {
    const signers = signersAt(ctx, relative + 1);
    if (signers && publishes(ctx, signers.end)) return signers;
  }
  let verb = false;
  for (let j = d + 1; j < d + NEAR && !stops(ctx, j, d); j += 1) {
    if (tok(ctx, j)?.text === ",") break;
    if (publishes(ctx, j)) verb = true;
    else if (verb && tok(ctx, j)?.normal === "by") return signersAt(ctx, j + 1);
  }
  return null;
}

/** Signers written before the document noun at d as the subject of a publishing verb: "X has sent Kerr a letter". */
function signersBefore(ctx: QuoteContext, d: number): Phrase | null {
  for (let v = d - 1; v > d - NEAR && !stops(ctx, v, d); v -= 1) {
    if (!publishes(ctx, v)) continue;
    let j = v - 1;
    while (/^(AUX|ADV)$/.test(tok(ctx, j)?.pos ?? "")) j -= 1;
    // Back to the start of the clause: the subject, however long ("A group of nearly 90 professors …, has sent").
    let start = j;
    while (start - 1 >= 0 && !stops(ctx, start - 1, d)) {
      const token = tok(ctx, start - 1);
      if (!token || token.sentence !== tok(ctx, j)?.sentence) break;
      // "professors connected to the school": a participle between a noun and a preposition modifies it.
      const participle =
        token.pos === "VERB" &&
        ((tok(ctx, start - 2)?.pos === "NOUN" && tok(ctx, start)?.pos === "ADP") ||
          glue(ctx, start - 2));
      if (/^(VERB|AUX|SCONJ|PRON)$/.test(token.pos) && !isName(ctx, start - 1) && !participle)
        break;
      start -= 1;
    }
    const signers = signersAt(ctx, start);
    return signers && signers.end <= v ? signers : null;
  }
  return null;
}

/** The affiliation of a document speaker with no owner: who signed or sent it, by this or an earlier mention. */
export function signerAffiliation(ctx: QuoteContext, subject: Phrase): string | null {
  const head = tok(ctx, subject.end - 1);
  if (!head || !isDocument(ctx, subject.end - 1)) return null;
  const own = signersAfter(ctx, subject.end - 1);
  if (own) return asAffiliation(ctx, own);
  for (let d = subject.start - 1; d >= Math.max(0, subject.start - BACK); d -= 1) {
    const token = tok(ctx, d);
    if (!token || token.depth !== 0 || !sameDocument(token.lemma, head.lemma)) continue;
    const signers = signersAfter(ctx, d) ?? signersBefore(ctx, d);
    if (signers) return asAffiliation(ctx, signers);
  }
  return null;
}
