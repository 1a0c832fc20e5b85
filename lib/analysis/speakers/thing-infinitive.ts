import type { QuoteContext } from "../text";
import { canSpeak } from "./can-speak";

/**
 * "had the nerve to say “…”", "good things to say", "the council’s decision to call it a “…”":
 * an infinitive hung on a thing has no speaker there; the thing does not speak, and its owner
 * (when it has one) is not always who does it ("Dodd-Frank’s guidelines to tell him"). True when
 * the noun right before "to <verb>" (token `head`), which the subject reader would take for the
 * verb's subject, is such a thing.
 */
export function thingBeforeInfinitive(ctx: QuoteContext, v: number, head: number): boolean {
  if (ctx.tokens[v - 1]?.normal !== "to" || head !== v - 2) return false;
  // A document speaks ("used a new TV ad to claim …"); a nerve or a thing does not.
  return ctx.tokens[head]?.pos === "NOUN" && !canSpeak(ctx, head, true);
}
