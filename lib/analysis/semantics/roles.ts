import type { ContentWord, SemanticToken } from "./content-words";

/**
 * Checks that two sentences with the same words do not tell opposite facts:
 * "X blamed Y" against "Y blamed X" (an argument changes sides of the verb
 * both share, passive voice taken into account: "Y was blamed by X" keeps X
 * the agent), and "X resigned" against "X did not resign". Word windows, not
 * syntax: an argument counts only when nothing that starts another clause
 * (a verb, a conjunction, a comma) stands between it and the verb.
 */
export type Role = "agent" | "patient";

const BREAKS = new Set(["VERB", "SCONJ", "CCONJ", "PUNCT"]);
const NEGATORS = new Set(["not", "n't", "never", "no"]);
const ARGUMENT_POS = new Set(["NOUN", "PROPN"]);
/** Words that may stand between a preposition and its noun ("of the new steel tariffs"). */
const MODIFIER_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PART", "PRON"]);
/**
 * Verbs of saying put their subject after them as readily as before
 * ("…," said Smith), so the side of the verb says nothing about the role.
 */
const SPEECH_VERBS = new Set(["say", "add", "tell", "write", "ask", "note", "explain", "continue"]);
/** When something happened is not who did it: dates move freely around the verb. */
const TIME_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "today",
  "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "day", "week", "month",
  "year", "time", "hour", "minute", "weekend", "season", "decade", "century",
]); // prettier-ignore

/** Keys that occur once in the sentence: a repeated word cannot say which occurrence is which. */
function onceOnly(words: readonly ContentWord[]): Set<string> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word.key, (counts.get(word.key) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n === 1).map(([key]) => key));
}

const PASSIVE_AUX = new Set(["be", "being", "been", "get", "got"]);
/** What may follow a verb as its object ("blamed the mayor", "blamed Jones"). */
const OBJECT_START = new Set(["DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"]);

function isPassive(tokens: readonly SemanticToken[], verb: number): boolean {
  const head = tokens[verb];
  if (!head || /ing$/i.test(head.text)) return false;
  for (let i = verb - 1; i >= Math.max(0, verb - 3); i -= 1) {
    const token = tokens[i] as SemanticToken;
    if (token.pos === "AUX") return PASSIVE_AUX.has(token.lemma.toLowerCase());
    // "were also linked", "were both linked"
    if (token.pos !== "ADV" && token.pos !== "PART" && token.pos !== "DET") return false;
  }
  return false;
}

/**
 * "a server built into the system", "a law used to launch cases": a participle
 * right after a noun, with no object after it, may be a reduced passive
 * clause, so the noun before it may be its patient, not its agent.
 */
function mayBeReducedPassive(tokens: readonly SemanticToken[], verb: number): boolean {
  const head = tokens[verb];
  const before = tokens[verb - 1];
  const after = tokens[verb + 1];
  if (!head || !before || /ing$/i.test(head.text)) return false;
  return (before.pos === "NOUN" || before.pos === "PROPN") && !OBJECT_START.has(after?.pos ?? "");
}

/** True when a preposition governs the word at `at` ("the review of the tariffs"): not a subject or object. */
function isOblique(tokens: readonly SemanticToken[], at: number): boolean {
  return governedBy(tokens, at) !== undefined;
}

/**
 * The argument's role towards the verb, or undefined when a clause boundary
 * separates them or a preposition other than an agent's "by" governs it.
 */
export function roleOf(
  tokens: readonly SemanticToken[],
  verb: number,
  argument: number,
): Role | undefined {
  const [from, to] = argument < verb ? [argument + 1, verb] : [verb + 1, argument];
  for (let i = from; i < to; i += 1) {
    const token = tokens[i] as SemanticToken;
    if (BREAKS.has(token.pos) && token.text !== "'s") return undefined;
  }
  const head = tokens[verb];
  // "dragged by the parachute": a participle's "by" names the agent, with or without "was".
  if (
    argument > verb &&
    head &&
    !/ing$/i.test(head.text) &&
    governedBy(tokens, argument) === "by"
  ) {
    return "agent";
  }
  if (isOblique(tokens, argument)) return undefined;
  // A noun modifying the next noun ("Embraer aircraft") is not the argument; its head is.
  const next = tokens[argument + 1];
  if (next && (next.pos === "NOUN" || next.pos === "PROPN")) return undefined;
  const passive = isPassive(tokens, verb);
  if (argument < verb && !passive && mayBeReducedPassive(tokens, verb)) return undefined;
  if (argument < verb) return passive ? "patient" : "agent";
  return passive ? undefined : "patient";
}

/** The preposition governing the word at `at`, if any. */
function governedBy(tokens: readonly SemanticToken[], at: number): string | undefined {
  for (let i = at - 1; i >= 0; i -= 1) {
    const token = tokens[i] as SemanticToken;
    if (token.pos === "ADP") return token.lemma.toLowerCase();
    if (!MODIFIER_POS.has(token.pos)) return undefined;
  }
  return undefined;
}

/** True when a negation stands just before the verb ("did not resign", "never voted"). */
export function isNegated(tokens: readonly SemanticToken[], verb: number): boolean {
  for (let i = verb - 1; i >= Math.max(0, verb - 3); i -= 1) {
    const token = tokens[i] as SemanticToken;
    if (NEGATORS.has(token.lemma.toLowerCase())) return true;
    if (token.pos !== "AUX" && token.pos !== "PART" && token.pos !== "ADV") return false;
  }
  return false;
}

export interface Link {
  a: ContentWord;
  b: ContentWord;
  kind: string;
}

export interface Conflicts {
  /** An argument is the agent of a shared verb in one sentence and its patient in the other. */
  roles: boolean;
  /** A shared verb is negated in one sentence only. */
  negation: boolean;
}

export interface Sides {
  tokens: readonly SemanticToken[];
  words: readonly ContentWord[];
}

export function conflicts(sideA: Sides, sideB: Sides, links: readonly Link[]): Conflicts {
  const tokensA = sideA.tokens;
  const tokensB = sideB.tokens;
  const onceA = onceOnly(sideA.words);
  const onceB = onceOnly(sideB.words);
  // Only words each sentence uses once, linked to themselves (verbs: or to a synonym), are tested.
  const single = (link: Link, kinds: readonly string[]) =>
    kinds.includes(link.kind) && onceA.has(link.a.key) && onceB.has(link.b.key);
  let roles = false;
  let negation = false;
  for (const verb of links) {
    if (verb.a.pos !== "VERB" || verb.b.pos !== "VERB" || !single(verb, ["shared", "synonym"]))
      continue;
    if (isNegated(tokensA, verb.a.first) !== isNegated(tokensB, verb.b.first)) negation = true;
    if (SPEECH_VERBS.has(verb.a.key) || SPEECH_VERBS.has(verb.b.key)) continue;
    for (const argument of links) {
      if (
        !single(argument, ["shared"]) ||
        !ARGUMENT_POS.has(argument.a.pos) ||
        !ARGUMENT_POS.has(argument.b.pos) ||
        TIME_WORDS.has(argument.a.key)
      ) {
        continue;
      }
      const roleA = roleOf(tokensA, verb.a.first, argument.a.first);
      const roleB = roleOf(tokensB, verb.b.first, argument.b.first);
      if (roleA && roleB && roleA !== roleB) roles = true;
    }
  }
  return { roles, negation };
}
