import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";
import { firstNameGender } from "../text";

describe("he / she with the article's gender signals", () => {
  it("first names come from compromise's lexicon and are only a weak sign", () => {
    expect([firstNameGender("linda"), firstNameGender("carl"), firstNameGender("pat")]).toEqual([
      "female",
      "male",
      null,
    ]);
  });

  it("an honorific rules a speaker out: “she” skips Mr. Beck", () => {
    expect(
      who("“We are ready,” Ms. Marsh said. Mr. Beck smiled. “It is too early,” she said."),
    ).toEqual([
      ["We are ready", "Ms. Marsh", "X said"],
      ["It is too early", "Ms. Marsh", "she → Ms. Marsh"],
    ]);
    expect(
      who(
        "Sam Ellis said she would vote against it. Mr. Reed said the bill was fair. “I will not support it,” she said.",
      ),
    ).toEqual([["I will not support it", "Sam Ellis", "she → Sam Ellis"]]);
  });

  it("a first name alone gives way to a man named after that speaker spoke", () => {
    expect(
      who(
        "Host Linda Marsh asked Carl Beck whether he would run. He said, “I am thinking about it.”",
      ),
    ).toEqual([["I am thinking about it.", "Carl Beck", "he → Carl Beck"]]);
  });

  it("a first name alone does not override the last speaker when no one else is named", () => {
    expect(
      who("“We are ready,” said Linda Marsh, the director. “We have waited long enough,” he said."),
    ).toEqual([
      ["We are ready", "Linda Marsh, the director", "said X"],
      ["We have waited long enough", "Linda Marsh, the director", "he → Linda Marsh, the director"],
    ]);
  });

  it("a later subject set off after a role noun is a person (“The foreign minister, Marek Dvorsky, plays down …”)", () => {
    expect(
      who(
        "“The talks are over,” said Tomas Berg. The foreign minister, Marek Dvorsky, plays down the concerns. “We should sign it now,” he said.",
      ),
    ).toEqual([
      ["The talks are over", "Tomas Berg", "said X"],
      ["We should sign it now", "Marek Dvorsky", "he → Marek Dvorsky"],
    ]);
  });

  it("the subject of a later sentence wins over the last speaker; names inside what was said do not", () => {
    expect(
      who(
        "Justice Ann Pike said the rule was clear. But Justice Karl Veck was unconvinced. “I see no rule here,” he told the lawyer.",
      ),
    ).toEqual([["I see no rule here", "Karl Veck", "he → Karl Veck"]]);
    expect(
      who("Sen. Mark Lyle said Governor Dan Price must resign. “He has lost our trust,” he said."),
    ).toEqual([["He has lost our trust", "Sen. Mark Lyle", "he → Sen. Mark Lyle"]]);
  });
});

describe("descriptions and documents", () => {
  it("a subject named in an appositive (“the union’s president, Nora Velk, put out”) is a later subject too", () => {
    expect(
      who(
        "“We support the plan,” Mr. Odell said.\n\nLate on Monday, the union’s president, Nora Velk, put out a note rejecting what she called “sloppy” press accounts.",
      ),
    ).toEqual([
      ["We support the plan", "Mr. Odell", "X said"],
      ["sloppy", "Nora Velk", "she → Nora Velk"],
    ]);
  });

  it("“the Texas governor” with no governor named: the person who just spoke", () => {
    expect(
      who(
        "“We will win,” says Rick Dole, the Republican candidate. “Faith made us strong,” the Texas governor continues.",
      ),
    ).toEqual([
      ["We will win", "Rick Dole, the Republican candidate", "says X"],
      ["Faith made us strong", "Rick Dole", "the texas governor → Rick Dole"],
    ]);
    expect(
      who("Carl Beck said on Monday that taxes would fall. “We will see,” the Ohio governor said."),
    ).toEqual([["We will see", "Carl Beck", "the ohio governor → Carl Beck"]]);
  });

  it("…but not a speaker the article gives another office", () => {
    expect(
      who("“Taxes will fall,” said Sen. Roy Vance. “We will see,” the Ohio governor said."),
    ).toEqual([
      ["Taxes will fall", "Sen. Roy Vance", "said X"],
      ["We will see", "the Ohio governor", "X said"],
    ]);
  });

  it("the same document under another name: a commercial … the advertisement; a statement … the release", () => {
    expect(
      who(
        "The group answered with a television commercial on Tuesday. “You paid for this,” the advertisement says.",
      ),
    ).toEqual([["You paid for this", "The group", "the advertisement → The group"]]);
    expect(
      who("The union released a statement on Monday. “We will strike,” the release said."),
    ).toEqual([["We will strike", "The union", "the release → The union"]]);
  });

  it("an owner named only afterwards: “Mitt Hale's Medicare ad” (the possessor, not the modifier)", () => {
    expect(
      who(
        "“You paid for this,” the advertisement says. A rival said Mitt Hale's Medicare ad was false.",
      ),
    ).toEqual([["You paid for this", "Mitt Hale", "the advertisement → Mitt Hale"]]);
  });
});

describe("a lone name that spoke", () => {
  it("is the last speaker “he” can stand for (“Okafor admitted …”), unless the article gives it the other gender", () => {
    expect(
      who(
        "“The deal is fair,” said Tomas Berg, the finance minister. Okafor admitted that his vote was political. “It was a hard choice,” he said.",
      ),
    ).toEqual([
      ["The deal is fair", "Tomas Berg, the finance minister", "said X"],
      ["It was a hard choice", "Okafor", "he → Okafor"],
    ]);
    expect(
      who(
        "“The deal is fair,” said Tomas Berg, the finance minister. Okafor admitted that her vote was political. “It was a hard choice,” he said.",
      ),
    ).toEqual([
      ["The deal is fair", "Tomas Berg, the finance minister", "said X"],
      [
        "It was a hard choice",
        "Tomas Berg, the finance minister",
        "he → Tomas Berg, the finance minister",
      ],
    ]);
  });

  it("but not a dateline, an abbreviation, a weekday or a preposition's object", () => {
    expect(
      who("WASHINGTON — Tomas Berg spoke on Monday. “It was a hard choice,” he said."),
    ).toEqual([["It was a hard choice", "Tomas Berg", "he → Tomas Berg"]]);
    expect(
      who(
        "“We won,” Anna Holm said on Monday. Then she took to Twitter to say thanks. “We did it,” she said.",
      ),
    ).toEqual([
      ["We won", "Anna Holm", "X said"],
      ["We did it", "Anna Holm", "she → Anna Holm"],
    ]);
  });
});

describe("no earlier speaker", () => {
  it("the last name the article shows to be of the right gender, before a name it says nothing of", () => {
    expect(
      who(
        "Mary Stone visited the plant on Monday. The tour ended near Lake Arden. “We will build here,” she said.",
      ),
    ).toEqual([["We will build here", "Mary Stone", "she → Mary Stone"]]);
  });
});

describe("what does not take the pronoun", () => {
  it("a subordinate clause's subject (“noted that Justice Mary Veck was absent”)", () => {
    expect(
      who(
        "Justice Ann Pike said the rule was clear. The lawyers noted that Justice Mary Veck was absent, and reporters agreed. “I see no rule here,” she told the lawyer.",
      ),
    ).toEqual([["I see no rule here", "Justice Ann Pike", "she → Justice Ann Pike"]]);
  });

  it("a capitalised word the article writes in lower case elsewhere (“Critics noted …”)", () => {
    expect(
      who(
        "Mary Stone said the plan was fair. Critics noted that the critics were loud. “We will not stop,” she said.",
      ),
    ).toEqual([["We will not stop", "Mary Stone", "she → Mary Stone"]]);
  });
});

describe("a first name set beside a description", () => {
  it("'His wife, Jane, …' is the person a later 'she' stands for", () => {
    expect(
      who(
        "Tom Beck spoke on Tuesday. His wife, Jane, called for an open primary. “Shutting people out is not smart,” she said.",
      )[0]?.slice(1),
    ).toEqual(["His wife, Jane", "she → His wife, Jane"]);
    // Not a word the lexicon does not know as a first name.
    expect(
      who("The governor, Texas, said the plan was fine. “It is fine,” she said.")[0]?.[1],
    ).toBeNull();
  });

  it("the one a passive asks is who 'he' stands for next, though not the asker's speaker", () => {
    expect(
      who(
        "Paul Ortiz said the plan was dead. Later, Tomas Berg was asked by a caller why the bridge closed. “Because it is unsafe,” he said.",
      ),
    ).toEqual([["Because it is unsafe", "Tomas Berg", "he → Tomas Berg"]]);
  });
});
