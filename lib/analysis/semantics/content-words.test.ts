import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/analysis/text";
import { contentWords } from "./content-words";

const words = (text: string) => contentWords(tokenize(text));

describe("contentWords", () => {
  it("keeps nouns, verbs, adjectives, names and numbers, and drops grammar words", () => {
    expect(words("The minister will not be leaving on Friday.").map((w) => w.key)).toEqual([
      "minister",
      "leave",
      "friday",
    ]);
  });

  it("reads a multi-word verb as one word, spanning its tokens", () => {
    const [, verb] = words("The mayor stepped down yesterday.");
    expect(verb?.key).toBe("step_down");
    expect(verb?.text).toBe("stepped down");
    expect([verb?.first, verb?.last]).toEqual([2, 3]);
  });

  it("reads a capitalised first word the lexicons know as a common noun", () => {
    const [first] = words("Demonstrators blocked the bridge.");
    expect(first?.key).toBe("demonstrator");
    expect(first?.pos).toBe("NOUN");
    expect(first?.name).toBe(false);
  });

  it("keeps a name inside a sentence a name", () => {
    const bush = words("Yesterday Bush spoke.").find((w) => w.text === "Bush");
    expect(bush?.name).toBe(true);
  });

  it("gives the same word the same id", () => {
    const a = words("Rain fell.")[0];
    const b = words("Heavy rain fell.")[1];
    expect(a?.key).toBe("rain");
    expect(a?.id).toBe(b?.id);
  });
});
