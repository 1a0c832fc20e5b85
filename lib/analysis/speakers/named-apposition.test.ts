import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

// A speaker written as a name with a long description, or as a description with the name in
// apposition, is the named person (named-apposition.ts, quote-speaker.ts, subjects.ts).
describe("a speaker described at length or named in apposition", () => {
  it("“The head of Y, Name, warned”: the name, not the description's head noun", () => {
    expect(
      who(
        'The head of the Civic Trust, Mara Denholm, warned that such a rule would be "cruel and pointless."',
      ),
    ).toEqual([["cruel and pointless.", "Mara Denholm", "X warned"]]);
    expect(
      who('His old partner at the firm, Ed Vance, said Holt was "never on time."')[0]?.[1],
    ).toBe("Ed Vance");
  });

  it("a name opening the clause after a phrase set off by a comma is not an apposition", () => {
    expect(who('In Ohio, Ray Holt said the plan was "a sad joke."')[0]?.[1]).toBe("Ray Holt");
  });

  it("“…,” Name, an appositive holding verbs of its own, said: the name", () => {
    expect(
      who(
        '"The ruling shows that faith can live with equal rights," Ann Bell, lawyer for one of three groups to sue over the law, said in a statement.',
      ),
    ).toEqual([
      [
        "The ruling shows that faith can live with equal rights",
        "Ann Bell, lawyer for one of three groups to sue over the law",
        "X said",
      ],
    ]);
    expect(
      who(
        '"It is over," Tom Hart, a farmer in Dayton, Ohio, who grew up near the river, said on Monday.',
      )[0]?.[1],
    ).toBe("Tom Hart");
  });

  it("“Name, at a firm called Y, argues”: a naming participle in the aside does not speak", () => {
    expect(
      who(
        'But Tom Lund, at a law firm called Brown Ridge, argues that as the city grows, "its power will surely fade," too.',
      ),
    ).toEqual([["its power will surely fade", "Tom Lund", "X argues"]]);
  });

  it("“After …, Gov. Name (D-IA), said”: the name, though a comma stands before the verb", () => {
    expect(
      who(
        "After winning Iowa in the Democratic caucus, Gov. Ray Talbot (D-IA), said, “I am ready to ride west.”",
      ),
    ).toEqual([["I am ready to ride west.", "Gov. Ray Talbot", "X said"]]);
  });
});
