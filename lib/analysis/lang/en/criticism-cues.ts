/** TODO source note */

/** Words of praise for what someone says or does: denied ("not accurate", "isn't honest"), they criticise. */
export const PRAISE_WORDS: ReadonlySet<string> = new Set([
  "accurate",
  "true",
  "truthful",
  "honest",
  "correct",
  "fair",
  "credible",
  "factual",
  "candid",
]);

/** Words between a negation and the praise that make it doubt, not denial: "not sure it is true". */
export const DOUBT_WORDS: ReadonlySet<string> = new Set([
  "whether",
  "if",
  "sure",
  "clear",
  "certain",
  "know",
  "known",
  "yet",
]);
