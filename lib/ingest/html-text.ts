/**
 * The article's text from the element Readability chose, as paragraphs separated by blank lines: every block
 * element (paragraph, heading, list item, quote …) ends a paragraph, and so do two <br> in a row (one is a line
 * break inside the paragraph); other whitespace is collapsed as a browser would show it.
 */
const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);

/** Single lines that are page furniture wherever they appear, never an article's sentence. */
const FURNITURE =
  /^(?:advertisement|advertising|ad|sponsored|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?)$/i;

/** A <br>, kept apart from ordinary whitespace until the paragraph is collapsed. */
const LINE_BREAK = "\uE000";
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function elementParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const parts = current
      .replace(/[\s\u00a0]+/g, " ")
      .split(/ ?\uE000 ?\uE000[\uE000 ]*/)
      .map((part) => part.replace(/ ?\uE000 ?/g, "\n").trim());
    for (const paragraph of parts) {
      if (paragraph && !FURNITURE.test(paragraph)) paragraphs.push(paragraph);
    }
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as Element).tagName.toUpperCase();
    if (name === "BR") {
      current += LINE_BREAK;
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of [...node.childNodes]) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

/** Plain text (pasted or uploaded) normalised the same way: lines kept, blank lines between paragraphs. */
export function plainParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split("\n")
        .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean);
}
