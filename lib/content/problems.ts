import type { z } from "zod";
import { describeValue, expectedLabel, fieldPath, oneLine } from "./describe";

/** One thing wrong (or worth a warning) in a content file. */
export interface ContentProblem {
  /** Path of the file, relative to the project when possible. */
  file: string;
  /** Dotted field path, or a pseudo-field such as "body" or "file". */
  field: string;
  message: string;
}

/**
 * `file: field: what is wrong` — the one format used by check-content and the
 * build. Always one line: control characters in a file name, key or value are
 * shown as escapes, so a crafted name can neither split the line nor send
 * escape codes to the terminal.
 */
export function formatProblem(problem: ContentProblem): string {
  return oneLine(`${problem.file}: ${problem.field}: ${problem.message}`);
}

type Issue = z.core.$ZodIssue;

/** The value at `path` inside the parsed frontmatter, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** "20180928" read as a number, when it is a real date: "2018-09-28". */
function dateHint(value: unknown): string {
  if (typeof value !== "number" || !/^\d{8}$/.test(String(value))) return "";
  const text = String(value);
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso)
    ? ` (write ${iso})`
    : "";
}

/** What is wrong with a value of the wrong type, in words: "must be text, not a list". */
function typeMessage(issue: Issue & { code: "invalid_type" }, value: unknown): string {
  if (value === undefined) return "is required";
  const generic = issue.message.startsWith("Invalid input");
  const expected = generic ? `must be ${expectedLabel(issue.expected)}` : issue.message;
  return `${expected}, not ${describeValue(value)}${dateHint(value)}`;
}

/**
 * For a value that fits none of a union's forms: the errors of the form it
 * came closest to (the one whose errors lie deepest), else the union's message.
 */
function unionIssues(issue: Issue & { code: "invalid_union" }): Issue[] | null {
  let best: Issue[] | null = null;
  let depth = 0;
  for (const branch of issue.errors) {
    const deepest = Math.max(0, ...branch.map((inner) => inner.path.length));
    if (deepest > depth) {
      best = branch;
      depth = deepest;
    }
  }
  return best;
}

function problemsFromIssues(
  file: string,
  issues: readonly Issue[],
  data: unknown,
  prefix: readonly PropertyKey[],
): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    const path = [...prefix, ...issue.path];
    const value = valueAt(data, path);
    const field = fieldPath(path);
    switch (issue.code) {
      case "unrecognized_keys":
        return issue.keys.map((key) => ({
          file,
          field: fieldPath([...path, key]),
          message: "unknown field (check the spelling; see README, content format)",
        }));
      case "invalid_type":
        return [{ file, field, message: typeMessage(issue, value) }];
      case "invalid_union": {
        const closest = unionIssues(issue);
        if (closest) return problemsFromIssues(file, closest, data, path);
        return [{ file, field, message: `${issue.message}, not ${describeValue(value)}` }];
      }
      default:
        return [{ file, field, message: issue.message }];
    }
  });
}

/**
 * Turn zod issues into problems that name the file and field and say what is
 * wrong: a missing field "is required", a wrong type says what was found.
 * `data` is the frontmatter that was validated (to describe wrong values).
 */
export function problemsFromZod(file: string, error: z.ZodError, data?: unknown): ContentProblem[] {
  return problemsFromIssues(file, error.issues, data, []);
}

/** Thrown when content is invalid: its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}
