import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("speaker attribution in the quote's sentence", () => {
  it("X said / said X", () => {
    expect(who("“We will respond,” Pompeo said. “We mean it,” said Pompeo.")).toEqual([
      ["We will respond", "Pompeo", "X said"],
      ["We mean it", "Pompeo", "said X"],
    ]);
  });

  it("X told CNN, X said in a statement, X added, X wrote", () => {
    expect(who("“It was prompted by threats,” a senior U.S. official told CNN.")).toEqual([
      ["It was prompted by threats", "a senior U.S. official", "X told"],
    ]);
    expect(who("“We will hold Iran responsible,” Pompeo said in a statement on Friday.")).toEqual([
      ["We will hold Iran responsible", "Pompeo", "X said"],
    ]);
    expect(who("“More steps will follow,” the official added.")).toEqual([
      ["More steps will follow", "the official", "X added"],
    ]);
    expect(who("“There is a half-century of failure,” Bill Hennessy wrote.")).toEqual([
      ["There is a half-century of failure", "Bill Hennessy", "X wrote"],
    ]);
  });

  it("titles and descriptions stay as written", () => {
    expect(
      who(
        "Iran Foreign Ministry spokesman Bahram Ghasemi called the reason “a laughable justification.”",
      ),
    ).toEqual([
      ["a laughable justification.", "Iran Foreign Ministry spokesman Bahram Ghasemi", "X called"],
    ]);
    expect(
      who("“Our staff will leave,” State Department spokeswoman Heather Nauert said."),
    ).toEqual([["Our staff will leave", "State Department spokeswoman Heather Nauert", "X said"]]);
  });

  it("keeps a describing appositive with the name", () => {
    expect(
      who("“They agreed with the decision,” said Heather Nauert, department spokeswoman."),
    ).toEqual([
      ["They agreed with the decision", "Heather Nauert, department spokeswoman", "said X"],
    ]);
    expect(
      who("Lis Smith, a spokeswoman for the Obama campaign, said, “The ad is dishonest.”"),
    ).toEqual([
      ["The ad is dishonest.", "Lis Smith, a spokeswoman for the Obama campaign", "X said"],
    ]);
    expect(
      who(
        "“They are reading it like a sacred text,” Rep. Jerrold Nadler, D-N.Y., the former chairman, told The Washington Post.",
      ),
    ).toEqual([["They are reading it like a sacred text", "Rep. Jerrold Nadler", "X told"]]);
  });

  it("according to X, and In a statement, X …", () => {
    expect(who("“We will respond,” according to a senior administration official.")).toEqual([
      ["We will respond", "a senior administration official", "according to X"],
    ]);
    expect(who("In a statement, Pompeo blamed Iran for “repeated incidents of fire.”")).toEqual([
      ["repeated incidents of fire.", "Pompeo", "in a statement, X"],
    ]);
  });

  it("X called it … and partial quotes governed by a speech verb", () => {
    expect(who("Mr. Pompeo called it a “temporary relocation” due to the threats.")).toEqual([
      ["temporary relocation", "Mr. Pompeo", "X called"],
    ]);
    expect(
      who("Still, Pompeo said the threats were “increasing and specific” and added more."),
    ).toEqual([["increasing and specific", "Pompeo", "X said"]]);
  });

  it("participles and second verbs take the clause's subject", () => {
    expect(
      who("The department renewed its advisory, saying “numerous groups are active in Iraq.”"),
    ).toEqual([["numerous groups are active in Iraq.", "The department", "X … saying"]]);
    expect(
      who(
        "Mr. Pompeo called it a “temporary relocation” and warned Iran about “associated proxy militias.”",
      ),
    ).toEqual([
      ["temporary relocation", "Mr. Pompeo", "X called"],
      ["associated proxy militias.", "Mr. Pompeo", "X … warned"],
    ]);
    expect(
      who(
        "The Washington Post quoted the official as saying the move was “an unfortunate political decision.”",
      ),
    ).toEqual([["an unfortunate political decision.", "the official", "X … saying"]]);
  });

  it("quotes joined by “and” share the speaker", () => {
    expect(
      who(
        "House Democrats signed a letter calling the deal “fiscally irresponsible” and “grossly unfair.”",
      ),
    ).toEqual([
      ["fiscally irresponsible", "House Democrats", "X … calling"],
      ["grossly unfair.", "House Democrats", "X … calling"],
    ]);
  });

  it("a participle clause after the attribution breaks the link (scare quote)", () => {
    expect(
      who(
        "“We are not aware of any intention,” the official said, dismissing the “unfortunate move” as politics.",
      ),
    ).toEqual([
      ["We are not aware of any intention", "the official", "X said"],
      ["unfortunate move", null, null],
    ]);
  });
});

describe("documents and descriptions", () => {
  it("the statement said → who released it", () => {
    const text =
      "White House Press Secretary Sarah Sanders released an official statement. “Iran did not act to stop these attacks,” the statement said.";
    expect(who(text)).toEqual([
      [
        "Iran did not act to stop these attacks",
        "White House Press Secretary Sarah Sanders",
        "the statement → White House Press Secretary Sarah Sanders",
      ],
    ]);
  });

  it("X's statement said, a statement from X said, the NAACP resolution said", () => {
    expect(who("“Iran did not act,” Pompeo’s statement said.")).toEqual([
      ["Iran did not act", "Pompeo", "pompeo’s statement → Pompeo"],
    ]);
    expect(
      who(
        "A statement from State Department spokesperson Heather Nauert said, “We remain committed.”",
      ),
    ).toEqual([
      [
        "We remain committed.",
        "State Department spokesperson Heather Nauert",
        "statement from X said",
      ],
    ]);
    expect(
      who("The NAACP adopted a resolution. The resolution said it would “repudiate the racism.”"),
    ).toEqual([["repudiate the racism.", "The NAACP", "the resolution → The NAACP"]]);
    // A medium in capitals owns nothing: the ad stays the source, not "new TV".
    expect(
      who("The campaign used a new TV ad to claim the plan treats Medicare like a “piggy bank.”"),
    ).toEqual([["piggy bank.", "a new TV ad", "X claim"]]);
  });

  it("“the Texas governor” → the governor named earlier; “the official” stays as written", () => {
    expect(
      who("Gov. Rick Perry of Texas spoke in Iowa. “I will end it,” the Texas governor said."),
    ).toEqual([["I will end it", "Rick Perry", "the texas governor → Rick Perry"]]);
    expect(
      who(
        "A senior Iraqi security official rejected it. “We are not aware of any threat,” the official said.",
      ),
    ).toEqual([["We are not aware of any threat", "the official", "X said"]]);
  });
});

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
});
