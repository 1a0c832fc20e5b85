import type { StoryAnalysis } from "@/lib/analysis";
import { coverageIn, maybeIn } from "./fact-coverage";
import { actorSide } from "./summary";

/** Files a story's analysis can be downloaded as, at stable URLs. */
export const EXPORT_FILES = ["analysis.json", "facts.csv", "quotes.csv", "blame.csv"] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula-like cells defused. */
function field(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  // A leading =, +, - or @ would run as a formula in spreadsheet software.
  if (/^[=+\-@]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A byte-order mark opens every CSV: without it, spreadsheet software reads
 * the file as its local code page and curly quotes and dashes come out garbled.
 */
export const UTF8_BOM = "\uFEFF";

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

/**
 * Facts × outlets: one row per fact and article, with placement and the
 * sentence ("maybe" with the article's closest sentence when it may say the fact in other words). With `only`, just those articles, in that order, and just the
 * facts at least one of them reports (the compare view's download).
 */
export function factsCsv(analysis: StoryAnalysis, only?: readonly string[]): string {
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  const chosen = only ? only.filter((id) => byId.has(id)) : null;
  const ids = chosen ?? analysis.articles.map((a) => a.id);
  const rows = analysis.facts.flatMap((fact) => {
    // An article that does not report the fact is a row too ("absent"): the file is the full grid.
    const coverage = ids.map((id) => ({ id, c: coverageIn(fact, id) }));
    if (chosen && coverage.every(({ c }) => c === null)) return [];
    return coverage.map(({ id, c }) => {
      const article = byId.get(id);
      // "maybe": the article's sentence closest to the fact, not lined up with it for sure.
      const near = c ? null : maybeIn(fact, id);
      const sentence = c?.sentence ?? near?.sentence ?? null;
      const paragraph =
        sentence === null ? null : (article?.sentences[sentence]?.paragraph ?? null);
      return [
        fact.id,
        fact.label,
        id,
        article?.outlet ?? id,
        c?.placement ?? (near ? "maybe" : "absent"),
        paragraph === null ? null : paragraph + 1,
        c?.voice ?? null,
        sentence === null ? null : (article?.sentences[sentence]?.text ?? null),
      ];
    });
  });
  return toCsv(
    ["fact", "label", "article", "outlet", "placement", "paragraph", "voice", "sentence"],
    rows,
  );
}

export function quotesCsv(analysis: StoryAnalysis): string {
  const groupOf = new Map<string, { id: string; status: string }>();
  for (const group of analysis.quoteGroups) {
    for (const variant of group.variants)
      groupOf.set(variant.quote, { id: group.id, status: variant.status });
  }
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  const rows = analysis.quotes.map((q) => [
    q.id,
    q.article,
    byId.get(q.article)?.outlet ?? q.article,
    q.kind,
    q.speaker,
    q.speakerActor,
    groupOf.get(q.id)?.id ?? null,
    groupOf.get(q.id)?.status ?? null,
    q.text,
  ]);
  return toCsv(
    ["quote", "article", "outlet", "kind", "speaker", "speaker_actor", "group", "variant", "text"],
    rows,
  );
}

export function blameCsv(analysis: StoryAnalysis): string {
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  const rows = analysis.blame.map((b) => [
    b.id,
    b.article,
    byId.get(b.article)?.outlet ?? b.article,
    b.accuser.text ?? "(unattributed)",
    b.accuser.actor,
    b.accused.text,
    b.accused.actor,
    actorSide(analysis, b.accused.actor),
    b.kind,
    b.voice,
    b.cue,
    b.matter,
    b.confidence.toFixed(2),
    byId.get(b.article)?.sentences[b.sentence]?.text ?? null,
  ]);
  return toCsv(
    [
      "id",
      "article",
      "outlet",
      "accuser",
      "accuser_actor",
      "accused",
      "accused_actor",
      "accused_side",
      "kind",
      "voice",
      "cue",
      "matter",
      "confidence",
      "sentence",
    ],
    rows,
  );
}

/** The body and content type of one export file. */
export function exportFile(
  analysis: StoryAnalysis,
  file: ExportFile,
): { body: string; type: string } {
  switch (file) {
    case "analysis.json":
      return {
        body: `${JSON.stringify(analysis, null, 2)}\n`,
        type: "application/json; charset=utf-8",
      };
    case "facts.csv":
      return { body: factsCsv(analysis), type: "text/csv; charset=utf-8" };
    case "quotes.csv":
      return { body: quotesCsv(analysis), type: "text/csv; charset=utf-8" };
    case "blame.csv":
      return { body: blameCsv(analysis), type: "text/csv; charset=utf-8" };
  }
}
