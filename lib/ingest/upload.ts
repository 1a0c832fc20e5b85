import matter from "gray-matter";
import yaml from "js-yaml";
import { isoDatePrefix } from "./dates";
import { assertText, decodeText } from "./decode";
import { extractArticle } from "./extract";
import { plainParagraphs } from "./html-text";
import { IngestError, type ExtractedArticle } from "./types";

/** The largest file read as an article (a saved web page with inline styles can be large). */
export const MAX_UPLOAD_BYTES = 3_000_000;

export const UPLOAD_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"] as const;

function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}

function stringField(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/**
 * A Markdown file: its body is the text; a frontmatter block (as in content/stories/<story>/<article>.md) is
 * removed, and its outlet, title, published date, url and byline are kept when they are well formed. The YAML is
 * read with the JSON schema, so a date stays the string that was written.
 */
function markdownArticle(source: string): ExtractedArticle {
  let body = source;
  let data: Record<string, unknown> = {};
  if (/^---\r?\n/.test(source)) {
    try {
      const parsed = matter(source, {
        engines: {
          yaml: (text: string) => (yaml.load(text, { schema: yaml.JSON_SCHEMA }) ?? {}) as object,
        },
      });
      body = parsed.content;
      data = parsed.data;
    } catch {
      throw new IngestError(
        "The file's frontmatter (the block between the --- lines at its top) is not valid YAML. Fix it or remove it.",
        "unsupported-file",
      );
    }
  }
  const url = stringField(data, "url");
  return {
    text: plainParagraphs(body).join("\n\n"),
    title: stringField(data, "title"),
    byline: stringField(data, "byline"),
    published: isoDatePrefix(stringField(data, "published")),
    outlet: stringField(data, "outlet"),
    url: url && /^https?:\/\//i.test(url) ? url : null,
    fetchedAt: null,
  };
}

/**
 * An uploaded file as an article: .txt as is, .md without its frontmatter, .html through the extractor.
 * Binary files and other kinds are refused with a message that says what to do instead.
 */
export function extractUpload(name: string, bytes: Uint8Array): ExtractedArticle {
  const kind = extension(name);
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(kind)) {
    throw new IngestError(
      `“${name}” is not a file Parallax reads: use a .txt, .md or .html file, or paste the text.`,
      "unsupported-file",
    );
  }
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new IngestError(
      `“${name}” is larger than ${MAX_UPLOAD_BYTES / 1_000_000} MB, too large to be one article.`,
      "too-large",
    );
  }
  assertText(bytes, name);
  const isHtml = kind === ".html" || kind === ".htm" || kind === ".xhtml";
  const text = decodeText(bytes, { html: isHtml });
  const article = isHtml
    ? extractArticle(text, null)
    : kind === ".txt"
      ? { ...emptyArticle(), text: plainParagraphs(text).join("\n\n") }
      : markdownArticle(text.replace(/^\uFEFF/, ""));
  if (!article.text) {
    throw new IngestError(`“${name}” holds no article text.`, "no-article");
  }
  return article;
}

function emptyArticle(): ExtractedArticle {
  return {
    text: "",
    title: null,
    byline: null,
    published: null,
    outlet: null,
    url: null,
    fetchedAt: null,
  };
}
