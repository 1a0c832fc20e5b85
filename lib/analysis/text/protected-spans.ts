/**
 * Two kinds of span wink-nlp reads badly, rewritten before it reads them and restored after, with
 * every offset kept (each rewrite has the same length as what it replaces):
 *
 * - A run of characters with no space longer than LONG_RUN (a pasted base64 image, a long URL, a
 *   row of dashes): wink's abbreviation check takes time quadratic in a token's length (100,000
 *   characters took 9 s). The run is read as one short placeholder word padded with spaces, then
 *   restored as one token.
 * - A prefix joined by a hyphen to an abbreviation with full stops ("anti-U.S.", "pro-E.U.",
 *   "non-U.N."): wink splits "anti-U." from "S." and ends a sentence there. The hyphen is read as
 *   a space, so the abbreviation is whole, and the two tokens are joined again. The prefix is a
 *   word of two letters or more.
 * - A party tag with a state abbreviation ("D-N.Y.", "R-Fla."): wink does not know the state's
 *   full stop for an abbreviation's after a hyphen, and ends the sentence inside or after the tag
 *   ("Sen. Hale (D-N." / "Y.) said …", "Sen. Ruiz (R-Fla.)" / "said …"). The hyphen is read as a
 *   space, so the state is read as an abbreviation, and a hyphen token is put back between the
 *   letter and the state: "(", "R", "-", "Fla.", ")".
 */
export const LONG_RUN = 128;

const LONG = new RegExp(`[^\\s]{${LONG_RUN + 1},}`, "gu");
const PREFIXED_ABBREVIATION = /(?<![\p{L}\p{N}])\p{L}\p{Ll}+-(?=(?:\p{Lu}\.){2,})/gu;
/** A party letter after "(" or ", ", a hyphen, then a state abbreviation: "(D-Calif.)", ", R-N.Y.,". */
const PARTY_ABBREVIATION = /(?<=(?:\(|,\s))\p{Lu}-(?=\p{Lu}[\p{L}.]{0,5}\.)/gu;
const PLACEHOLDER = "x";

export interface Protected {
  /** The text wink reads: the same length as the original. */
  text: string;
  /** Start offset → length of each long run replaced by a placeholder. */
  longRuns: Map<number, number>;
  /** Offsets of hyphens read as spaces, whose neighbouring tokens are joined back into one. */
  joins: Set<number>;
  /** Offsets of hyphens read as spaces, put back as tokens of their own (party tags). */
  hyphens: Set<number>;
}

/**
 * True when some run of characters other than ASCII white space is longer than LONG_RUN UTF-16
 * units: a bound on what LONG can find (its runs count code points, one or two units each, and stop
 * at every white space), so texts without one, nearly all, skip that regular expression, which
 * walks each word again from every letter (the costliest one in reading an article).
 */
function mayHaveLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) run = 0;
    else if (++run > LONG_RUN) return true;
  }
  return false;
}

/**
 * True when some hyphen is followed by a full stop at most eight UTF-16 units later, as it is in
 * every match of PREFIXED_ABBREVIATION (a capital, of one or two units, then a full stop) and of
 * PARTY_ABBREVIATION (a state of at most six letters and stops, then one): texts without one skip
 * those regular expressions.
 */
function mayHaveAbbreviation(text: string): boolean {
  for (let i = text.indexOf("-"); i >= 0; i = text.indexOf("-", i + 1)) {
    const stop = text.indexOf(".", i + 2);
    if (stop >= 0 && stop <= i + 8) return true;
  }
  return false;
}

export function protectSpans(text: string): Protected {
  const longRuns = new Map<number, number>();
  const joins = new Set<number>();
  const hyphens = new Set<number>();
  let out = text;
  if (text.length > LONG_RUN && mayHaveLongRun(text)) {
    out = out.replace(LONG, (run, offset: number) => {
      longRuns.set(offset, run.length);
      return PLACEHOLDER + " ".repeat(run.length - PLACEHOLDER.length);
    });
  }
  if (mayHaveAbbreviation(out)) {
    out = out.replace(PREFIXED_ABBREVIATION, (prefix: string, offset: number) => {
      joins.add(offset + prefix.length - 1);
      return `${prefix.slice(0, -1)} `;
    });
    out = out.replace(PARTY_ABBREVIATION, (tag: string, offset: number) => {
      hyphens.add(offset + 1);
      return `${tag.slice(0, -1)} `;
    });
  }
  return { text: out, longRuns, joins, hyphens };
}
