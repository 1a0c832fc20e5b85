/**
 * A reader for CoNLL-U treebanks (https://universaldependencies.org/format.html):
 * the words of each sentence with their gold tag, lemma, head and relation,
 * and the surface tokens (a multiword token such as "don't" is one token over
 * the words "do" "n't"). Empty nodes (enhanced dependencies) are skipped.
 */

export interface TreebankWord {
  form: string;
  lemma: string;
  upos: string;
  /** Index of the head word (0-based), -1 for the root. */
  head: number;
  deprel: string;
}

export interface SurfaceToken {
  form: string;
  /** Words it covers, [first, last] inclusive (0-based). */
  first: number;
  last: number;
}

export interface TreebankSentence {
  id: string;
  text: string;
  words: TreebankWord[];
  tokens: SurfaceToken[];
}

/** Parse a CoNLL-U file's text; `name` is used in error messages. */
export function readConllu(content: string, name: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  const blocks = content.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  let line = 1;
  for (const block of blocks) {
    const startLine = line;
    line += block.split("\n").length + 1;
    if (block.trim().length === 0) continue;
    let id = "";
    let text = "";
    const words: TreebankWord[] = [];
    const tokens: SurfaceToken[] = [];
    let coveredUntil = -1;
    for (const [offset, row] of block.split("\n").entries()) {
      if (row.startsWith("#")) {
        const meta = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(row);
        if (meta?.[1] === "sent_id") id = meta[2] ?? "";
        if (meta?.[1] === "text") text = meta[2] ?? "";
        continue;
      }
      const cols = row.split("\t");
      const where = `${name}:${startLine + offset}`;
      if (cols.length !== 10) throw new Error(`${where}: expected 10 columns, got ${cols.length}`);
      const [idCol = "", form = "", lemma = "", upos = "", , , headCol = "", deprel = ""] = cols;
      const range = /^(\d+)-(\d+)$/.exec(idCol);
      if (range) {
        const first = Number(range[1]) - 1;
        const last = Number(range[2]) - 1;
        tokens.push({ form, first, last });
        coveredUntil = last;
        continue;
      }
      if (idCol.includes(".")) continue;
      const index = Number(idCol) - 1;
      if (!Number.isInteger(index) || index !== words.length) {
        throw new Error(`${where}: word id ${idCol} out of order`);
      }
      const head = Number(headCol);
      if (!Number.isInteger(head)) throw new Error(`${where}: head ${headCol} is not a number`);
      words.push({ form, lemma, upos, head: head - 1, deprel });
      if (index > coveredUntil) tokens.push({ form, first: index, last: index });
    }
    if (words.length === 0) continue;
    if (text.length === 0) text = tokens.map((token) => token.form).join(" ");
    sentences.push({ id, text, words, tokens });
  }
  return sentences;
}
