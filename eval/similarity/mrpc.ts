import { readFileSync } from "node:fs";
import { z } from "zod";
import { type Token, tokenize } from "@/lib/analysis/text";

/**
 * MRPC training pairs (read for measurement only; never copied into the
 * project). Split by the first sentence's ID: even IDs to tune on, odd IDs
 * to report on.
 */
export interface Pair {
  paraphrase: boolean;
  id: number;
  a: Token[];
  b: Token[];
}

const row = z.tuple([
  z.enum(["0", "1"]),
  z.string().regex(/^\d+$/),
  z.string().regex(/^\d+$/),
  z.string(),
  z.string(),
]);

/**
 * One line holds two records where the file lost a line break: the first
 * record's last string then ends with the next record's quality digit.
 */
function records(fields: string[]): string[][] {
  const last = fields[4] ?? "";
  if (fields.length !== 9 || !/[01]$/.test(last)) return [fields];
  return [
    [...fields.slice(0, 4), last.slice(0, -1)],
    [last.slice(-1), ...fields.slice(5)],
  ];
}

export function readMrpc(file: string): { tune: Pair[]; report: Pair[] } {
  const lines = readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  const tune: Pair[] = [];
  const report: Pair[] = [];
  lines.slice(1).forEach((line, n) => {
    if (line.trim().length === 0) return;
    for (const fields of records(line.split("\t"))) {
      const parsed = row.safeParse(fields);
      if (!parsed.success)
        throw new Error(`${file}:${n + 2}: not a Quality/ID/ID/String/String row`);
      const [quality, id, , a, b] = parsed.data;
      const pair = { paraphrase: quality === "1", id: Number(id), a: tokenize(a), b: tokenize(b) };
      (pair.id % 2 === 0 ? tune : report).push(pair);
    }
  });
  return { tune, report };
}
