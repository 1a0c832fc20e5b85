import winkNLP, { type Document, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * The one place that loads wink-nlp, made to read every text as if it were the first.
 *
 * wink learns each word it has not seen (it adds it to the model's lexicon), and its tokenizer
 * asks that lexicon whether a piece of text is a known word before it splits it: read after
 * "The decision was Varga’s.", the words "Mayor Varga’s chief" keep "Varga’s" whole; read first,
 * they split "’s" off. So a text's tokens depended on what the process had read before — another
 * article of the story, another story in a long-running worker, another order of articles — and
 * the engine would not be a function of its input. Here the words a text taught wink are
 * forgotten (taken out of the lexicon's lookup table) as soon as it has been read, so the same
 * text always gives the same tokens. Their entries stay in wink's tables (its documents point
 * at them), so a long-running process grows them a little with every text it reads; past
 * MAX_LEARNED such entries the instance is made anew (which, since reading is history-free,
 * changes no result).
 *
 * Only sentence boundaries and POS tags (which lemmas depend on) are run: the default pipe also
 * runs named entities, negation, sentiment and custom entities, which nothing here reads and
 * which cost as much again. Tokens, sentences, tags and lemmas are the same either way.
 */

/** wink's lexeme table inside the model's core (not part of wink's typings). */
interface LexemeTable {
  hash: Record<string, number | undefined>;
  list: string[];
}

export const MAX_LEARNED = 500_000;

interface Reader {
  nlp: WinkMethods;
  lexemes: LexemeTable;
  intrinsic: number;
}

type WinkModel = typeof model;

function makeReader(): Reader {
  let core: { features?: { lexeme?: LexemeTable } } | undefined;
  const source = model as unknown as { core: () => typeof core };
  // winkNLP loads the model's core once, through `core()`; keep a handle on what it loads.
  const watched = {
    ...model,
    core: () => {
      core = source.core();
      return core;
    },
  } as unknown as WinkModel;
  const nlp = winkNLP(watched, ["sbd", "pos"]);
  const lexemes = core?.features?.lexeme;
  if (!lexemes || !Array.isArray(lexemes.list) || typeof lexemes.hash !== "object") {
    throw new Error("wink-nlp's model has no lexeme table where this version expects one");
  }
  return { nlp, lexemes, intrinsic: lexemes.list.length };
}

let reader = makeReader();

/** wink's `its` helpers (the same for every instance). */
export const its = reader.nlp.its;

/**
 * Read `text` with wink and hand the document to `take`, which must take everything it needs from
 * it before returning (the document's words are forgotten afterwards).
 */
export function readWith<T>(text: string, take: (doc: Document) => T): T {
  if (learnedEntries() > MAX_LEARNED) renewReader();
  const { lexemes } = reader;
  const mark = lexemes.list.length;
  try {
    return take(reader.nlp.readDoc(text));
  } finally {
    for (let i = mark; i < lexemes.list.length; i += 1) {
      const word = lexemes.list[i];
      if (word !== undefined && lexemes.hash[word] === i) delete lexemes.hash[word];
    }
  }
}

/** A new wink instance with a lexicon as shipped (what a long-running process does now and then). */
export function renewReader(): void {
  reader = makeReader();
}

/** Entries wink has added to its tables since the instance was made (for tests). */
export function learnedEntries(): number {
  return reader.lexemes.list.length - reader.intrinsic;
}
