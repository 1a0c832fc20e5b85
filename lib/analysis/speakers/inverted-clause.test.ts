import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("inverted and bare reporting clauses", () => {
  it("a sentence opened by the verb: “Said X, …”, “Stated X: …”", () => {
    expect(who("Said Tom Beck, “The thought of it is painful.”")).toEqual([
      ["The thought of it is painful.", "Tom Beck", "said X"],
    ]);
    expect(who("Stated Beck: “I think the stakes are high.”")).toEqual([
      ["I think the stakes are high.", "Beck", "stated X"],
    ]);
  });

  it("“Said X, who …, …” and “But, said X, …”: a relative clause or an opening word", () => {
    expect(
      who("Voters were angry. Said Dora Quill, who grew up near the mill, “We were all proud.”"),
    ).toEqual([["We were all proud.", "Dora Quill", "said X"]]);
    expect(who("Voters were angry. But, said Quill, “I want no trouble with him.”")).toEqual([
      ["I want no trouble with him.", "Quill", "said X"],
    ]);
    expect(
      who("Voters were angry. In other words, explained host Nina Cole: “Why the rush?”"),
    ).toEqual([["Why the rush?", "host Nina Cole", "explained X"]]);
    // "Asked X" takes the one asked as its object: X does not speak.
    expect(who("Voters were angry. Asked Hale, who runs the mill, “Will you stay?”")).toEqual([
      ["Will you stay?", null, null],
    ]);
  });

  it("“…, said X.” closing the sentence reports a quote inside it", () => {
    expect(
      who("Ruiz “drew well from rural voters” in the last primary, said state professor Tom Beck."),
    ).toEqual([["drew well from rural voters", "state professor Tom Beck", "said X"]]);
  });

  it("“…, explained X, “…”” mid-sentence introduces the quote set off after it", () => {
    expect(
      who(
        "Because of how the board set the schedule, explained Ruiz, “with this thing over by March there is a problem.”",
      ),
    ).toEqual([["with this thing over by March there is a problem.", "Ruiz", "explained X"]]);
    expect(
      who(
        "Since the vote was moved, said Tom Beck, a lawyer for the town, “nobody knows what happens next.”",
      ),
    ).toEqual([["nobody knows what happens next.", "Tom Beck, a lawyer for the town", "said X"]]);
    // With no mark between, the name is the subject of the clause reported.
    expect(
      who(
        'In an interview, Tom Beck, a former aide, said Ruiz "was deeply involved in all of it."',
      ),
    ).toEqual([["was deeply involved in all of it.", "Tom Beck, a former aide", "X said"]]);
  });

  it("a verb with an object after the comma is not inverted", () => {
    expect(who("Ana Ruiz left the party, told reporters she was “done with it.”")).toEqual([
      ["done with it.", "Ana Ruiz", "X … told"],
    ]);
  });

  it("a sentence that is only “X said.” reports the quote before it", () => {
    expect(
      who(
        "Ana Ruiz spoke at the fair. “I hope you find the missing files.” Ruiz said. Others left.",
      ),
    ).toEqual([["I hope you find the missing files.", "Ruiz", "X said"]]);
  });

  it("“X said the …” after a closed quote reports something else", () => {
    expect(who("“We are done.” Ruiz said the talks failed.")[0]?.[1]).toBeNull();
  });

  it("an emphatic pronoun after the subject", () => {
    expect(who("Ana Ruiz herself said Tuesday that “the only way is to ask for support.”")).toEqual(
      [["the only way is to ask for support.", "Ana Ruiz", "X said"]],
    );
  });
});

describe("addressees after a quote", () => {
  it("“…,” telling X: X is told, the speaker is the clause's subject", () => {
    expect(
      who(
        "Ana Ruiz praised the deal as “fantastic,” telling reporters that it is “a great thing.”",
      ),
    ).toEqual([
      ["fantastic", "Ana Ruiz", "X praised"],
      ["a great thing.", "Ana Ruiz", "X praised"],
    ]);
  });

  it("“…?” asked X still inverts", () => {
    expect(who("“How deep is that pond?” asked the girl.")).toEqual([
      ["How deep is that pond?", "the girl", "asked X"],
    ]);
  });
});

describe("naming participles and bare possessives", () => {
  it("“a book called …” names the book: no one speaks", () => {
    expect(
      who("He spent the spring writing a guide called “Rivers Without Bridges” for young readers."),
    ).toEqual([["Rivers Without Bridges", null, null]]);
    expect(who("Critics called the plan “a disaster.”")).toEqual([
      ["a disaster.", "Critics", "X called"],
    ]);
  });

  it("a possessive written with a bare apostrophe stays in the speaker", () => {
    expect(who("Sanders’ campaign called the report a “rush to judgment.”")).toEqual([
      ["rush to judgment.", "Sanders’ campaign", "X called"],
    ]);
  });
});

describe("a speech participle right after the quote", () => {
  it("attributes a quote held by a verb that does not speak to the highest clause's subject", () => {
    expect(
      who(
        "Ana Ruiz tried to clarify her remark that Tom Berg backed a “reckless plan,” saying she meant only his budget.",
      ),
    ).toEqual([["reckless plan", "Ana Ruiz", "X … saying"]]);
    expect(
      who(
        "Ana Ruiz defended her claim that Tom Berg wants “open borders,” saying the record shows it.",
      ),
    ).toEqual([["open borders", "Ana Ruiz", "X … saying"]]);
  });

  it("keeps the one clause's subject when there is no higher clause", () => {
    expect(who("Tom Berg backed a “bold plan,” saying it would create jobs.")).toEqual([
      ["bold plan", "Tom Berg", "X … saying"],
    ]);
  });
});
