import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

// The speaker of a quote as its sentence's dependency parse gives it (governor.ts, agent-phrase.ts).
describe("speakers from the parse", () => {
  it("the subject of the speech verb, before or after it, past a date or a party tag", () => {
    expect(who("On Sunday, Gov. Tomas Berg said “the budget is balanced.”")).toEqual([
      ["the budget is balanced.", "Gov. Tomas Berg", "X said"],
    ]);
    expect(who("Sen. Ana Ruiz (D-Ore.) said “the plan is dead.”")[0]?.[1]).toBe("Sen. Ana Ruiz");
    expect(who("“We won,” said Ana Ruiz.")).toEqual([["We won", "Ana Ruiz", "said X"]]);
  });

  it("a thing that cannot speak gives way to the speech verb's subject", () => {
    expect(who("The data suggest “a sharp rise in prices,” Ruiz said.")).toEqual([
      ["a sharp rise in prices", "Ruiz", "X said"],
    ]);
  });

  it("a verb that does not speak: its subject, for a quote that is its argument", () => {
    expect(
      who("Ruiz blamed the shortfall on “years of reckless spending by the council.”"),
    ).toEqual([["years of reckless spending by the council.", "Ruiz", "X blamed"]]);
    expect(who("Ruiz thanked Berg for “standing with us when it mattered most.”")).toEqual([
      ["standing with us when it mattered most.", "Ruiz", "X thanked"],
    ]);
  });

  it("a conjunct verb shares its first verb's subject", () => {
    expect(
      who(
        "Mr. Berg called it a “short pause” due to the safety risks and warned Zelonia that it would pay for attacks by “its own forces or proxies.”",
      ),
    ).toEqual([
      ["short pause", "Mr. Berg", "X called"],
      ["its own forces or proxies.", "Mr. Berg", "X … warned"],
    ]);
  });

  it("a participle after a comma or 'before' speaks for the main clause's subject", () => {
    expect(
      who(
        "The ministry also renewed its advisory urging travellers not to visit Zelonia, saying “armed groups are active there”.",
      ),
    ).toEqual([["armed groups are active there", "The ministry", "X … saying"]]);
  });

  it("'quoted X as saying': X", () => {
    expect(
      who(
        "The Harbor Post quoted the mayor as saying the vote was “a mistake for the whole town.”",
      ),
    ).toEqual([["a mistake for the whole town.", "the mayor", "X … saying"]]);
  });

  it("a short phrase in an aside after the speaker's words is the outlet's wording", () => {
    expect(
      who(
        "“We know of no plan to attack the office,” the official said, dismissing the “sad move” as a political decision.",
      ),
    ).toEqual([
      ["We know of no plan to attack the office", "the official", "X said"],
      ["sad move", null, null],
    ]);
  });

  it("but the phrase an aside puts on someone with “as” is the subject's", () => {
    expect(
      who(
        "Voters were angry. Pelham denied the claims, dismissing Ostrow as “a bitter former clerk.”",
      ),
    ).toEqual([["a bitter former clerk.", "Pelham", "X … dismissing (uncertain)"]]);
  });

  it("the attribution right after the quote wins over a verb before it", () => {
    expect(
      who(
        "The agency rebutted this account, saying those officials “were in full agreement with the decision,” said Ana Ruiz, an agency spokeswoman.",
      ),
    ).toEqual([
      ["were in full agreement with the decision", "Ana Ruiz, an agency spokeswoman", "said X"],
    ]);
  });

  it("the speech verb that opens the quote wins over one the parse hangs its clause from", () => {
    // The parse hangs the quote's clause below "asked": Beck asked, Ruiz answered.
    expect(
      who(
        "When Beck asked the senator who she thought would win, Ruiz replied, “If I had to bet now, I would bet on the mayor.”",
      ),
    ).toEqual([["If I had to bet now, I would bet on the mayor.", "Ruiz", "X replied"]]);
    // Not a verb with no subject of its own, nor one a relative pronoun does: the parse decides.
    expect(
      who(
        "Tom Beck joked about the race but went on to say, “There are towns here that are among the poorest in the state.”",
      )[0]?.[1],
    ).toBe("Tom Beck");
    expect(who("Ana Ruiz wore a cap that said: “Count every vote.”")[0]?.[1]).toBe("a cap");
  });

  it("a sentence after a quote closed by '?' or '!' does not take it from the verb that opened it", () => {
    // The parse leaves "responded" without its subject; the next sentence's verb is no attribution.
    expect(
      who(
        "Berg, exasperated, famously responded: “What difference, at this point, does it make?” Her critics cited it as evidence that she could not have cared less.",
      ),
    ).toEqual([["What difference, at this point, does it make?", "Berg", "X responded"]]);
    expect(
      who(
        "Berg responded: “What difference does it make?” Critics cited it as evidence of her mood.",
      ),
    ).toEqual([["What difference does it make?", "Berg", "X responded"]]);
    // With no verb opening it, the one after still attributes it.
    expect(who("“What difference does it make?” asked Ana Ruiz.")[0]?.[1]).toBe("Ana Ruiz");
  });
});

describe("“according to X” and a verb that does not speak", () => {
  it("the source the sentence names, not the subject of a verb that does not speak", () => {
    expect(
      who(
        "According to Tom Beck, a former education secretary, Monday’s speech represents “a test” of whether he can lead.",
      ),
    ).toEqual([["a test", "Tom Beck", "according to X"]]);
    expect(
      who("According to his doctor, the mayor had “astonishingly excellent” results.")[0]?.[1],
    ).toBe("his doctor");
    // A speech verb or a verb of thinking keeps its subject: the words are theirs, reported.
    expect(who("According to the poll, Ruiz called the plan “a disaster.”")[0]?.[1]).toBe("Ruiz");
    expect(who("According to aides, Ruiz believes the plan is “doomed.”")[0]?.[1]).toBe("Ruiz");
  });
});

describe("words a subject does not say", () => {
  it("a negated speech verb gives no speaker, by the parse or by the window", () => {
    expect(who("Berg did not call it “a disaster.”")[0]?.[1]).toBeNull();
    expect(
      who("Berg cannot say that “from his perspective” the case is closed, Ruiz added.")[0]?.[1],
    ).toBeNull();
    expect(
      who("Berg notes that free speech has limits: you can't yell “fire” in a theater.")[0]?.[1],
    ).toBe("Berg");
    // A negation inside the quote is the speaker's own words.
    expect(who("Berg said, “We did not say no.”")[0]?.[1]).toBe("Berg");
  });
});

describe("documents: the one who issued or signed it speaks", () => {
  it("a statement from X, with X's name past the parse's phrase", () => {
    expect(
      who(
        "An official statement from agency spokeswoman Ina Kowal said, “The office will close on Monday and reopen later.”",
      ),
    ).toEqual([
      [
        "The office will close on Monday and reopen later.",
        "agency spokeswoman Ina Kowal",
        "statement from X said",
      ],
    ]);
  });

  it("a document that is the object of a verb speaks for its subject", () => {
    expect(who("Sen. Ana Ruiz released a statement saying “we will not back down.”")).toEqual([
      ["we will not back down.", "Sen. Ana Ruiz", "X … saying"],
    ]);
    expect(
      who("In a letter to Mayor Tomas Berg, the council wrote: “We cannot support it.”"),
    ).toEqual([["We cannot support it.", "the council", "X wrote"]]);
    expect(who("Ana Ruiz wrote in a Facebook post: “We cannot support the plan.”")).toEqual([
      ["We cannot support the plan.", "Ana Ruiz", "X wrote"],
    ]);
  });
});

describe("addressees and places do not speak", () => {
  it("the one told is not the speaker", () => {
    expect(who("“You are wrong about this,” Ana Ruiz told Tomas Berg.")).toEqual([
      ["You are wrong about this", "Ana Ruiz", "X told"],
    ]);
    expect(who("Tomas Berg was told by Ana Ruiz that “the vote is off.”")[0]?.[1]).toBe("Ana Ruiz");
  });

  it("a place in the sentence is not the speaker", () => {
    expect(who("Speaking in the Rose Garden, Berg said “the deal is done.”")).toEqual([
      ["the deal is done.", "Berg", "X said"],
    ]);
    expect(
      who(
        "In the Rose Garden, the president repeated that “the deal is done and nobody can stop it.”",
      ),
    ).toEqual([["the deal is done and nobody can stop it.", "the president", "X repeated"]]);
  });

  it("a quote set beside a verb that does not speak has no speaker from it", () => {
    expect(who("Protesters held a sign reading “Go home” — Dale, May 3")).toEqual([
      ["Go home", null, null],
    ]);
  });

  it("a role noun the parse makes the subject keeps the person it serves in its phrase", () => {
    expect(who("A spokeswoman for Sen. Ana Ruiz said the bill was “dead on arrival.”")).toEqual([
      ["dead on arrival.", "A spokeswoman for Sen. Ana Ruiz", "X said"],
    ]);
    expect(who("An aide to Ana Ruiz said the plan was “a mess.”")).toEqual([
      ["a mess.", "An aide to Ana Ruiz", "X said"],
    ]);
  });

  it("a clause beside another with no subject of its own shares the one before it", () => {
    expect(
      who("Berg waved at the crowd, then leaned in and boomed: “We will win in November.”"),
    ).toEqual([["We will win in November.", "Berg", "X … boomed"]]);
    expect(who("“Stop the war,” Ruiz said.")).toEqual([["Stop the war", "Ruiz", "X said"]]);
  });

  it("a speech verb inside what another reports gives way to the reporting verb", () => {
    expect(who("Ruiz said Berg was right to urge the council “to stand firm.”")).toEqual([
      ["to stand firm.", "Ruiz", "X said"],
    ]);
    expect(who("Ruiz said aides were calling “every hour.”")).toEqual([
      ["every hour.", "Ruiz", "X said"],
    ]);
    // Not across a comma: a clause set before the reporting verb is no report.
    expect(who("After what he wrote in the memo, Berg said he “may yet change course.”")).toEqual([
      ["may yet change course.", "Berg", "X said"],
    ]);
  });

  it("a verb that does not speak, done by another verb's object, gives that verb's subject", () => {
    expect(who("Berg wants the board to approve “a fair contract.”")).toEqual([
      ["a fair contract.", "Berg", "X … approve"],
    ]);
    // A speech verb's too, when the object cannot speak.
    expect(who("Ruiz used the hearing to demand “a fair share.”")).toEqual([
      ["a fair share.", "Ruiz", "X … demand"],
    ]);
  });

  it("a speech noun after 'a' tagged as a verb does not report a participle's quote", () => {
    expect(
      who(
        "Ana Ruiz quickly posted a Facebook comment of her own, saying, “We are thrilled to welcome the new mayor!”",
      ),
    ).toEqual([["We are thrilled to welcome the new mayor!", "Ana Ruiz", "X … saying"]]);
  });

  it("a participle after a comma speaks for the main clause, not one opened by 'as'", () => {
    expect(
      who(
        "As Berg spoke, the union was going into overdrive, urging members to reject “any and all cuts” in the budget.",
      ),
    ).toEqual([["any and all cuts", "the union", "X … urging"]]);
  });

  it("a passive's 'by' phrase after the quote, wherever the parse hung it", () => {
    expect(
      who(
        "This habit of the group has been called “strategic ambiguity” by Ana Ruiz, a professor at Dover College.",
      ),
    ).toEqual([["strategic ambiguity", "Ana Ruiz, a professor at Dover College", "called X"]]);
    // A "by" before the quote opens the phrase that holds it, not an agent after it: the words
    // go to the one whose remarks they are set in.
    expect(who("Voters were startled by Hale’s “reckless” remarks.")).toEqual([
      ["reckless", "Hale", "X’s remarks"],
    ]);
  });

  it("a clause opened by a subordinator is its own speaker's, not the main verb's report", () => {
    expect(
      who(
        "After Berg said that poor towns might do better with “smaller schools,” Ruiz said: “I don’t like that.”",
      ),
    ).toEqual([
      ["smaller schools", "Berg", "X said"],
      ["I don’t like that.", "Ruiz", "X said"],
    ]);
    expect(
      who(
        "“I never said that,” Ruiz said, after Berg said the mayor had called the plan a “disaster” on Monday.",
      ),
    ).toEqual([
      ["I never said that", "Ruiz", "X said"],
      ["disaster", "Berg", "X said"],
    ]);
  });
});
