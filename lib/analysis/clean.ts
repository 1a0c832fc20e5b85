import type { Removed } from "./schema";

export interface CleanContext {
  /** The article's headline from its metadata, when known. */
  title: string | null;
  /** The outlet's display name. */
  outlet: string;
}

export interface CleanResult {
  /** The article text with page chrome removed. */
  text: string;
  /** Each removed piece, with offsets into the raw text and the reason. */
  removed: Removed[];
  /** A byline found in the text (and removed from it), if any. */
  byline: string | null;
}

/** Placeholder until the cleaner lands: keeps the text as received. */
export function cleanArticle(raw: string, _context: CleanContext): CleanResult {
  return { text: raw.replace(/\r\n?/g, "\n").trim(), removed: [], byline: null };
}
