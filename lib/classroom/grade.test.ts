import { describe, expect, it } from "vitest";
import { gradeGuess, rightGuess } from "./grade";

const identified = { type: "state-broadcaster", profiled: true, identified: true } as const;
const unidentified = { type: "unknown", profiled: true, identified: false } as const;
const noProfile = { type: "unknown", profiled: false, identified: true } as const;

describe("grading a guess of an outlet's kind", () => {
  it("an identified outlet: its kind is right, anything else (“Can't tell” too) is not", () => {
    expect(rightGuess(identified)).toBe("state-broadcaster");
    expect(gradeGuess("state-broadcaster", identified)).toEqual({
      result: "right",
      text: "✓ right",
    });
    expect(gradeGuess("newspaper", identified)).toEqual({
      result: "wrong",
      text: "✗ not quite: it is a state broadcaster",
    });
    expect(gradeGuess("unsure", identified).result).toBe("wrong");
    expect(gradeGuess("unsure", { ...identified, type: "advocacy-group" }).text).toBe(
      "✗ not quite: it is an advocacy group",
    );
  });

  it("an outlet the text cannot identify: “Can't tell” is right, a kind is not", () => {
    expect(rightGuess(unidentified)).toBe("unsure");
    expect(gradeGuess("unsure", unidentified)).toEqual({
      result: "right",
      text: "✓ right: nothing in the text says who published it",
    });
    const guessed = gradeGuess("news-site", unidentified);
    expect(guessed.result).toBe("wrong");
    expect(guessed.text).toContain("the text cannot tell");
    expect(guessed.text).toContain("Can’t tell");
    expect(guessed.text).not.toContain("not quite");
  });

  it("an outlet without a profile: nothing to check, neither right nor wrong", () => {
    expect(rightGuess(noProfile)).toBeNull();
    for (const guess of ["unsure", "newspaper"] as const)
      expect(gradeGuess(guess, noProfile).result).toBe("none");
  });
});
