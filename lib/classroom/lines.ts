import type { Blinding } from "./blind";

/**
 * Text for the lesson, written once and shown two ways: blind ("Outlet B") to
 * students, named ("Outlet B (Press TV)") in the teacher's key. Anything taken
 * from an article is an excerpt, so it is redacted with that article's rules.
 */
export type Segment =
  | string
  | { outlet: string }
  /** Several outlets, listed in letter order when shown ("Outlets A, C and D"). */
  | { outlets: string[] }
  | { excerpt: string; article: string; atStart?: boolean }
  | { mark: string; article: string; atStart?: boolean }
  /** Teacher-written text (story questions): outlet names in it become letters when blind. */
  | { teacher: string };
export type Line = Segment[];

/** A resolved piece of text, ready to render. */
export interface Part {
  text: string;
  kind: "plain" | "outlet" | "excerpt" | "mark";
}

export type Mode = "blind" | "named";

/** How outlets are named: blind letters always; real names as well in the key and the reveal. */
export interface Naming {
  blinding: Blinding;
  mode: Mode;
  /** Article id → outlet display name; only consulted in "named" mode. */
  names?: ReadonlyMap<string, string>;
  /** Article id → sentence index → its paragraph's number in the blind text, for "¶ 4" references. */
  paragraphs?: ParagraphNumbers;
}

export type ParagraphNumbers = ReadonlyMap<string, ReadonlyMap<number, number>>;

export function outletName(id: string, naming: Naming): string {
  const label = naming.blinding.label(id);
  if (naming.mode === "blind") return label;
  const name = naming.names?.get(id);
  return name ? `${label} (${name})` : label;
}

/** Resolve a line into plain parts; in blind mode no outlet's own name can survive. */
export function resolveLine(line: Line, naming: Naming): Part[] {
  return line.map((segment): Part => {
    if (typeof segment === "string") return { text: segment, kind: "plain" };
    if ("outlet" in segment) return { text: outletName(segment.outlet, naming), kind: "outlet" };
    if ("outlets" in segment) return { text: listOutlets(segment.outlets, naming), kind: "outlet" };
    if ("teacher" in segment) {
      return {
        text:
          naming.mode === "blind" ? naming.blinding.lettersFor(segment.teacher) : segment.teacher,
        kind: "plain",
      };
    }
    const text = "excerpt" in segment ? segment.excerpt : segment.mark;
    const shown =
      naming.mode === "blind"
        ? naming.blinding.excerpt(segment.article, text, segment.atStart ?? false)
        : text;
    return { text: shown, kind: "excerpt" in segment ? "excerpt" : "mark" };
  });
}

/** A line as one string (for metadata, tests and plain contexts). */
export function lineText(line: Line, naming: Naming): string {
  return resolveLine(line, naming)
    .map((p) => p.text)
    .join("");
}

/** "Outlet A", "Outlets A and B", "Outlets A, B and C": letter order, whatever the seed. */
export function listOutlets(ids: string[], naming: Naming): string {
  const position = new Map(naming.blinding.outlets.map((o, i) => [o.id, i]));
  const sorted = [...new Set(ids)].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  if (sorted.length === 1) return outletName(sorted[0] ?? "", naming);
  const names = sorted.map((id) => {
    const name = outletName(id, naming);
    return name.replace(/^Outlet /, "");
  });
  const last = names.pop() ?? "";
  return `Outlets ${names.join(", ")} and ${last}`;
}
