import type { Actor } from "../schema";

/** The shape of the gazetteer's entries (gazetteer.ts), and helpers to write them briefly. */

/** An actor the engine knows before reading any text. */
export interface GazetteerActor {
  id: string;
  name: string;
  side: string;
  kind: Actor["kind"];
  aliases: readonly string[];
  /** The institution a person or body speaks for ("mike-pompeo" → "united-states"). */
  represents?: string;
  /** A person's grammatical gender, for "he"/"she" (from public role, not guessed). */
  gender?: "m" | "f";
}

/** A person who speaks for an institution ("mike-pompeo" for "united-states"). */
export const person = (
  id: string,
  name: string,
  side: string,
  represents: string,
  aliases: string[],
  gender: "m" | "f",
): GazetteerActor => ({ id, name, side, kind: "person", aliases, represents, gender });

/** A news outlet. */
export const media = (id: string, name: string, aliases: string[]): GazetteerActor => ({
  id,
  name,
  side: "media",
  kind: "media",
  aliases,
});
