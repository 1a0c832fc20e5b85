/**
 * Page chrome removed before Readability looks for the article: parts that are never the article's text
 * (navigation, forms, figures and their captions, hidden parts), and short blocks whose class, id or role says
 * they are a promotion, a paywall notice, a teaser for another article, sharing buttons or a newsletter box.
 * Readability's own heuristics catch much of this; these are the cases it keeps, such as a paywall notice inside
 * the article's container.
 */
const NEVER_TEXT = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "canvas",
  "form",
  "button",
  "select",
  "nav",
  "aside",
  "dialog",
  "figure",
  "figcaption",
  "[hidden]",
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="dialog"]',
  "body > header",
  "body > footer",
].join(", ");

const CHROME_NAME =
  /(?:^|[\s_-])(?:paywall|metered|subscribe|subscription|subscriber|newsletter|signup|sign-up|promo|promotion|related|recommended|recirc|more-stories|read-more|readmore|read-next|up-next|watch-next|teaser|advert|advertisement|ad|ads|ad-slot|sponsored|sponsor|share|sharing|social|outbrain|taboola|cookie|consent|most-popular|popular|trending|comments?|caption|credit)(?:$|[\s_-])/i;

/**
 * A chrome-named block is dropped only when it is short, absolutely and next to the page: a long one, or one
 * holding much of the page's text, is more likely the article's own container (class="article paywalled").
 */
const MAX_CHROME_CHARS = 600;
const MAX_CHROME_SHARE = 0.4;

function textLength(element: Element): number {
  return (element.textContent ?? "").replace(/\s+/g, " ").trim().length;
}

export function removeChrome(document: Document): void {
  for (const element of [...document.querySelectorAll(NEVER_TEXT)]) element.remove();
  const pageLength = document.body ? textLength(document.body) : 0;
  for (const element of [...document.querySelectorAll("[class], [id], [data-component]")]) {
    if (!element.isConnected) continue;
    const names = [
      element.getAttribute("class"),
      element.getAttribute("id"),
      element.getAttribute("data-component"),
    ].join(" ");
    if (!CHROME_NAME.test(names)) continue;
    const length = textLength(element);
    if (length <= MAX_CHROME_CHARS && length < pageLength * MAX_CHROME_SHARE) element.remove();
  }
}
