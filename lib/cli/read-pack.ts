import type { ReadArticle } from "@/lib/analysis/analyze";
import type { ArticleInput, Sentence } from "@/lib/analysis/schema";
import { packBuffers, packTokens, type TokenPack, unpackTokens } from "./token-pack";

/** An article read, less what the other thread has (its input) or rebuilds (tokens, the text twice). */
interface SentArticle {
  quotes: ReadArticle["quotes"];
  analysis: ReadArticle["prepared"]["analysis"];
  paragraphs: ReadArticle["prepared"]["segmented"]["paragraphs"];
  sentences: Sentence[];
}

/** Articles `from` … `from + read.length - 1`, read on one thread, to post to another. */
export interface ReadBatch {
  from: number;
  read: SentArticle[];
  tokens: TokenPack;
}

/** A batch of read articles as a message and the buffers to transfer with it. */
export function packRead(
  from: number,
  read: readonly ReadArticle[],
): { batch: ReadBatch; transfer: ArrayBuffer[] } {
  const tokens = packTokens(
    read.flatMap((r) => r.prepared.segmented.sentences.map((sentence) => sentence.tokens)),
  );
  const batch: ReadBatch = {
    from,
    read: read.map(({ quotes, prepared }) => ({
      quotes,
      analysis: prepared.analysis,
      paragraphs: prepared.segmented.paragraphs,
      sentences: prepared.segmented.sentences.map(({ tokens: _tokens, ...sentence }) => sentence),
    })),
    tokens,
  };
  return { batch, transfer: packBuffers(tokens) };
}

/** Put a received batch into `into` at its articles' places (`inputs` are the story's articles). */
export function unpackRead(
  batch: ReadBatch,
  inputs: readonly ArticleInput[],
  into: (ReadArticle | undefined)[],
): void {
  const tokens = unpackTokens(batch.tokens);
  let s = 0;
  batch.read.forEach((sent, k) => {
    const i = batch.from + k;
    const input = inputs[i];
    if (!input) throw new Error(`a batch names article ${i}, which the story does not have`);
    const sentences = sent.sentences.map((sentence) => ({
      ...sentence,
      tokens: tokens[s++] ?? [],
    }));
    into[i] = {
      quotes: sent.quotes,
      prepared: {
        input,
        analysis: sent.analysis,
        segmented: { text: sent.analysis.text, paragraphs: sent.paragraphs, sentences },
      },
    };
  });
}
