/* What blame views say when they have no relation to show: kept apart so client charts can import it. */

/**
 * What an empty blame view says. Never "no one is blamed": the engine relates named people and
 * bodies (and officials it ties to one), not yet parties named only by a common noun, and the
 * default view hides relations below the confidence it shows; a class told "no one is blamed" of
 * "the union blamed the operator" would be misled.
 */
export const NO_BLAME =
  "Parallax found no blame here between the named people and organisations it recognises. That does not mean no one is blamed: blame between parties named only by a common noun (“the operator”, “shop owners”) is not read yet, and uncertain relations are hidden unless you include them.";

/** An outlet's panel, chart or table rows with no relation: found none, not "no one is blamed". */
export const NO_BLAME_IN_ARTICLE = "No blame found in this article.";

/** The same for one outlet's article. */
export function noBlameIn(outlet: string): string {
  return `Parallax found no blame in ${outlet}’s article between the named people and organisations it recognises; read the article before concluding that no one is blamed.`;
}
