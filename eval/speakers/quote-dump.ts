/**
 * Every quote the engine finds in a set of articles, one row each, and what changed between two
 * such dumps: the tool behind each speaker round's "every train quote that changed, read by hand"
 * (docs/quality.md). Pure: reading articles and files is the script's (eval/speakers-diff.ts).
 */

/** One quote as the engine attributes it. */
export interface QuoteRow {
  article: string;
  /** Character offset of the quote in its article. */
  start: number;
  text: string;
  speaker: string | null;
  attribution: string | null;
}

const clean = (value: string) => value.replace(/[\t\n\r]+/g, " ");

/** The rows as tab-separated lines, sorted by article and offset, so two dumps diff line by line. */
export function formatDump(rows: readonly QuoteRow[]): string {
  const sorted = [...rows].sort((a, b) =>
    a.article === b.article ? a.start - b.start : a.article < b.article ? -1 : 1,
  );
  return sorted
    .map((row) =>
      [row.article, String(row.start), row.text, row.speaker ?? "", row.attribution ?? ""]
        .map(clean)
        .join("\t"),
    )
    .map((line) => `${line}\n`)
    .join("");
}

/** Reads a dump back; throws with the line number on a malformed line. */
export function parseDump(text: string): QuoteRow[] {
  return text
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line, n) => {
      const fields = line.split("\t");
      const start = Number(fields[1]);
      if (fields.length !== 5 || !Number.isInteger(start))
        throw new Error(`line ${n + 1}: expected 5 tab-separated fields with an offset`);
      return {
        article: fields[0] as string,
        start,
        text: fields[2] as string,
        speaker: fields[3] || null,
        attribution: fields[4] || null,
      };
    });
}

/** A quote whose speaker differs between two dumps, or that only one of them found. */
export interface SpeakerChange {
  article: string;
  start: number;
  text: string;
  before: QuoteRow | null;
  after: QuoteRow | null;
}

/**
 * The quotes (by article and offset) whose speaker changed, appeared or disappeared. A change of
 * attribution label alone ("X said" → "X … said") is not a change of speaker and is left out.
 */
export function speakerChanges(
  before: readonly QuoteRow[],
  after: readonly QuoteRow[],
): SpeakerChange[] {
  const key = (row: QuoteRow) => `${row.article}\u0000${row.start}`;
  const old = new Map(before.map((row) => [key(row), row]));
  const changes: SpeakerChange[] = [];
  const seen = new Set<string>();
  for (const row of after) {
    const k = key(row);
    seen.add(k);
    const was = old.get(k) ?? null;
    if (was && was.speaker === row.speaker) continue;
    changes.push({
      article: row.article,
      start: row.start,
      text: row.text,
      before: was,
      after: row,
    });
  }
  for (const row of before)
    if (!seen.has(key(row)))
      changes.push({
        article: row.article,
        start: row.start,
        text: row.text,
        before: row,
        after: null,
      });
  return changes.sort((a, b) =>
    a.article === b.article ? a.start - b.start : a.article < b.article ? -1 : 1,
  );
}
