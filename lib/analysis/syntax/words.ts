/**
 * From the engine's tokens to the words the parser reads.
 *
 * The treebank (UD English EWT) splits clitics and a few fused forms into
 * words ("I'm" → "I" "'m", "Bob's" → "Bob" "'s", "cannot" → "can" "not",
 * "gonna" → "gon" "na"). wink-nlp splits most of them the same way but not
 * all ("I'm", "Bob's" and "She'd've" come through whole, "cannot" sometimes).
 * The parser was trained on treebank words, so tokens are split here the
 * same way, and the parse is folded back onto the tokens afterwards
 * (`fold.ts`). Training runs the same function on wink's reading of the
 * treebank text, so the model learns from exactly what it sees here.
 */

/** What the parser needs of a token: wink's `Token` fits, as does any token with a form and a UPOS tag. */
export interface SyntaxToken {
  /** The token as written. */
  text: string;
  /** Universal POS tag (wink's `pos`). */
  pos: string;
  /** Dictionary form; the lower-cased text when absent. */
  lemma?: string;
}

/** One parser word: a token, or a piece of one. */
export interface Word {
  form: string;
  pos: string;
  lemma: string;
  /** Index of the token it came from. */
  token: number;
  /** Character offsets of the piece inside the token's text. */
  from: number;
  to: number;
}

type Piece = [form: string, pos: string, lemma: string];

/** Fused forms the treebank writes as two words, with the tags and lemmas it gives them. */
const FUSED: Record<string, [Piece, Piece]> = {
  cannot: [
    ["can", "AUX", "can"],
    ["not", "PART", "not"],
  ],
  gonna: [
    ["gon", "VERB", "go"],
    ["na", "PART", "to"],
  ],
  wanna: [
    ["wan", "VERB", "want"],
    ["na", "PART", "to"],
  ],
  gotta: [
    ["got", "VERB", "get"],
    ["ta", "PART", "to"],
  ],
};

/** Clitics that end a token wink left whole, longest first. */
const CLITIC = /^(.*[a-z])(n't|'m|'re|'ve|'ll|'d|'s)$/i;

const CLITIC_TAG: Record<string, Piece> = {
  "n't": ["n't", "PART", "not"],
  "'m": ["'m", "AUX", "be"],
  "'re": ["'re", "AUX", "be"],
  "'ve": ["'ve", "AUX", "have"],
  "'ll": ["'ll", "AUX", "will"],
  "'d": ["'d", "AUX", "would"],
};

/** Words before which "'s" is "is"/"has" rather than a possessive. */
const S_IS_AFTER = new Set([
  "it",
  "he",
  "she",
  "that",
  "there",
  "here",
  "what",
  "who",
  "where",
  "how",
  "this",
  "everything",
  "everyone",
  "nothing",
  "something",
  "someone",
]);

const PRONOUNS = new Set([
  "i",
  "you",
  "he",
  "she",
  "it",
  "we",
  "they",
  "that",
  "there",
  "this",
  "what",
  "who",
  "y'all",
]);

/** Straighten curly apostrophes so the clitic patterns match either kind. */
function straight(text: string): string {
  return text.replace(/[’‘`´]/g, "'");
}

/** Apostrophes of any kind: a token with none has no clitic to peel off. */
const APOSTROPHE = /['’‘`´]/;

/** Split one token into words; most tokens are one word. */
function splitToken(token: SyntaxToken, index: number, out: Word[]): void {
  const text = token.text;
  // Most tokens hold no apostrophe: nothing to straighten, and no clitic pattern to try.
  const plain = !APOSTROPHE.test(text);
  const lower = plain ? text.toLowerCase() : straight(text).toLowerCase();
  // Own keys only: "constructor" or "toString" would otherwise find Object's members.
  const fused = Object.hasOwn(FUSED, lower) ? FUSED[lower] : undefined;
  if (fused) {
    const cut = fused[0][0].length;
    out.push(piece(text.slice(0, cut), fused[0], index, 0, cut));
    out.push(piece(text.slice(cut), fused[1], index, cut, text.length));
    return;
  }
  const parts: Word[] = [];
  let rest = text;
  let match: RegExpExecArray | null;
  // Peel clitics off the end ("she'd've" → "she" "'d" "'ve"); wink splits the usual ones itself.
  while (
    !plain &&
    token.pos !== "PUNCT" &&
    (match = CLITIC.exec(straight(rest))) !== null &&
    match[1] !== undefined &&
    match[2] !== undefined
  ) {
    const base = match[1];
    const clitic = match[2].toLowerCase();
    const at = base.length;
    let tag = CLITIC_TAG[clitic];
    if (clitic === "'s") {
      const baseLower = base.toLowerCase();
      if (baseLower === "let") tag = ["'s", "PRON", "we"];
      else if (S_IS_AFTER.has(baseLower)) tag = ["'s", "AUX", "be"];
      else tag = ["'s", "PART", "'s"];
    }
    if (!tag) break;
    parts.unshift(piece(rest.slice(at), tag, index, at, rest.length));
    rest = rest.slice(0, at);
    if (clitic === "n't" && /^(ca|wo|sha|do|does|did|is|are|was|were|have|has|had)$/i.test(rest)) {
      break;
    }
  }
  if (parts.length === 0) {
    out.push({
      form: text,
      pos: token.pos,
      lemma: token.lemma ?? lower,
      token: index,
      from: 0,
      to: text.length,
    });
    return;
  }
  const baseLower = straight(rest).toLowerCase();
  const basePos = PRONOUNS.has(baseLower) ? "PRON" : parts[0]?.lemma === "not" ? "AUX" : token.pos;
  out.push({
    form: rest,
    pos: basePos,
    lemma: baseLower,
    token: index,
    from: 0,
    to: rest.length,
  });
  for (const part of parts) out.push(part);
}

function piece(form: string, tag: Piece, token: number, from: number, to: number): Word {
  return { form, pos: tag[1], lemma: tag[2], token, from, to };
}

/** The parser's words for a sentence's tokens, in order; each knows its token. */
export function toWords(tokens: readonly SyntaxToken[]): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i += 1) splitToken(tokens[i] as SyntaxToken, i, words);
  return words;
}
