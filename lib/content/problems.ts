import type { z } from "zod";

/** One thing wrong (or worth a warning) in a content file. */
export interface ContentProblem {
  /** Path of the file, relative to the project when possible. */
  file: string;
  /** Dotted field path, or a pseudo-field such as "body" or "file". */
  field: string;
  message: string;
}

/** `file: field: what is wrong` — the one format used by check-content and the build. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Turn zod issues into problems that name the file and field. */
export function problemsFromZod(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        file,
        field: base ? `${base}.${key}` : key,
        message: "unknown field (check the spelling; see README, content format)",
      }));
    }
    const message =
      issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
    return [{ file, field: base || "frontmatter", message }];
  });
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
