import { isPlaceWord, type QuoteContext } from "../text";
import { lang } from "../lang";

/**
 * A place set off by commas inside a noun phrase, as US style writes a city's
 * state: "the Kansas City, Mo., branch", "mayor of Springfield, Ill., said",
 * "the Dayton, Ohio, chapter". A plain comma ends an appositive or a
 * description; this one does not.
 */
export interface PlaceQualifier {
  /** Index of the token after the place: the closing comma, or the sentence's end. */
  end: number;
  /** True when the phrase goes on after the closing comma ("…, Mo., branch of the ACLU"). */
  continues: boolean;
}

/** A state's abbreviation with its full stop as one token: "Mo.", "Ill.", "Calif.", "N.Y.". */
const ABBREVIATION = /^\p{Lu}[\p{L}.]{0,6}\.$/u;

/** The place qualifier opened by the comma at `comma`, or null when that comma is an ordinary one. */
export function placeQualifier(ctx: QuoteContext, comma: number): PlaceQualifier | null {
  const before = ctx.tokens[comma - 1];
  const at = ctx.tokens[comma];
  const place = ctx.tokens[comma + 1];
  if (!before || at?.text !== "," || !place) return null;
  // Only after a name: "Kansas City, Mo." (not "said, Ill. …").
  if (!/^\p{Lu}/u.test(before.text)) return null;
  const isPlace =
    ABBREVIATION.test(place.text) ||
    (/^\p{Lu}\p{Ll}/u.test(place.text) &&
      (lang.names.placeWords.has(place.normal) || isPlaceWord(place.normal)));
  if (!isPlace) return null;
  const close = ctx.tokens[comma + 2];
  if (!close || /^[.!?;:]$/.test(close.text) || close.sentence !== place.sentence)
    return { end: comma + 2, continues: false };
  if (close.text !== ",") return null;
  const next = ctx.tokens[comma + 3];
  const continues =
    next !== undefined && /^\p{Ll}/u.test(next.text) && (next.pos === "NOUN" || next.pos === "ADJ");
  return { end: comma + 2, continues };
}
