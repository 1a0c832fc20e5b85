import { describe, expect, it } from "vitest";
import { readConllu } from "./conllu";

const SAMPLE = [
  "# sent_id = a-1",
  "# text = They don't know.",
  "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_",
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
  "4.1\tknown\tknow\tVERB\tVBN\t_\t_\t_\t4:conj\t_",
  "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
  "",
  "",
].join("\n");

describe("readConllu", () => {
  it("reads words, heads (0-based, -1 root), multiword tokens, and skips empty nodes", () => {
    const [sentence, ...rest] = readConllu(SAMPLE, "sample");
    expect(rest).toEqual([]);
    expect(sentence?.id).toBe("a-1");
    expect(sentence?.text).toBe("They don't know.");
    expect(sentence?.words.map((w) => [w.form, w.upos, w.head, w.deprel])).toEqual([
      ["They", "PRON", 3, "nsubj"],
      ["do", "AUX", 3, "aux"],
      ["n't", "PART", 3, "advmod"],
      ["know", "VERB", -1, "root"],
      [".", "PUNCT", 3, "punct"],
    ]);
    expect(sentence?.tokens.map((t) => [t.form, t.first, t.last])).toEqual([
      ["They", 0, 0],
      ["don't", 1, 2],
      ["know", 3, 3],
      [".", 4, 4],
    ]);
  });

  it("names the file and line of a malformed row", () => {
    expect(() => readConllu("1\tword\n", "bad.conllu")).toThrow(
      /bad\.conllu:1: expected 10 columns/,
    );
  });
});
