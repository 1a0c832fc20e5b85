import { decode } from "@/lib/analysis/syntax/training";
import { encodeSentence } from "@/lib/analysis/syntax/training";
import type { Model } from "@/lib/analysis/syntax/training";
import type { TreebankSentence } from "./conllu";
import { taggedWords, type TagSource } from "./data";
import { countWord, emptyAttachment, type Attachment } from "./score";

/** Attachment of a model on treebank sentences, with the treebank's words and tags from `source`. */
export function measure(
  model: Model,
  sentences: readonly TreebankSentence[],
  source: TagSource,
): { all: Attachment; noPunct: Attachment } {
  const all = emptyAttachment();
  const noPunct = emptyAttachment();
  for (const sentence of sentences) {
    const words = taggedWords(sentence, source);
    const parsed = decode(model, encodeSentence(words));
    const n = words.length;
    sentence.words.forEach((word, i) => {
      const head = parsed.heads[i] as number;
      const predicted = {
        head: head >= n || head < 0 ? -1 : head,
        label: model.labels[parsed.labels[i] as number] ?? "dep",
      };
      const gold = { head: word.head, label: word.deprel };
      countWord(all, gold, predicted);
      if (word.upos !== "PUNCT") countWord(noPunct, gold, predicted);
    });
  }
  return { all, noPunct };
}
