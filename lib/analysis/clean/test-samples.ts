import { cleanArticleStrict } from "./clean";

/** Shared by the cleaner's tests: a strict run, the cuts it makes, and three plain news paragraphs. */

export const run = (raw: string, title: string | null = null) =>
  cleanArticleStrict(raw, { title, outlet: "Test" });
export const cuts = (raw: string, title: string | null = null) =>
  run(raw, title).removed.map((r) => [r.reason, r.text]);

export const P1 = "The State Department said on Friday it would close the consulate in Basra.";
export const P2 = "Officials cited threats from Iran and from militias it backs in Iraq.";
export const P3 = "Iraq’s government said it had not been consulted about the decision.";
export const lines = (...parts: string[]) => parts.join("\n\n");
