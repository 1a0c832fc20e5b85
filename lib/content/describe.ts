/*
 * Wording for content problems: values, types and field names as a teacher
 * reads them, and every line safe to print.
 */

/**
 * Characters that would break a one-line message or act on the terminal:
 * C0/C1 controls and DEL, line and paragraph separators, and the bidirectional
 * controls that can make a name display differently from what it is.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The text with every unsafe character written as an escape (`\n`, `\x1b`, `\u202e`). */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.codePointAt(0) ?? 0;
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** Whether a string holds any character `oneLine` would escape. */
export function hasUnsafeCharacters(text: string): boolean {
  return new RegExp(UNSAFE.source, "u").test(text);
}

/** A field path as `actors.0.id`; a key that is not a plain word is quoted (`"my key"`). */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "frontmatter";
  return path
    .map((key) =>
      typeof key === "number" || /^[A-Za-z_][\w-]*$/.test(String(key))
        ? String(key)
        : JSON.stringify(String(key)),
    )
    .join(".");
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "fields written as `key: value` lines",
};

/** zod's expected type in words. */
export function expectedLabel(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

function clipped(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

/** A found value in words: `the number 20180928`, `a list of 2 items`, `an empty value`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "an empty value";
  if (Array.isArray(value))
    return value.length === 1 ? "a list of 1 item" : `a list of ${value.length} items`;
  switch (typeof value) {
    case "string":
      return `the text ${clipped(value)}`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `the value ${value}`;
    case "object": {
      const keys = Object.keys(value).slice(0, 4).map(String);
      return keys.length === 0 ? "an empty set of fields" : `fields (${keys.join(", ")})`;
    }
    default:
      return `a ${typeof value}`;
  }
}
