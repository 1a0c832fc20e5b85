/**
 * Attachment scores, counted the CoNLL 2018 way: every word, punctuation
 * included. UAS counts the head; LAS the head and the full relation (with its
 * subtype, "nsubj:pass" ≠ "nsubj"); "LAS base" the head and the relation
 * without its subtype. A second set of counts leaves punctuation out.
 */
export interface Attachment {
  words: number;
  heads: number;
  labelled: number;
  labelledBase: number;
}

export function emptyAttachment(): Attachment {
  return { words: 0, heads: 0, labelled: 0, labelledBase: 0 };
}

const base = (label: string) => label.split(":")[0] ?? label;

/** Count one word: gold and predicted head (-1 root) and relation. */
export function countWord(
  into: Attachment,
  gold: { head: number; label: string },
  predicted: { head: number; label: string },
): void {
  into.words += 1;
  if (gold.head !== predicted.head) return;
  into.heads += 1;
  if (gold.label === predicted.label) into.labelled += 1;
  if (base(gold.label) === base(predicted.label)) into.labelledBase += 1;
}

export function formatAttachment(name: string, a: Attachment): string {
  const pct = (x: number) => (a.words === 0 ? "n/a" : `${((x / a.words) * 100).toFixed(2)}%`);
  return `${name}: UAS ${pct(a.heads)}  LAS ${pct(a.labelled)}  LAS(base) ${pct(a.labelledBase)}  (${a.words} words)`;
}
