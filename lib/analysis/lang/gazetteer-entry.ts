import type { Actor } from "../schema";

/** The shape of the gazetteer's entries (actors/gazetteer.ts), and a helper to write them briefly. */

/** An actor the engine knows before reading any text. */
export interface GazetteerActor {
  id: string;
  name: string;
  side: string;
  kind: Actor["kind"];
  aliases: readonly string[];
  /** The institution a person or body speaks for ("secretary-of-state" → "united-states"). */
  represents?: string;
  /** A person's grammatical gender, for "he"/"she" (from public role, not guessed). */
  gender?: "m" | "f";
}
