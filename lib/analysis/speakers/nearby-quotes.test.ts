import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("speakers from context", () => {
  it("previous sentence: a quote after an attributed quote", () => {
    expect(
      who(
        "“Bottom line, if we are attacked we’ll respond,” the official said. “We’ll respond swiftly.”",
      ),
    ).toEqual([
      ["Bottom line, if we are attacked we’ll respond", "the official", "X said"],
      ["We’ll respond swiftly.", "the official", "previous sentence"],
    ]);
  });

  it("previous sentence: reported speech or a colon before a quote paragraph", () => {
    expect(
      who(
        "Romney released a statement saying:\n\n“Todd Akin's comments were offensive and wrong.”",
      ),
    ).toEqual([["Todd Akin's comments were offensive and wrong.", "Romney", "previous sentence"]]);
    expect(who("Biden said the claim was false. “That is a bunch of malarkey.”")).toEqual([
      ["That is a bunch of malarkey.", "Biden", "previous sentence"],
    ]);
  });

  it("following quote: a quote paragraph whose speaker comes with the next quote", () => {
    const text =
      "Pompeo cited threats and an official told CNN about it.\n\n“I have directed a relocation”.\n\n“We are working closely with Iraq”, said Pompeo.";
    expect(who(text)).toEqual([
      ["I have directed a relocation", "Pompeo", "following quote"],
      ["We are working closely with Iraq", "Pompeo", "said X"],
    ]);
  });

  it("continued quote: a quote that runs on into the next paragraph", () => {
    const text = "“We will stay,” Pompeo said. “And we will\n\n“respond to any attack.”";
    expect(who(text)).toEqual([
      ["We will stay", "Pompeo", "X said"],
      ["And we will", "Pompeo", "previous sentence"],
      ["respond to any attack.", "Pompeo", "continued quote"],
    ]);
  });

  it("he / she resolve to the last named person who spoke, as written", () => {
    expect(
      who("Still, Pompeo said the threats were real. “We look to all parties,” he said."),
    ).toEqual([["We look to all parties", "Pompeo", "he → Pompeo"]]);
    expect(
      who(
        "Tea Party organizer Dana Loesch accused the NAACP. “They no longer prioritize civil rights,” she told Fox News.",
      ),
    ).toEqual([
      [
        "They no longer prioritize civil rights",
        "Tea Party organizer Dana Loesch",
        "she → Tea Party organizer Dana Loesch",
      ],
    ]);
  });

  it("the subject's extent: a time phrase, “what”, a partitive, coordination of unlike words", () => {
    expect(
      who(
        "Criticism grew so heated that this month, Bishop Daniel Jenky, of Peoria, Ill., said that he was “following a similar path” as others.",
      ),
    ).toEqual([["following a similar path", "Bishop Daniel Jenky", "X said"]]);
    expect(
      who("Mr. Boehner pointed to what aides called “orphan districts” in those states."),
    ).toEqual([["orphan districts", "aides", "X called"]]);
    expect(
      who(
        "One of the nation’s largest and oldest civil rights groups passed a resolution calling for groups to weed “racist elements” out of their ranks.",
      ),
    ).toEqual([
      [
        "racist elements",
        "One of the nation’s largest and oldest civil rights groups",
        "X … calling",
      ],
    ]);
    expect(
      who(
        "The remedies require different standards for class certification and Justice Ruth Bader Ginsburg said it was “a very serious problem” in the case.",
      ),
    ).toEqual([["a very serious problem", "Justice Ruth Bader Ginsburg", "X said"]]);
  });

  it("a thing that “suggests” or is “announced” yields to a person speaking earlier in the sentence", () => {
    expect(
      who(
        "That world view, Santorum continued, suggests that man could harm the Earth by relying on claims that “frankly are just not scientifically proven.”",
      ),
    ).toEqual([["frankly are just not scientifically proven.", "Santorum", "X continued"]]);
    expect(
      who(
        "Larry Summers just told reporters that failure to pass the tax deal announced by President Obama “would significantly increase the risk” of a recession.",
      ),
    ).toEqual([["would significantly increase the risk", "Larry Summers", "X told"]]);
    // People are never taken for things: the women say it.
    expect(
      who(
        "Ginger Lee tweeted that she got a message, and several other women say they were surprised to get a “follow” from him.",
      ),
    ).toEqual([["follow", "several other women", "X say"]]);
  });

  it("a relative clause between the subject and its verb is skipped, whatever verbs it holds", () => {
    expect(
      who("“It’s a sad day,” one diplomat, who spoke on condition of anonymity, told Reuters."),
    ).toEqual([["It’s a sad day", "one diplomat", "X told"]]);
    expect(
      who(
        "DeMint, who said Afghanistan is a war the United States must win, said Steele must “refocus.”",
      ),
    ).toEqual([["refocus.", "DeMint", "X said"]]);
    expect(
      who(
        "Rep. Peter King, R-N.Y., who opposes the project, said the White House heard “pushback.”",
      ),
    ).toEqual([["pushback.", "Rep. Peter King, R-N.Y.", "X said"]]);
  });

  it("a speech verb wink tags as a noun after a plural subject: “Critics call the closure a …”", () => {
    expect(who("Critics call the closure a “retreat.”")).toEqual([
      ["retreat.", "Critics", "X call"],
    ]);
    expect(who("Mr. Boehner told reporters there was “no progress to report.”")).toEqual([
      ["no progress to report.", "Mr. Boehner", "X told"],
    ]);
  });

  it("a quote set off by nothing modifies the next word: “misleading” media reports", () => {
    expect(
      who(
        "Barry Rand issued a statement refuting what he described as “misleading” media reports.",
      ),
    ).toEqual([["misleading", "Barry Rand", "he → Barry Rand"]]);
    expect(who("Pompeo gave a speech. “We will respond” Pompeo says")).toEqual([
      ["We will respond", "Pompeo", "X says"],
    ]);
  });

  it("a pull quote signed with a dash; a caption's place and date sign nothing", () => {
    expect(
      who("“We condemn the attack.” — Foreign Minister Heiko Maas\n\nThe ministry said more."),
    ).toEqual([["We condemn the attack.", "Foreign Minister Heiko Maas", "— X"]]);
    expect(
      who("Protesters held a sign reading “Go home” — Basra, Sept. 7\n\nThe ministry said more."),
    ).toEqual([["Go home", null, null]]);
    expect(who("The crowd chanted “death to America” — and then dispersed.")).toEqual([
      ["death to America", "The crowd", "X chanted"],
    ]);
  });

  it("a name does not run on from a headline with no full stop", () => {
    expect(
      who(
        "Beck Wows the CPAC Crowd\n\nGlenn Beck, the hero of the right, ripped the roof off a hotel on Saturday.\n\n“It is not enough just to not suck,” he said.",
      ),
    ).toEqual([["It is not enough just to not suck", "Glenn Beck", "he → Glenn Beck"]]);
  });

  it("with no earlier speaker, he resolves to the last person named", () => {
    expect(
      who(
        "U.S. Secretary of State Mike Pompeo arrived in New York. “We look to all parties,” he said.",
      ),
    ).toEqual([["We look to all parties", "Mike Pompeo", "he → Mike Pompeo"]]);
  });

  it("they resolves to a group, never to a person", () => {
    expect(
      who("Officials said the post would close. “We will evacuate everyone,” they said."),
    ).toEqual([["We will evacuate everyone", "Officials", "they → Officials"]]);
    expect(who("Pompeo spoke. “We will evacuate everyone,” they said.")).toEqual([
      ["We will evacuate everyone", null, null],
    ]);
  });

  it("a quote with no speaker anywhere keeps null", () => {
    expect(who("The embassy is open.\n\n“Nothing has changed for the visitors here.”")).toEqual([
      ["Nothing has changed for the visitors here.", null, null],
    ]);
  });

  it("a quote that opens its sentence before a verbless tail follows the previous speaker", () => {
    expect(
      who(
        "Jane Palmer spoke after the vote. “Voters will not care,” Palmer said. “What they care about is that wages rise” and other household worries.",
      ).map((row) => row.slice(0, 2)),
    ).toEqual([
      ["Voters will not care", "Palmer"],
      ["What they care about is that wages rise", "Palmer"],
    ]);
    // A tail with a verb of its own is the outlet's clause: no speaker is carried over.
    expect(
      who("“Voters will not care,” Palmer said. “Tax cuts” dominated the debate.")[1]?.[1],
    ).toBeNull();
  });

  it("a quote two sentences after its speaker's, with only narration between, is theirs", () => {
    expect(
      who(
        "“Those are small towns,” Woolson said. They also lie far from any station. “That is a tough area.”",
      ).map((row) => row.slice(0, 2)),
    ).toEqual([
      ["Those are small towns", "Woolson"],
      ["That is a tough area.", "Woolson"],
    ]);
    // A sentence between that opens on someone else: no speaker is carried over.
    expect(
      who(
        "“Those are small towns,” Woolson said. Beck, however, disagreed. “That is false.”",
      )[1]?.[1],
    ).toBeNull();
  });
});
