import { cleanArticleStrict } from "./clean";

/** Shared by the cleaner's tests: a strict run, the cuts it makes, and three plain news paragraphs. */

export const run = (raw: string, title: string | null = null) =>
  cleanArticleStrict(raw, { title, outlet: "Test" });
export const cuts = (raw: string, title: string | null = null) =>
  run(raw, title).removed.map((r) => [r.reason, r.text]);

export const P1 =
  "The transport ministry said on Friday it would close the ferry terminal in Dunmore.";
export const P2 = "Officials cited storm damage to the pier and to the road that serves it.";
export const P3 = "The town’s council said it had not been consulted about the decision.";
export const lines = (...parts: string[]) => parts.join("\n\n");
