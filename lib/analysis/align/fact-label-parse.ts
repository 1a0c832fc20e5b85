import { lang } from "../lang";
import {
  accordingTo,
  contentOf,
  dependentOf,
  dependentsOf,
  depthOf,
  headOf,
  hasRelation,
  headOfSpan,
  phraseOf,
  spanOf,
  subtreeOf,
  type Parse,
} from "../syntax";
import { sentenceParse } from "../sentence-parses";
import type { Token } from "../text";
import { renderLabel, wordCount } from "./fact-label-render";
import { clear, cut, dropAsides, dropLeading, kept, RELATIVE_WORDS } from "./fact-label-trim";

/**
 * A fact's label from the parse of its sentence: the reported clause rather
 * than "X said on Friday (that) …", without the time or place adjuncts that
 * lead it, and, when still too long, without its asides (relative clauses,
 * appositions, parentheticals), ending at a phrase boundary.
 */

/** Longer sentences keep the string path: their parses are least reliable and their labels cut anyway. */
export const MAX_PARSED_TOKENS = 70;

function isReporting(tokens: readonly Token[], i: number): boolean {
  return lang.speech.labelReportingVerbs.has(tokens[i]?.lemma ?? "");
}

/** A clause with a subject below a reporting verb, after it, when the parser did not call it ccomp. */
function clauseBelow(parse: Parse, tokens: readonly Token[], verb: number): number | null {
  for (const k of subtreeOf(parse, verb)) {
    if (k <= verb) continue;
    const subject = dependentOf(parse, k, "nsubj", "csubj", "expl");
    if (subject === null || RELATIVE_WORDS.has(tokens[subject]?.normal ?? "")) continue;
    let up = headOf(parse, k);
    while (up !== null && up !== verb && tokens[up]?.pos !== "VERB") up = headOf(parse, up);
    if (up !== verb) continue;
    if (hasRelation(parse, k, "ccomp", "acl", "advcl", "parataxis", "conj", "xcomp")) return k;
  }
  return null;
}

/**
 * The sentence's reporting verb: the root, or, as the parser may hang it
 * lower, a reporting verb near the root with a subject of its own (not a
 * relative clause's "who said").
 */
function reportingVerb(parse: Parse, tokens: readonly Token[]): number | null {
  if (isReporting(tokens, parse.root)) return parse.root;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isReporting(tokens, i) || depthOf(parse, i) > 2) continue;
    if (!hasRelation(parse, i, "parataxis", "acl", "ccomp") || hasRelation(parse, i, "acl:relcl")) {
      continue;
    }
    const subject = dependentOf(parse, i, "nsubj");
    if (subject !== null && !RELATIVE_WORDS.has(tokens[subject]?.normal ?? "")) return i;
  }
  return null;
}

/**
 * The clause a reporting verb reports, after it, when the parse is plain
 * enough to trust: it starts within a few words of the verb (its own
 * adjuncts: "told reporters on Monday that"), with no other verb between,
 * and is not a relative clause. What follows its span stays (the parser
 * often hangs a clause's last words on the reporting verb).
 */
function contentAfter(parse: Parse, tokens: readonly Token[], verb: number): number | null {
  const content = contentOf(parse, verb) ?? clauseBelow(parse, tokens, verb);
  if (content === null || content <= verb || subtreeOf(parse, content).length < 3) return null;
  const subject = dependentOf(parse, content, "nsubj", "csubj");
  if (subject !== null && RELATIVE_WORDS.has(tokens[subject]?.normal ?? "")) return null;
  const span = spanOf(parse, content);
  const gap = tokens.slice(verb + 1, span.start);
  if (gap.length > 5 || gap.some((t) => t.pos === "VERB")) return null;
  return content;
}

/** Where an attribution set after its content begins: its subject ("the senior official said"). */
function attributionStart(parse: Parse, verb: number): number {
  const subjects = dependentsOf(parse, verb, "nsubj").filter((s) => s < verb);
  const subject = subjects[subjects.length - 1];
  return subject === undefined ? verb : Math.min(verb, phraseOf(parse, subject).start);
}

/** Keep only the reported clause; return the head of what is kept. */
function keepContent(parse: Parse, tokens: readonly Token[], keep: Uint8Array): number {
  const verb = reportingVerb(parse, tokens);
  if (verb !== null) {
    const after = contentAfter(parse, tokens, verb);
    // "Y, X said" and "“Y,” X said": the content is all before the attribution.
    const start = attributionStart(parse, verb);
    const before = tokens[start - 1]?.text ?? "";
    const quoted = /^[”"’»]$/u.test(before);
    const prefix = wordCount(tokens, keep.subarray(0, start)) >= 3;
    if (start < verb && prefix && (quoted || (before === "," && after === null))) {
      clear(keep, start, keep.length);
      return headOfSpan(parse, 0, start) ?? parse.root;
    }
    // "X said (on Friday) (that) Y": the content is the clause below the verb.
    if (after !== null) {
      clear(keep, 0, Math.max(verb + 1, spanOf(parse, after).start));
      return after;
    }
  }
  // "X, the mayor said, …" or "…, the mayor told reporters."
  const root = parse.root;
  for (const aside of dependentsOf(parse, root, "parataxis")) {
    const start = attributionStart(parse, aside);
    if (
      aside > root &&
      isReporting(tokens, aside) &&
      /^[,”"’»]$/u.test(tokens[start - 1]?.text ?? "")
    ) {
      clear(keep, start, spanOf(parse, aside).end);
    }
  }
  const source = accordingTo(parse, root);
  if (source !== null) clear(keep, spanOf(parse, source).start, spanOf(parse, source).end);
  return root;
}

/**
 * The label of a sentence from its parse, or null when the parse gives
 * none worth showing (no tokens, too long to trust, fewer than three words).
 */
export function parsedLabel(tokens: readonly Token[], max: number): string | null {
  if (tokens.length === 0 || tokens.length > MAX_PARSED_TOKENS) return null;
  const parse = sentenceParse(tokens);
  if (parse.root < 0) return null;
  // A function word at the root is a parse gone wrong.
  const rootPos = tokens[parse.root]?.pos ?? "";
  if (["CCONJ", "SCONJ", "ADP", "DET", "PART", "PUNCT"].includes(rootPos)) return null;
  const keep = new Uint8Array(tokens.length).fill(1);
  const head = keepContent(parse, tokens, keep);
  const content = keep.slice();
  dropLeading(parse, tokens, keep, head);
  if (wordCount(tokens, keep) > max) dropAsides(parse, tokens, keep, max);
  if (wordCount(tokens, keep) > max) cut(parse, tokens, keep, head, max);
  // Any words of the reported clause dropped after the label's end are marked: a label that
  // silently ends early ("X blamed the threat", without "on Y") can say what the sentence does not.
  const ellipsis = endsEarly(tokens, content, keep);
  // A label with no verb left, or opens on "who", misread the sentence: the string path is safer.
  const first = kept(keep)[0];
  const predicate = kept(keep).some((i) => tokens[i]?.pos === "VERB" || tokens[i]?.pos === "AUX");
  if (!predicate || RELATIVE_WORDS.has(tokens[first ?? 0]?.normal ?? "")) return null;
  return renderLabel(tokens, keep, ellipsis);
}

/** True when a word of the content (not punctuation) after the last kept token was dropped. */
function endsEarly(tokens: readonly Token[], content: Uint8Array, keep: Uint8Array): boolean {
  const last = keep.lastIndexOf(1);
  for (let i = last + 1; i < tokens.length; i += 1)
    if (content[i] === 1 && keep[i] === 0 && tokens[i]?.pos !== "PUNCT") return true;
  return false;
}
