import fs from "node:fs";
import matter from "gray-matter";
import yaml from "js-yaml";
import type { ContentProblem } from "./problems";

export interface MarkdownFile {
  data: unknown;
  body: string;
  /** The file line (1-based) the body starts on, for messages. */
  firstLine: number;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Read a Markdown file with YAML frontmatter. YAML uses the JSON schema so that
 * dates stay strings (validated by zod) and nothing is silently coerced.
 * Returns problems instead of throwing, so one bad file never hides another.
 */
export function readMarkdownFile(
  absolutePath: string,
  displayPath: string,
): { file: MarkdownFile; problems: [] } | { file: null; problems: ContentProblem[] } {
  let text: string;
  try {
    text = decoder.decode(fs.readFileSync(absolutePath));
  } catch (error) {
    const message =
      error instanceof TypeError
        ? "is not valid UTF-8 text (save it as UTF-8)"
        : `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    return { file: null, problems: [{ file: displayPath, field: "file", message }] };
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (!/^---\r?\n/.test(text)) {
    return {
      file: null,
      problems: [
        {
          file: displayPath,
          field: "frontmatter",
          message: "is missing: the file must start with a line '---', the fields, then '---'",
        },
      ],
    };
  }
  try {
    const parsed = matter(text, {
      engines: {
        yaml: (source: string) => (yaml.load(source, { schema: yaml.JSON_SCHEMA }) ?? {}) as object,
      },
    });
    const head = text.endsWith(parsed.content) ? text.slice(0, text.length - parsed.content.length) : "";
    const firstLine = (head.match(/\n/g)?.length ?? 0) + 1;
    return { file: { data: parsed.data, body: parsed.content, firstLine }, problems: [] };
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const line = error instanceof yaml.YAMLException ? ` (line ${error.mark.line + 2})` : "";
    return {
      file: null,
      problems: [{ file: displayPath, field: "frontmatter", message: `is not valid YAML${line}: ${reason}` }],
    };
  }
}
