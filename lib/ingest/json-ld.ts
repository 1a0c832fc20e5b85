/**
 * The facts a page's JSON-LD (schema.org) states about its article: headline, publisher, authors, date. The
 * data is a stranger's: every value is checked before use, and a script that does not parse is skipped.
 */
export interface JsonLdArticle {
  headline: string | null;
  publisher: string | null;
  authors: string[];
  datePublished: string | null;
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function types(node: Node): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((entry): entry is string => typeof entry === "string");
}

const ARTICLE_TYPE = /(Article|BlogPosting|^Report$|^ReportageNews$)$/;

function flatten(value: unknown, into: Node[]): void {
  if (Array.isArray(value)) {
    for (const entry of value) flatten(entry, into);
  } else if (isNode(value)) {
    into.push(value);
    if (value["@graph"]) flatten(value["@graph"], into);
  }
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** A name from a string, an object with a name, or a reference (@id) to another node of the graph. */
function nameOf(value: unknown, byId: Map<string, Node>): string | null {
  const direct = text(value);
  if (direct) return direct;
  if (!isNode(value)) return null;
  const id = text(value["@id"]);
  const node = (id && byId.get(id)) || value;
  return text(node.name);
}

export function readJsonLd(scripts: string[]): JsonLdArticle {
  const nodes: Node[] = [];
  for (const source of scripts) {
    try {
      flatten(JSON.parse(source) as unknown, nodes);
    } catch {
      // Malformed JSON-LD is common; the page's other metadata still counts.
    }
  }
  const byId = new Map<string, Node>();
  for (const node of nodes) {
    const id = text(node["@id"]);
    if (id) byId.set(id, node);
  }
  const article = nodes.find((node) => types(node).some((type) => ARTICLE_TYPE.test(type)));
  const organisation = nodes.find((node) => types(node).includes("NewsMediaOrganization"));
  const authorValue = article?.author;
  const authors = (Array.isArray(authorValue) ? authorValue : [authorValue])
    .map((author) => nameOf(author, byId))
    .filter((name): name is string => Boolean(name));
  return {
    headline: text(article?.headline) ?? text(article?.name),
    publisher: nameOf(article?.publisher, byId) ?? (organisation ? text(organisation.name) : null),
    authors,
    datePublished: text(article?.datePublished),
  };
}
