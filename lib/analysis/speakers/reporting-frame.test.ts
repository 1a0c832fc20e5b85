import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("the bare reporting clause after a quote left open", () => {
  it("a subject and a phrasal verb the tagger reads as a noun", () => {
    expect(who("“We will win this fight,” Ana Ruiz points out.")).toEqual([
      ["We will win this fight", "Ana Ruiz", "X points"],
    ]);
    expect(
      who("Berg spoke first. “We will win this fight,” Ana Ruiz shot back with a laugh."),
    ).toEqual([["We will win this fight", "Ana Ruiz", "X shot"]]);
  });

  it("a pronoun subject resolves as after any speech verb", () => {
    expect(who("Ana Ruiz said little at first. “We will win this fight,” she shot back.")).toEqual([
      ["We will win this fight", "Ana Ruiz", "she → Ana Ruiz"],
    ]);
  });

  it("an inverted past verb and its subject, with an appositive", () => {
    expect(who("“We will win this fight?” reacted Berg.")).toEqual([
      ["We will win this fight?", "Berg", "reacted X"],
    ]);
    expect(who("“We will win this fight,” opined the Valley Gazette.")).toEqual([
      ["We will win this fight", "the Valley Gazette", "opined X"],
    ]);
    expect(who("“We will win this fight,” remembered Tomas Berg, a former aide.")).toEqual([
      ["We will win this fight", "Tomas Berg, a former aide", "remembered X"],
    ]);
  });

  it("no clause, a thing as subject, or a dash aside gives no speaker", () => {
    expect(who("“We will win,” a Ruiz aide.")).toEqual([["We will win", null, null]]);
    expect(
      who("When Berg wrapped up — “We will win!” — the balloons came down on the crowd."),
    ).toEqual([["We will win!", null, null]]);
    expect(who("“We will win this fight.” Ana Ruiz shot back.")).toEqual([
      ["We will win this fight.", null, null],
    ]);
  });
});
