import type { Token } from "@/lib/analysis/nlp";

/**
 * Tokens of many sentences in columns: offsets and flags in typed arrays, each
 * string once in a table. Posting this between threads is a copy of a few
 * buffers instead of a million small objects; and the receiving thread shares
 * one string per distinct word, as the sending thread did (a structured clone
 * would hand it a fresh copy of every lemma, which costs memory and rehashing
 * in every later Map lookup).
 */
export interface TokenPack {
  strings: string[];
  /** Tokens in each sentence, in order. */
  lengths: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Indices into `strings`. */
  text: Int32Array;
  normal: Int32Array;
  lemma: Int32Array;
  pos: Int32Array;
  type: Int32Array;
  stop: Uint8Array;
}

export function packTokens(sentences: readonly (readonly Token[])[]): TokenPack {
  let total = 0;
  for (const tokens of sentences) total += tokens.length;
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const idOf = (value: string): number => {
    let id = ids.get(value);
    if (id === undefined) {
      id = strings.length;
      strings.push(value);
      ids.set(value, id);
    }
    return id;
  };
  const pack: TokenPack = {
    strings,
    lengths: new Int32Array(sentences.length),
    start: new Int32Array(total),
    end: new Int32Array(total),
    text: new Int32Array(total),
    normal: new Int32Array(total),
    lemma: new Int32Array(total),
    pos: new Int32Array(total),
    type: new Int32Array(total),
    stop: new Uint8Array(total),
  };
  let at = 0;
  sentences.forEach((tokens, s) => {
    pack.lengths[s] = tokens.length;
    for (const token of tokens) {
      pack.start[at] = token.start;
      pack.end[at] = token.end;
      pack.text[at] = idOf(token.text);
      pack.normal[at] = idOf(token.normal);
      pack.lemma[at] = idOf(token.lemma);
      pack.pos[at] = idOf(token.pos);
      pack.type[at] = idOf(token.type);
      pack.stop[at] = token.stop ? 1 : 0;
      at += 1;
    }
  });
  return pack;
}

/** The buffers of a pack, to transfer rather than copy. */
export function packBuffers(pack: TokenPack): ArrayBuffer[] {
  const arrays = [pack.lengths, pack.start, pack.end, pack.text, pack.normal];
  return [...arrays, pack.lemma, pack.pos, pack.type, pack.stop].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/** The tokens again, sentence by sentence, as `readText` makes them (same fields, same order). */
export function unpackTokens(pack: TokenPack): Token[][] {
  const str = (id: number | undefined): string => pack.strings[id ?? 0] ?? "";
  const sentences: Token[][] = [];
  let at = 0;
  for (const length of pack.lengths) {
    const tokens = new Array<Token>(length);
    for (let i = 0; i < length; i += 1, at += 1) {
      tokens[i] = {
        text: str(pack.text[at]),
        start: pack.start[at] ?? 0,
        end: pack.end[at] ?? 0,
        normal: str(pack.normal[at]),
        lemma: str(pack.lemma[at]),
        pos: str(pack.pos[at]),
        type: str(pack.type[at]),
        stop: pack.stop[at] === 1,
      };
    }
    sentences.push(tokens);
  }
  return sentences;
}
