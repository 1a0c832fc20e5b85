/*
 * The reader's choice of blame relations in links (see ./certainty). Kept apart, with no imports,
 * because client components read evidence links: importing the engine or zod here would ship them
 * to the browser (zod's check for eval also trips the Content-Security-Policy).
 */

/** The URL parameter that includes uncertain relations. */
export const UNCERTAIN_PARAM = "uncertain";

/** Keep the reader's choice on a link to another view of the same story. */
export function keepCertainty(href: string, includeUncertain: boolean): string {
  if (!includeUncertain) return href;
  return `${href}${href.includes("?") ? "&" : "?"}${UNCERTAIN_PARAM}=1`;
}
