import type { ContentProblem } from "./problems";

/** Control characters that have no place in article text (tab, line feed and carriage return do). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/**
 * Check a file's Markdown body: it must hold text. Control characters (a NUL,
 * an escape code, a form feed from a copied PDF) are reported with the line
 * of the first; a body of nothing else is an error, since there is no text to
 * analyse. `firstLine` is the file line the body starts on.
 */
export function checkBody(
  body: string,
  file: string,
  firstLine: number,
  problems: ContentProblem[],
  warnings: ContentProblem[],
): void {
  const controls = body.match(CONTROL) ?? [];
  const text = body.replace(CONTROL, "").trim();
  if (text.length === 0) {
    problems.push({
      file,
      field: "body",
      message:
        controls.length > 0
          ? `has no text, only ${controls.length} control character${controls.length === 1 ? "" : "s"}`
          : "is empty",
    });
    return;
  }
  if (controls.length === 0) return;
  const index = body.search(new RegExp(CONTROL.source, "u"));
  const line = firstLine + (body.slice(0, index).match(/\n/g)?.length ?? 0);
  const code = (controls[0]?.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  warnings.push({
    file,
    field: "body",
    message: `contains ${controls.length} control character${controls.length === 1 ? "" : "s"} (the first, U+${code}, on line ${line}); remove them`,
  });
}
