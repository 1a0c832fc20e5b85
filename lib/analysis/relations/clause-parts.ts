import { type Mention, type SentenceActors } from "../actors";
import { type Token } from "../text";
import { lang } from "../lang";

/**
 * Shallow clause reading over wink tokens and resolved mentions: the subject
 * of a verb, the actors a verb or preposition governs (with coordination:
 * "the US, Daesh terrorists and remnants of the Ba’ath regime"), and
 * negation. No parser: left/right scans bounded by clause punctuation, so
 * the cost is linear in sentence length.
 */

const CLAUSE_STOP = /^(?:;|:|—|–|\(|\))$/;
const QUOTE_MARKS: ReadonlySet<string> = new Set(["“", "”", '"']);
const MAX_SCAN = 30;
const SKIPPABLE = new Set(["ADV", "AUX", "PART"]);

/** The mention a token belongs to, or null. */
export function mentionAt(sentence: SentenceActors, i: number): Mention | null {
  const k = sentence.at[i] ?? -1;
  return k >= 0 ? (sentence.mentions[k] ?? null) : null;
}

/** The quote id a token sits in (via the mention table's quote spans), or null. */
export type QuoteOf = (i: number) => string | null;

function isGerund(token: Token | undefined): boolean {
  return !!token && (token.pos === "VERB" || token.pos === "NOUN") && /ing$/.test(token.normal);
}

/** True when a mention is governed by a preposition or verb before it (an object, not a subject). */
function isObject(tokens: readonly Token[], m: Mention): boolean {
  const prev = tokens[m.first - 1];
  if (!prev) return false;
  const next = tokens[m.last + 1];
  if (isGerund(next) && prev.normal === "with") return false; // "with the mayor vowing …": an absolute clause's subject
  // "insists the Islamic Republic would be held …", "after Ostrom chided …": a clause's subject.
  let k = m.last + 1;
  while (tokens[k]?.pos === "ADV") k += 1;
  const verbNext = tokens[k]?.pos === "AUX" || tokens[k]?.pos === "VERB";
  if ((prev.pos === "VERB" || lang.functionWords.subordinators.has(prev.normal)) && verbNext)
    return false;
  if (prev.pos === "ADP" || prev.normal === "of" || prev.normal === "to") return true;
  return prev.pos === "VERB" && !/^(?:said|says|say)$/.test(prev.normal);
}

/**
 * The subject of the verb at token v: the nearest mention to its left that is
 * not an object, skipping embedded relative clauses; a relative pronoun that
 * is the verb's own subject hands over to its antecedent ("Freedonian officials,
 * who have blamed …"); "a statement which pointed to" hands over to the
 * statement's author.
 */
export function subjectOf(sentence: SentenceActors, v: number, quoteOf: QuoteOf): Mention | null {
  const { tokens } = sentence;
  const quote = quoteOf(v);
  // The word right before the verb group: a plain noun there is the subject, and it is no actor.
  let near = v - 1;
  while (
    near >= 0 &&
    (SKIPPABLE.has(tokens[near]?.pos ?? "") ||
      lang.time.adverbialTimeWords.has(tokens[near]?.normal ?? ""))
  )
    near -= 1;
  const nearToken = tokens[near];
  if (
    nearToken &&
    (nearToken.pos === "NOUN" || nearToken.pos === "PROPN") &&
    !mentionAt(sentence, near)
  ) {
    if (
      lang.speech.documentNouns.has(nearToken.lemma) ||
      lang.time.adverbialTimeWords.has(nearToken.normal)
    )
      return null;
    if (!isGerund(nearToken)) return null;
  }
  // ", accusing …": a participle after a comma takes the subject of the verb before it, else the main clause's.
  const verb = tokens[v];
  if (verb && /ing$/.test(verb.normal) && tokens[v - 1]?.text === ",") {
    for (let k = v - 2; k >= 0; k -= 1) {
      const t = tokens[k];
      if (!t || quoteOf(k) !== quote || CLAUSE_STOP.test(t.text)) break;
      if (t.pos === "VERB" && !/ing$/.test(t.normal)) {
        const found = subjectOf(sentence, k, quoteOf);
        if (found) return found;
        break;
      }
    }
    for (const m of sentence.mentions) {
      if (m.form === "pronoun" && m.text.toLowerCase() === "it") continue;
      if (m.last >= v) break;
      if (
        quoteOf(m.first) === quote &&
        !lang.functionWords.ownerPossessives.has(m.text.toLowerCase()) &&
        !isObject(tokens, m) &&
        tokens[m.last + 1]?.normal !== "'s"
      )
        return m;
    }
  }
  // "Stein, a physician and longtime Green Party activist, accused …": the subject is the name the
  // appositive describes, not a name inside it.
  const described = nearToken?.text === "," ? appositiveHead(sentence, near, quoteOf) : null;
  if (described) return described;
  for (let i = v - 1; i >= 0 && v - i <= MAX_SCAN; i -= 1) {
    const token = tokens[i];
    if (!token) break;
    if (CLAUSE_STOP.test(token.text)) break;
    const inQuote = quoteOf(i);
    // Inside a quote, the clause ends at the quote; outside, a quoted phrase is only skipped.
    if (inQuote !== quote) {
      if (quote) break;
      continue;
    }
    const m = mentionAt(sentence, i);
    if (m) {
      i = m.first;
      if (
        tokens[m.last + 1]?.normal === "'s" ||
        lang.functionWords.ownerPossessives.has(m.text.toLowerCase())
      )
        continue;
      if (!isObject(tokens, m)) return m;
      continue;
    }
    if (lang.functionWords.relatives.has(token.normal) && token.pos !== "SCONJ") {
      const direct = tokens.slice(i + 1, v).every((t) => t.pos !== "VERB");
      if (!direct) continue;
      let k = i - 1;
      while (k >= 0 && /^[,]$/.test(tokens[k]?.text ?? "")) k -= 1;
      const antecedent = mentionAt(sentence, k);
      if (antecedent) return antecedent;
      if (lang.speech.documentNouns.has(tokens[k]?.lemma ?? ""))
        return subjectOf(sentence, k, quoteOf);
      continue;
    }
  }
  return null;
}

/** Words an appositive noun phrase starts with: "a physician", "the party's leader", "longtime". */
const APPOSITIVE_START = new Set(["DET", "ADJ", "NOUN", "NUM"]);

/**
 * The mention an appositive closed by the comma at `close` describes: "Stein, a physician from
 * Massachusetts and longtime Green Party activist," → Stein. The phrase between the commas starts
 * like a noun phrase and holds no verb (", Lopez said," is a parenthetical, not an appositive).
 */
function appositiveHead(sentence: SentenceActors, close: number, quoteOf: QuoteOf): Mention | null {
  const { tokens } = sentence;
  const quote = quoteOf(close);
  for (let j = close - 1; j > 0 && close - j <= MAX_SCAN; j -= 1) {
    const t = tokens[j];
    if (!t || quoteOf(j) !== quote || CLAUSE_STOP.test(t.text)) return null;
    if (t.pos === "VERB" || t.pos === "AUX") return null;
    if (t.text !== ",") continue;
    if (j === close - 1 || !APPOSITIVE_START.has(tokens[j + 1]?.pos ?? "")) return null;
    const head = mentionAt(sentence, j - 1);
    return head && head.last === j - 1 && !isObject(tokens, head) ? head : null;
  }
  return null;
}

/**
 * Actors governed from token `from` on: the first mention within `reach`
 * tokens (stopping at clause punctuation and at words in `stops`), then any
 * coordinated with it ("Ruritania, its Republican Guard and rebels under …").
 */
export function mentionsFrom(
  sentence: SentenceActors,
  from: number,
  reach: number,
  stops: ReadonlySet<string> = new Set(),
): Mention[] {
  const { tokens } = sentence;
  let first: Mention | null = null;
  for (let i = from; i < tokens.length && i < from + reach; i += 1) {
    const token = tokens[i];
    if (!token || CLAUSE_STOP.test(token.text) || token.text === "." || stops.has(token.normal))
      break;
    if (i > from && (token.pos === "VERB" || token.pos === "AUX") && !isGerund(token)) break;
    // A quote mark ends the clause: “… should blame himself,” Jane Doe said — Jane Doe is not the object.
    if (QUOTE_MARKS.has(token.text)) break;
    first = mentionAt(sentence, i);
    if (first) break;
  }
  if (!first) return [];
  const list = [first];
  const governing = tokens[from - 1]?.normal ?? "";
  let cursor = first.last + 1;
  let conjunction = false;
  while (cursor < tokens.length) {
    let k = cursor;
    while (tokens[k]?.pos === "ADV") k += 1; // "Ruritanian forces directly or by …"
    let joined = false;
    let and = false;
    // A joiner (",", "and", "or"), then up to five filler words ("remnants of the former").
    while (k < tokens.length && /^(?:,|and|or)$/.test(tokens[k]?.normal ?? "")) {
      joined = true;
      and ||= tokens[k]?.normal !== ",";
      k += 1;
    }
    if (!joined) break;
    let next: Mention | null = null;
    for (let g = k; g < tokens.length && g < k + 6; g += 1) {
      const t = tokens[g];
      if (!t || CLAUSE_STOP.test(t.text) || t.text === "," || t.pos === "VERB" || t.pos === "AUX")
        break;
      if (t.pos === "ADP" && t.normal !== "of" && t.normal !== governing) break;
      const m = mentionAt(sentence, g);
      if (m && lang.functionWords.ownerPossessives.has(m.text.toLowerCase())) continue;
      if (m) {
        next = m;
        break;
      }
    }
    if (!next) break;
    list.push(next);
    conjunction ||= and;
    cursor = next.last + 1;
  }
  // "A, B" with no "and"/"or" to close the list is an apposition or a new clause, not a list.
  return conjunction ? list : list.slice(0, 1);
}

/** Index of the first token at or after `from` whose lemma or normal is `word`, within `reach`; -1 if none. */
export function findWord(tokens: readonly Token[], from: number, word: string, reach = 12): number {
  for (let k = from; k < tokens.length && k < from + reach; k += 1) {
    const token = tokens[k];
    if (!token || token.text === "." || token.text === ";") return -1;
    if (token.normal === word || token.lemma === word) return k;
  }
  return -1;
}

/** Text of tokens a..b (inclusive) as written in the article. */
export function spanText(text: string, tokens: readonly Token[], a: number, b: number): string {
  const first = tokens[a];
  const last = tokens[b];
  return first && last && b >= a ? text.slice(first.start, last.end) : "";
}

/** The end of a phrase starting at `from`: up to clause punctuation or `max` tokens. */
export function phraseEnd(tokens: readonly Token[], from: number, max = 14): number {
  let k = from;
  while (k + 1 < tokens.length && k + 1 < from + max) {
    const next = tokens[k + 1];
    if (
      !next ||
      /^[,;:.!?”"’)—–]$/.test(next.text) ||
      (next.pos === "PRON" && lang.functionWords.relatives.has(next.normal))
    )
      break;
    k += 1;
  }
  return k;
}
