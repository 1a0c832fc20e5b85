import { z } from "zod";

/** Shared field types of the engine's output. */

/** A count or a position: a whole number from 0. */
export const index = z.number().int().nonnegative();
/** A share, a score or a relative position, from 0 to 1. */
export const ratio = z.number().min(0).max(1);

/** Where a fact or phrase sits in the article. */
export const placementSchema = z.enum(["lede", "body", "buried", "absent"]);
export type Placement = z.infer<typeof placementSchema>;

/** Whose voice states a claim: the outlet's own, a named source's, or one the outlet distances itself from. */
export const voiceSchema = z.enum(["own", "attributed", "distanced"]);
export type Voice = z.infer<typeof voiceSchema>;
