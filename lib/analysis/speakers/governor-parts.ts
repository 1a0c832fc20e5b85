import { dependentOf, dependentsOf, depthOf, headOf, relationOf, type Parse } from "../syntax";
import { isParticiple, isSpeechVerb, type QuoteContext } from "../text";
import type { ParseUnit } from "./parse-units";
import { lang } from "../lang";
import { putsIt } from "./speech-idioms";

/**
 * The pieces governor.ts reads a quote's sentence with: where the quote sits in the parse, which
 * words are predicates, and the verbs that attribute it from outside its own clause (after its
 * closing mark, after a colon, hung from a word inside it).
 */

/** A predicate that may govern a quote, as governor.ts weighs it. */
export interface Candidate {
  verb: number;
  speech: boolean;
  direct: boolean;
  /** No verb: the quote follows "Name:" (the agent is the name before the colon). */
  named?: boolean;
  /** The clause before a colon introduces the quote ("Ruiz delivered a message: “…”"). */
  colon?: boolean;
  /** The verb follows the quote with only its subject between ("“…,” said Ruiz", "“…,” Ruiz, a lawyer, said"): where to read it from. */
  after?: { from: number } | null;
  /** The verb opens the quote: only a comma or colon between it and the quote's first mark ("Ruiz replied, “…”"). */
  opens?: boolean;
}

export const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** The quote's words in one unit: local token range [lo, hi], marks included. */
export interface Region {
  lo: number;
  hi: number;
}

/**
 * A word in its base form after "a"/"an" with only names, adjectives and nouns between ("a
 * Facebook comment", "an online post"): a noun the tagger read as a verb; an article's noun
 * never takes a bare verb ("a senator say" is no English).
 */
export function articleNoun(ctx: QuoteContext, i: number): boolean {
  const token = tok(ctx, i);
  if (!token || token.normal !== token.lemma) return false;
  let k = i - 1;
  while (/^(?:PROPN|ADJ|NOUN)$/.test(tok(ctx, k)?.pos ?? "")) k -= 1;
  return /^(?:a|an)$/.test(tok(ctx, k)?.normal ?? "");
}

export const inside = (region: Region, i: number) => i >= region.lo && i <= region.hi;

/** Token i's head, passing over the quote's own marks (the parser often hangs words from them). */
export function headPastMarks(parse: Parse, region: Region, i: number): number | null {
  let head = headOf(parse, i);
  while (head !== null && inside(region, head) && parse.tokens[head]?.pos === "PUNCT")
    head = headOf(parse, head);
  return head;
}

/**
 * The quote's head word in the unit and what it hangs from: the word nearest the root whose
 * head lies outside the quote. Null when the quote holds the root.
 */
export function quoteHead(
  parse: Parse,
  region: Region,
): { head: number; anchor: number | null } | null {
  let best: { head: number; anchor: number | null } | null = null;
  let bestDepth = Infinity;
  for (let i = region.lo; i <= region.hi; i += 1) {
    if (parse.tokens[i]?.pos === "PUNCT") continue;
    const head = headPastMarks(parse, region, i);
    if (head !== null && inside(region, head)) continue;
    const depth = depthOf(parse, i);
    if (depth < bestDepth) {
      best = { head: i, anchor: head };
      bestDepth = depth;
    }
  }
  return best;
}

/** A word that heads a clause of its own: a verb, or a word with a subject or copula. */
export function isPredicate(parse: Parse, i: number): boolean {
  if (parse.tokens[i]?.pos === "VERB") return true;
  return dependentOf(parse, i, "nsubj", "csubj", "cop") !== null;
}

/** Predicates outside the quote that hang from a word inside it ("“…,” X said" parsed the other way round). */
export function hanging(ctx: QuoteContext, unit: ParseUnit, region: Region): Candidate[] {
  const { parse, first } = unit;
  const found: Candidate[] = [];
  const consider = (i: number) => {
    const token = tok(ctx, first + i);
    if (!token) return false;
    // "…,” Ruiz continued": verbs that speak only right after a quote do so here, and a speech
    // verb tagged as a noun there is one ("…,” Ruiz notes").
    const after = i > region.hi ? afterQuote(ctx, unit, i, region.hi) : null;
    const noun = after !== null && token.pos === "NOUN" && lang.speech.verbs.has(token.lemma);
    if (!isPredicate(parse, i) && !noun) return false;
    const speech = noun || isSpeechVerb(token, after !== null) || putsIt(ctx, parse, first, i);
    found.push({ verb: i, speech, direct: true, after });
    return speech;
  };
  for (let i = 0; i < parse.heads.length; i += 1) {
    if (inside(region, i)) continue;
    const head = headPastMarks(parse, region, i);
    if (head === null || !inside(region, head)) continue;
    // "“…,” Ruiz, 58, told AFP" parsed with "Ruiz" below the quote and "told" below "Ruiz".
    if (!consider(i))
      for (const child of dependentsOf(parse, i)) if (!inside(region, child)) consider(child);
  }
  const distance = (c: Candidate) => (c.verb < region.lo ? region.lo - c.verb : c.verb - region.hi);
  return found.sort((a, b) => Number(b.speech) - Number(a.speech) || distance(a) - distance(b));
}

/**
 * A quote opened after a colon ("Ruiz tweeted: “…”", "released the following statement: “…”",
 * and in roundups "Ruiz: “…”"): the verb of the clause before the colon, or, with no verb there,
 * the name that opens the line.
 */
export function colonIntroduced(ctx: QuoteContext, unit: ParseUnit, region: Region): Candidate[] {
  const { parse, first } = unit;
  const level = tok(ctx, first + region.lo)?.depth;
  let colon = region.lo - 1;
  while (colon >= 0 && /^[“"‘']$/.test(tok(ctx, first + colon)?.text ?? "")) colon -= 1;
  // A dash set off by spaces does what a colon does before a quote that ends the sentence
  // ("Ruiz also backed the toll — “I think it is fair to every driver.”"); not before a few words
  // the outlet borrows, nor before a name (a signature, dash-signed.ts).
  const dash =
    spacedDash(ctx, first + colon, false) &&
    endsUnit(ctx, unit, region) &&
    region.hi - region.lo > 5;
  if (tok(ctx, first + colon)?.text !== ":" && !dash) return [];
  for (let i = colon - 1; i >= 0; i -= 1) {
    const token = tok(ctx, first + i);
    if (!token || token.depth !== level) continue;
    // "POLLS MISSED THE SURGE — Ana Ruiz: “…”": a dash ends the line's stretch before the name.
    if (spacedDash(ctx, first + i)) break;
    // "X apologized for what happened: “…”": a relative clause's verb is not what introduces it.
    if (token.pos === "VERB" && isPredicate(parse, i) && !/^acl/.test(relationOf(parse, i) ?? "")) {
      // "X apologized for what went wrong: “…”": an adverbial or complement clause before the
      // colon belongs to the clause it hangs from; that clause's verb introduces the quote. A
      // speech verb introduces it itself ("Ruiz said the letter reads: “…”").
      const verb = isSpeechVerb(token) ? i : mainClauseBefore(ctx, unit, i, colon);
      const main = tok(ctx, first + verb);
      return [{ verb, speech: main ? isSpeechVerb(main, true) : false, direct: true, colon: true }];
    }
  }
  return dash ? [] : [{ verb: colon, speech: true, direct: true, named: true, colon: true }];
}

/**
 * True when token i (in ctx.tokens) is a dash set off by a space before it ("held firm — “…”",
 * "POLLS MISSED — Ana Ruiz:"), not a hyphen joined to its word ("D-Ore."); `hyphen`: a lone
 * hyphen so spaced counts too ("held firm - “…”" in plain-text copy).
 */
export function spacedDash(ctx: QuoteContext, i: number, hyphen = true): boolean {
  const token = tok(ctx, i);
  const dash = hyphen ? /^(?:[—–-]|--)$/ : /^(?:[—–]|--)$/;
  return token !== undefined && dash.test(token.text) && tok(ctx, i - 1)?.end !== token.start;
}

/** True when nothing but punctuation follows the quote in its unit. */
function endsUnit(ctx: QuoteContext, unit: ParseUnit, region: Region): boolean {
  for (let k = region.hi + 1; k < unit.length; k += 1)
    if (/[\p{L}\p{N}]/u.test(tok(ctx, unit.first + k)?.text ?? "")) return false;
  return true;
}

/** Relations of a clause subordinate to the predicate it hangs from ("for what went wrong", "sure that …"). */
const SUBORDINATE = /^(?:advcl|ccomp)/;

/**
 * The predicate before the colon that verb v's clause is subordinate to (v itself at the top). A
 * speech verb above is not climbed to: "Ruiz said he thinks of what his aide told him: “…”" is
 * left to the rules that find the aide.
 */
function mainClauseBefore(ctx: QuoteContext, unit: ParseUnit, v: number, colon: number): number {
  const { parse, first } = unit;
  let at = v;
  for (let steps = 0; steps < 4 && SUBORDINATE.test(relationOf(parse, at) ?? ""); steps += 1) {
    const head = headOf(parse, at);
    if (head === null || head >= colon || !isPredicate(parse, head)) break;
    const token = tok(ctx, first + head);
    if (!token || isSpeechVerb(token, true)) break;
    at = head;
  }
  return at;
}

/** Relative pronouns whose clause, set off by commas, may sit between a subject and its verb. */
const RELATIVES = new Set(["who", "which", "whose"]);

/**
 * Whether verb v follows a quote's closing mark with only its subject between ("“…,” said
 * Ruiz", "“…,” Ruiz, a lawyer who …, said"): where that stretch starts, or null. `close` is the
 * quote's last local index, or null for any quote.
 */
export function afterQuote(
  ctx: QuoteContext,
  unit: ParseUnit,
  v: number,
  close: number | null,
): { from: number } | null {
  const level = tok(ctx, unit.first + v)?.depth;
  let relative = false;
  for (let i = v - 1; i >= Math.max(0, v - 40); i -= 1) {
    const token = tok(ctx, unit.first + i);
    if (!token) return null;
    if (token.depth !== level || ctx.closers.has(unit.first + i)) {
      const closes = ctx.closers.has(unit.first + i) || token.depth > (level ?? 0);
      if (!closes) return null;
      // The quote's comma, inside or after its marks ("…,” said Ruiz", "…”, Ruiz said"); a
      // phrase between ("…” due to the risks and warned") is no attribution.
      const comma =
        /^[,!?]$/.test(tok(ctx, unit.first + i - 1)?.text ?? "") || i + 1 === v
          ? true
          : tok(ctx, unit.first + i + 1)?.text === ",";
      if (!comma) return null;
      return close === null || i <= close ? { from: i + 1 } : null;
    }
    if (token.text === ",") relative = false;
    if (RELATIVES.has(token.normal)) relative = true;
    if (
      (token.pos === "VERB" || token.pos === "AUX") &&
      !relative &&
      !/^\p{Lu}/u.test(token.text)
    ) {
      // A verb between: unless it sits in a relative clause read from its end ("who spoke …,").
      let k = i - 1;
      while (
        k >= 0 &&
        tok(ctx, unit.first + k)?.text !== "," &&
        !RELATIVES.has(tok(ctx, unit.first + k)?.normal ?? "")
      )
        k -= 1;
      if (!RELATIVES.has(tok(ctx, unit.first + k)?.normal ?? "")) return null;
      i = k;
    }
  }
  return null;
}

/**
 * A speech participle right after the quote, set off by its comma ("… backed a “reckless plan,”
 * saying …"), however the parse hung it: it attributes the quote even when the quote sits in the
 * object of a verb that does not speak. Who says it is the participle's subject, the highest clause's
 * (governor-agent.ts).
 */
export function participleAfter(ctx: QuoteContext, unit: ParseUnit, region: Region): Candidate[] {
  const { parse, first } = unit;
  let i = region.hi + 1;
  let comma = tok(ctx, first + region.hi - 1)?.text === ",";
  while (i < parse.heads.length && /^[”"’',]$/.test(tok(ctx, first + i)?.text ?? "")) {
    comma ||= tok(ctx, first + i)?.text === ",";
    i += 1;
  }
  const token = tok(ctx, first + i);
  if (!comma || !token || !isParticiple(token) || !isSpeechVerb(token)) return [];
  if (!isPredicate(parse, i) || dependentOf(parse, i, "nsubj") !== null) return [];
  return [{ verb: i, speech: true, direct: false, after: null }];
}
