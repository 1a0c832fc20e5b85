import type { z } from "zod";
import { type NewStory, newStorySchema } from "../new-story";

export interface FieldProblem {
  /** "title", "articles", "articles.<i>.<field>" (i counts the articles sent), or "body". */
  field: string;
  message: string;
}

export type ParsedStory =
  | { ok: true; story: NewStory; form: boolean }
  | { ok: false; status: 400 | 415; problems: FieldProblem[]; form: boolean };

const FORM_FIELDS = ["outlet", "title", "published", "text", "url"] as const;
type FormField = (typeof FORM_FIELDS)[number];
/** The form offers at most this many article slots; a higher index is not from our form. */
const MAX_FORM_INDEX = 99;

/** zod's wording for a few checks, said plainly; the schema's own messages are kept as written. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "too_big" && issue.origin === "string")
    return `is longer than ${issue.maximum} characters`;
  if (issue.code === "too_small" && issue.origin === "string") return "is required";
  if (issue.code === "unrecognized_keys")
    return `has fields this API does not take: ${issue.keys.join(", ")}`;
  if (issue.code === "invalid_type")
    return `must be ${issue.expected === "string" ? "text" : `a(n) ${issue.expected}`}`;
  return issue.message;
}

function problemsFrom(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join(".") : "body",
    message: describe(issue),
  }));
}

/**
 * The rows of a no-JavaScript form post (`title`, `articles[N][outlet|title|published|text|url]`).
 * Articles left entirely blank are skipped (the form offers more slots than a story needs) and empty
 * optional fields are left out; `positions[i]` is the form slot of article i, so problems name it.
 */
export function storyFromForm(form: FormData): { body: unknown; positions: number[] } {
  const rows = new Map<number, Partial<Record<FormField, string>>>();
  for (const [key, value] of form.entries()) {
    const match = /^articles\[(\d{1,3})\]\[([a-z]+)\]$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const field = match[2] as FormField;
    if (index > MAX_FORM_INDEX || !FORM_FIELDS.includes(field)) continue;
    const row = rows.get(index) ?? {};
    row[field] = value;
    rows.set(index, row);
  }
  const positions: number[] = [];
  const articles: Record<string, string>[] = [];
  for (const index of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(index) ?? {};
    if (FORM_FIELDS.every((field) => !row[field]?.trim())) continue;
    positions.push(index);
    const article: Record<string, string> = {};
    for (const field of FORM_FIELDS) {
      const value = row[field];
      // Text is kept exactly as typed; the other fields lose surrounding space; blanks are left out.
      if (!value?.trim()) continue;
      article[field] = field === "text" ? value : value.trim();
    }
    articles.push(article);
  }
  const title = form.get("title");
  return { body: { title: typeof title === "string" ? title : "", articles }, positions };
}

/** A form problem's field in the form's own numbering: "articles.<slot>.<field>". */
function toFormField(field: string, positions: number[]): string {
  const match = /^articles\.(\d+)(\..*)?$/.exec(field);
  if (!match) return field;
  const slot = positions[Number(match[1])];
  return slot === undefined ? "articles" : `articles.${slot}${match[2] ?? ""}`;
}

/** Parse and validate a create-story request body (JSON, or a form post from the no-JS page). */
export async function parseNewStory(
  contentType: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<ParsedStory> {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  const form = type === "application/x-www-form-urlencoded" || type === "multipart/form-data";
  let body: unknown;
  let positions: number[] = [];
  if (type === "application/json") {
    try {
      body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      return {
        ok: false,
        status: 400,
        form,
        problems: [{ field: "body", message: "is not valid JSON (UTF-8)" }],
      };
    }
  } else if (form) {
    let data: FormData;
    try {
      data = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
    } catch {
      return {
        ok: false,
        status: 400,
        form,
        problems: [{ field: "body", message: "is not a readable form" }],
      };
    }
    ({ body, positions } = storyFromForm(data));
  } else {
    return {
      ok: false,
      status: 415,
      form,
      problems: [{ field: "body", message: "must be JSON (application/json) or a form post" }],
    };
  }
  const parsed = newStorySchema.safeParse(body);
  if (parsed.success) return { ok: true, story: parsed.data, form };
  const problems = problemsFrom(parsed.error).map((p) =>
    form ? { ...p, field: toFormField(p.field, positions) } : p,
  );
  return { ok: false, status: 400, form, problems };
}

const FIELD_LABELS: Record<string, string> = {
  outlet: "outlet",
  title: "headline",
  published: "date",
  text: "text",
  url: "link",
};

/** A problem as a sentence for the no-JS error page: "Article 3, text: needs the article's text …". */
export function problemSentence(problem: FieldProblem): string {
  const match = /^articles\.(\d+)\.(\w+)$/.exec(problem.field);
  if (match)
    return `Article ${Number(match[1]) + 1}, ${FIELD_LABELS[match[2] ?? ""] ?? match[2]}: ${problem.message}.`;
  if (problem.field === "title") return `Title: ${problem.message}.`;
  if (problem.field === "articles") return `Articles: ${problem.message}.`;
  return `${problem.message}.`;
}
