import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

// The phrase of the quote's own sentence that speaks is the whole subject, not a part of it nor
// a place or thing next to the verb (subjects.ts ofHead, verb-reading.ts).
describe("the whole subject, not a part of it or a thing next to the verb", () => {
  it("“Leaders of the union said”: the people the head noun names, with its “of” phrase", () => {
    expect(
      who(
        'Leaders of the union have said they want every member to have "a real say in the talks."',
      ),
    ).toEqual([["a real say in the talks.", "Leaders of the union", "X said"]]);
    expect(who('Members of the board said the plan was "dead on arrival."')[0]?.[1]).toBe(
      "Members of the board",
    );
  });

  it("a thing with an “of” phrase stays as written", () => {
    expect(who('The text of the bill says workers must get "a fair wage."')[0]?.[1]).toBe(
      "The text of the bill",
    );
  });

  it("an infinitive after a preposition's object: the one who does the verb it hangs from", () => {
    expect(
      who(
        "The flap was denied, with Harlow taking to Facebook to call Brand “totally unhinged” for the claim.",
      ),
    ).toEqual([["totally unhinged", "Harlow", "X … call"]]);
    expect(
      who(
        "The editor I worked for, Ben Tolliver, cut me off in mid-sentence to announce, “And there goes the deal.”",
      )[0]?.[1],
    ).toBe("Ben Tolliver");
  });

  it("“in response to questions from …”: a plural noun, not a speech verb with a subject", () => {
    expect(
      who(
        'In response to questions from senators, Ruiz indicated that the agency "should have known better."',
      ),
    ).toEqual([["should have known better.", "Ruiz", "X indicated"]]);
  });
});

describe("a subject with a relative clause or the name it goes by", () => {
  it("“the mayor who led the town said”: the mayor, not the relative clause's object", () => {
    expect(who('"We lost," the mayor who led the town said on Monday.')[0]?.[1]).toBe("the mayor");
    expect(
      who(
        "“Smith needs a plan for the swing voters,” Ned Gold, the data expert who founded voteline.com tweeted on Monday.",
      )[0]?.[1],
    ).toBe("Ned Gold");
  });

  it("“said the camp chief known as Sam”: the description with its name", () => {
    expect(
      who(
        '"There was never any such order," said the camp chief known as Sam, speaking in public for the first time.',
      ),
    ).toEqual([["There was never any such order", "the camp chief known as Sam", "said X"]]);
    expect(
      who('"We are done," said a local doctor named Ada Price, who runs the clinic.')[0]?.[1],
    ).toBe("a local doctor named Ada Price");
  });
});

describe("a list of people and a document they spoke in", () => {
  it("“Teachers, nurses and doctors said”: the whole list, not its last two nouns", () => {
    expect(who('Teachers, nurses and doctors said the cuts were "a disaster."')[0]?.[1]).toBe(
      "Teachers, nurses and doctors",
    );
  });

  it("a list after an opening phrase is not widened to it", () => {
    expect(who('In the streets, farmers and workers said the tax was "a theft."')[0]?.[1]).toBe(
      "farmers and workers",
    );
  });

  it("“backs Dunn and in a statement credited him”: the clause's subject, not the statement", () => {
    expect(
      who(
        'Lena Ross, the head of the Maine Green Party, is supporting Dunn as a superdelegate and in a statement credited him for "a bold and honest race."',
      ),
    ).toEqual([
      ["a bold and honest race.", "Lena Ross, the head of the Maine Green Party", "X … credited"],
    ]);
  });
  it("a word for people after its verb runs on over the 'of' or 'for' phrase saying whose", () => {
    expect(who("“We need new roads,” said a spokesman for the Transport Ministry.")).toEqual([
      ["We need new roads", "a spokesman for the Transport Ministry", "said X"],
    ]);
    expect(who("“We need new roads,” wrote the authors of the Lakeside Report.")).toEqual([
      ["We need new roads", "the authors of the Lakeside Report", "wrote X"],
    ]);
    expect(who("“We are ready,” said the head of one of the unions.")).toEqual([
      ["We are ready", "the head of one of the unions", "said X"],
    ]);
    // Not a time, nor what cannot speak for anyone.
    expect(who("“It is over,” said the mayor for the third time.")).toEqual([
      ["It is over", "the mayor", "said X"],
    ]);
  });
});
