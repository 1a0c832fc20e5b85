import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/analysis/text";
import { isNegated, roleOf } from "./roles";

function roles(text: string, verb: string, argument: string) {
  const tokens = tokenize(text);
  const at = (word: string) => tokens.findIndex((token) => token.text === word);
  return roleOf(tokens, at(verb), at(argument));
}

describe("roleOf", () => {
  it("reads subject and object of an active verb", () => {
    expect(roles("Smith blamed Jones for the delay.", "blamed", "Smith")).toBe("agent");
    expect(roles("Smith blamed Jones for the delay.", "blamed", "Jones")).toBe("patient");
  });

  it("turns them round in the passive, with or without the auxiliary", () => {
    expect(roles("Jones was blamed by Smith.", "blamed", "Jones")).toBe("patient");
    expect(roles("Jones was blamed by Smith.", "blamed", "Smith")).toBe("agent");
    expect(roles("The boat, dragged by the tide, sank.", "dragged", "tide")).toBe("agent");
  });

  it("says nothing across a clause boundary or for a preposition's noun", () => {
    expect(roles("Smith said Jones resigned.", "resigned", "Smith")).toBeUndefined();
    expect(roles("A review of the tariffs found harm.", "found", "tariffs")).toBeUndefined();
  });

  it("says nothing for a noun before a participle that may be a reduced passive", () => {
    expect(roles("The server built into the phone works.", "built", "server")).toBeUndefined();
  });
});

describe("isNegated", () => {
  it("finds a negation just before the verb", () => {
    const tokens = tokenize("The minister did not resign.");
    expect(isNegated(tokens, 4)).toBe(true);
    expect(isNegated(tokenize("The minister resigned."), 2)).toBe(false);
  });
});
