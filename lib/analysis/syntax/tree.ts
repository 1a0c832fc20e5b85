import type { Parse } from "./fold";

/**
 * Moving around a parse: relations, heads, dependents, subtrees and spans.
 * Token indices are those of the tokens given to `parseTokens`; an index out
 * of range has no head, no relation and no dependents.
 */

/** True when `label` is `relation` or one of its subtypes ("nsubj" matches "nsubj:pass"). */
export function labelIs(label: string, relation: string): boolean {
  return (
    label === relation || (label.startsWith(relation) && label.charCodeAt(relation.length) === 58)
  );
}

/** Token i's relation to its head ("" out of range). */
export function relationOf(parse: Parse, i: number): string {
  return parse.labels[i] ?? "";
}

/** True when token i's relation is one of `relations` (or a subtype of one). */
export function hasRelation(parse: Parse, i: number, ...relations: string[]): boolean {
  const label = parse.labels[i];
  return label !== undefined && relations.some((relation) => labelIs(label, relation));
}

/** Token i's head, or null for the root (and out of range). */
export function headOf(parse: Parse, i: number): number | null {
  const head = parse.heads[i] ?? -1;
  return head >= 0 ? head : null;
}

/** Token i's dependents in sentence order; with relations given, only those (subtypes included). */
export function dependentsOf(parse: Parse, i: number, ...relations: string[]): number[] {
  const children = parse.children[i] ?? [];
  if (relations.length === 0) return [...children];
  return children.filter((child) => hasRelation(parse, child, ...relations));
}

/** The first dependent of token i with one of the relations, or null. */
export function dependentOf(parse: Parse, i: number, ...relations: string[]): number | null {
  for (const child of parse.children[i] ?? []) {
    if (hasRelation(parse, child, ...relations)) return child;
  }
  return null;
}

/** Steps from token i up to the root (0 for the root itself). */
export function depthOf(parse: Parse, i: number): number {
  let depth = 0;
  for (let at = parse.heads[i] ?? -1; at >= 0 && depth <= parse.heads.length; depth += 1) {
    at = parse.heads[at] ?? -1;
  }
  return depth;
}

/** True when `ancestor` is token i or above it. */
export function dominates(parse: Parse, ancestor: number, i: number): boolean {
  let at = i;
  for (let steps = 0; at >= 0 && steps <= parse.heads.length; steps += 1) {
    if (at === ancestor) return true;
    at = parse.heads[at] ?? -1;
  }
  return false;
}

/** Token i and everything below it, in sentence order. */
export function subtreeOf(parse: Parse, i: number): number[] {
  if (i < 0 || i >= parse.heads.length) return [];
  const out: number[] = [];
  const visit = (node: number) => {
    out.push(node);
    for (const child of parse.children[node] ?? []) visit(child);
  };
  visit(i);
  return out.sort((a, b) => a - b);
}

/** A half-open range of token indices. */
export interface TokenSpan {
  start: number;
  end: number;
}

/** The tokens token i's subtree covers, first to last, as a half-open range. */
export function spanOf(parse: Parse, i: number): TokenSpan {
  const nodes = subtreeOf(parse, i);
  if (nodes.length === 0) return { start: i, end: i };
  return { start: nodes[0] as number, end: (nodes[nodes.length - 1] as number) + 1 };
}

/** Dependents that are not part of what a phrase names: clauses, appositions, lists, punctuation. */
const OUTSIDE_PHRASE = [
  "acl",
  "appos",
  "advcl",
  "conj",
  "cc",
  "parataxis",
  "punct",
  "dep",
  "list",
  "dislocated",
  "vocative",
  "discourse",
  "reparandum",
];

/** Punctuation inside a word or name stays in its phrase ("search-engine", "AC/DC"). */
const INNER_PUNCT = /^[-‐‑/]$/;

function keptInPhrase(parse: Parse, child: number): boolean {
  if (relationOf(parse, child) === "punct") {
    return INNER_PUNCT.test(parse.tokens[child]?.text ?? "");
  }
  return !hasRelation(parse, child, ...OUTSIDE_PHRASE);
}

/**
 * The phrase token i heads, without its clauses, appositions, conjuncts and
 * punctuation, and without the preposition that introduces it: "the minister"
 * in "the minister, who spoke on Tuesday,"; "the police" in "by the police and
 * the army". Contiguous: it stops, on each side, at the first dependent it
 * leaves out.
 */
export function phraseOf(parse: Parse, i: number): TokenSpan {
  return phraseSpan(parse, i, true);
}

function phraseSpan(parse: Parse, i: number, top: boolean): TokenSpan {
  if (i < 0 || i >= parse.heads.length) return { start: i, end: i };
  let start = i;
  let end = i + 1;
  const children = parse.children[i] ?? [];
  // Left dependents nearest first, then right dependents nearest first.
  for (let k = children.length - 1; k >= 0; k -= 1) {
    const child = children[k] as number;
    if (child > i) continue;
    if (!keptInPhrase(parse, child) || (top && hasRelation(parse, child, "case", "mark"))) break;
    const span = phraseSpan(parse, child, false);
    if (span.end < start) break;
    start = Math.min(start, span.start);
  }
  for (const child of children) {
    if (child < i) continue;
    if (!keptInPhrase(parse, child)) break;
    const span = phraseSpan(parse, child, false);
    if (span.start > end) break;
    end = Math.max(end, span.end);
  }
  return { start, end };
}

/**
 * The head of a span of tokens [start, end): the token inside whose head lies
 * outside (or is the root). When several do (the span is not one phrase), the
 * one nearest the root, then the last (English phrases end in their head).
 */
export function headOfSpan(parse: Parse, start: number, end: number): number | null {
  let best: number | null = null;
  let bestDepth = Infinity;
  for (let i = Math.max(0, start); i < Math.min(end, parse.heads.length); i += 1) {
    const head = parse.heads[i] ?? -1;
    if (head >= start && head < end) continue;
    const depth = depthOf(parse, i);
    if (depth <= bestDepth) {
      best = i;
      bestDepth = depth;
    }
  }
  return best;
}
