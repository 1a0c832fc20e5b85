import type { z } from "zod";
import { NEW_STORY_LIMITS, newStorySchema, type NewStory } from "@/lib/store/new-story";

/**
 * The "New comparison" form as data: drafts of the articles, the payload POST /api/stories takes
 * (newStorySchema), and validation problems mapped back to the field they concern. No React here, so the
 * mapping is unit-tested.
 */
export const ARTICLE_FIELDS = ["outlet", "title", "published", "url", "text"] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

export interface ArticleDraft extends Record<ArticleField, string> {
  /** Stable key for React and for element ids (not the position, which changes on removal). */
  key: string;
}

/** Where a problem is shown: "title", "articles" (the list itself), or "articles.<n>.<field>" by position. */
export type FieldKey = string;
export type FieldErrors = Record<FieldKey, string>;

export const articleKey = (index: number, field: ArticleField): FieldKey =>
  `articles.${index}.${field}`;

/** The form's field names: what the browser posts without JavaScript (application/x-www-form-urlencoded). */
export const fieldName = (index: number, field: ArticleField) => `articles[${index}][${field}]`;

/** A blank article; `key` must be the same on the server and in the browser (element ids derive from it). */
export function blankDraft(key: string): ArticleDraft {
  return { key, outlet: "", title: "", published: "", url: "", text: "" };
}

export function isBlank(draft: ArticleDraft): boolean {
  return ARTICLE_FIELDS.every((field) => draft[field].trim() === "");
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The request body. Articles left entirely blank are skipped (the form offers more slots than a story may
 * need); `positions[i]` is the form position of payload article i, to put a problem back where it belongs.
 */
export function toPayload(
  title: string,
  drafts: ArticleDraft[],
): { body: NewStory; positions: number[] } {
  const positions: number[] = [];
  const articles = drafts.flatMap((draft, index) => {
    if (isBlank(draft)) return [];
    positions.push(index);
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    return [
      {
        outlet: draft.outlet.trim(),
        title: optional(draft.title),
        published: optional(draft.published),
        url: optional(draft.url),
        text: draft.text.trim() ? draft.text : undefined,
      },
    ];
  });
  return { body: { title: title.trim(), articles }, positions };
}

const LABELS: Record<ArticleField | "title", string> = {
  outlet: "Outlet",
  title: "Headline",
  published: "Date",
  url: "Link",
  text: "Text",
};

/** A problem as a sentence: "Outlet is required", "This article needs its text or a link to it". */
function sentence(subject: string, message: string): string {
  if (/^needs /.test(message)) return `${subject === "Text" ? "This article" : subject} ${message}`;
  return `${subject} ${message}`;
}

function describe(issue: z.core.$ZodIssue): string {
  // zod's own wording for length limits is technical; the schema's custom messages are kept as written.
  if (issue.code === "too_big" && issue.origin === "string")
    return `is longer than ${issue.maximum} characters`;
  if (issue.code === "too_small" && issue.origin === "string") return "is required";
  return issue.message;
}

/** Map a field path (zod's ["articles", 1, "text"], or an API's "articles.1.text" / "articles[1][text]"). */
export function keyForPath(path: readonly PropertyKey[] | string, positions: number[]): FieldKey {
  const parts =
    typeof path === "string"
      ? path.split(/[.[\]]+/).filter(Boolean)
      : path.map((part) => String(part));
  if (parts[0] === "title" && parts.length === 1) return "title";
  if (parts[0] !== "articles") return "form";
  if (parts.length < 3) return "articles";
  const position = positions[Number(parts[1])];
  const field = parts[2] as ArticleField;
  if (position === undefined || !ARTICLE_FIELDS.includes(field)) return "articles";
  return articleKey(position, field);
}

export function messageFor(key: FieldKey, message: string): string {
  if (key === "title") return sentence("The title", message);
  if (key === "articles") return sentence("The comparison", message);
  if (key === "form") return message;
  const field = key.split(".")[2] as ArticleField;
  return sentence(LABELS[field], message);
}

/** Validate the form as the API will; the first problem per field is kept, in the form's order. */
export function validate(
  title: string,
  drafts: ArticleDraft[],
): { body: NewStory | null; positions: number[]; errors: FieldErrors } {
  const { body, positions } = toPayload(title, drafts);
  const parsed = newStorySchema.safeParse(body);
  if (parsed.success) return { body: parsed.data, positions, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = keyForPath(issue.path, positions);
    errors[key] ??= messageFor(key, describe(issue));
  }
  return { body: null, positions, errors: sortErrors(errors, drafts.length) };
}

/** Errors in the order of the fields on the page, so "the first error" is the first one a person meets. */
export function sortErrors(errors: FieldErrors, articleCount: number): FieldErrors {
  const order: FieldKey[] = ["form", "title", "articles"];
  for (let index = 0; index < articleCount; index++) {
    for (const field of ARTICLE_FIELDS) order.push(articleKey(index, field));
  }
  const sorted: FieldErrors = {};
  for (const key of order) if (errors[key]) sorted[key] = errors[key];
  for (const [key, value] of Object.entries(errors)) sorted[key] ??= value;
  return sorted;
}

export const LIMITS = NEW_STORY_LIMITS;
