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
        "Halvorsen released a statement saying:\n\n“Mr. Dorn's remarks were careless and unkind.”",
      ),
    ).toEqual([["Mr. Dorn's remarks were careless and unkind.", "Halvorsen", "previous sentence"]]);
    expect(who("Varga said the claim was false. “That is pure fiction.”")).toEqual([
      ["That is pure fiction.", "Varga", "previous sentence"],
    ]);
  });

  it("previous sentence: a question or exclamation quote with its attribution after the mark", () => {
    // The "?" ends the quoted sentence; the outlet's runs on to "…went on, …". The quote after
    // it is the one just before, as after "“…,” Berg went on."
    expect(
      who(
        "Kim Soto answered with a grin: “Happens when you are tired.” She is tired. “You know, it happens, right?” Berg went on, as if he did not hear her. “But you have to fight back.”",
      ),
    ).toEqual([
      ["Happens when you are tired.", "Kim Soto", "X answered"],
      ["You know, it happens, right?", "Berg", "X went"],
      ["But you have to fight back.", "Berg", "previous sentence"],
    ]);
    expect(
      who(
        "“Is the ferry really so slow that it misses the tide?” Prax continued. “Is it really that old?”",
      ),
    ).toEqual([
      ["Is the ferry really so slow that it misses the tide?", "Prax", "X continued"],
      ["Is it really that old?", "Prax", "previous sentence"],
    ]);
    // No attribution after the mark: the "?" ends the outlet's sentence too.
    expect(
      who("“Where is the money?” The crowd cheered. “We want it back,” said Prax.").map(
        (row) => row[1],
      ),
    ).toEqual([null, "Prax"]);
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
        "Harbor Party organizer Kim Sattler accused the council. “They no longer care about renters,” she told the Ledger.",
      ),
    ).toEqual([
      [
        "They no longer care about renters",
        "Harbor Party organizer Kim Sattler",
        "she → Harbor Party organizer Kim Sattler",
      ],
    ]);
  });

  it("the subject's extent: a time phrase, “what”, a partitive, coordination of unlike words", () => {
    expect(
      who(
        "Anger grew so sharp that this week, Bishop Carl Wendt, of Joplin, Mo., said that he was “walking the same road” as others.",
      ),
    ).toEqual([["walking the same road", "Bishop Carl Wendt", "X said"]]);
    expect(
      who("Mr. Dorn pointed to what aides called “empty precincts” in those counties."),
    ).toEqual([["empty precincts", "aides", "X called"]]);
    expect(
      who(
        "One of the state’s largest and oldest farm groups passed a motion calling for members to drop “careless habits” from their routines.",
      ),
    ).toEqual([
      ["careless habits", "One of the state’s largest and oldest farm groups", "X … calling"],
    ]);
    expect(
      who(
        "The rules set different deadlines for late filings and Justice Mara Ellen Voss said it was “a real puzzle” in the appeal.",
      ),
    ).toEqual([["a real puzzle", "Justice Mara Ellen Voss", "X said"]]);
  });

  it("a thing that “suggests” or is “announced” yields to a person speaking earlier in the sentence", () => {
    expect(
      who(
        "That idea, Halvorsen continued, suggests that a town could save money by relying on studies that “honestly are just not well designed.”",
      ),
    ).toEqual([["honestly are just not well designed.", "Halvorsen", "X continued"]]);
    expect(
      who(
        "Carl Menke just told reporters that failure to pass the budget deal announced by Governor Varga “would sharply raise the odds” of a shutdown.",
      ),
    ).toEqual([["would sharply raise the odds", "Carl Menke", "X told"]]);
    // People are never taken for things: the women say it.
    expect(
      who(
        "Tara Quinn tweeted that she got a message, and several other women say they were surprised to get a “follow” from him.",
      ),
    ).toEqual([["follow", "several other women", "X say"]]);
  });

  it("a relative clause between the subject and its verb is skipped, whatever verbs it holds", () => {
    expect(
      who("“It’s a sad day,” one diplomat, who spoke on condition of anonymity, told Reuters."),
    ).toEqual([["It’s a sad day", "one diplomat", "X told"]]);
    expect(
      who(
        "Wexler, who said the river is a cleanup the county must finish, said Dorn must “regroup.”",
      ),
    ).toEqual([["regroup.", "Wexler", "X said"]]);
    expect(
      who(
        "Rep. Dana Holt, R-Ohio, who opposes the plan, said the governor's office heard “complaints.”",
      ),
    ).toEqual([["complaints.", "Rep. Dana Holt", "X said"]]);
  });

  it("a speech verb wink tags as a noun after a plural subject: “Critics call the closure a …”", () => {
    expect(who("Critics call the closure a “retreat.”")).toEqual([
      ["retreat.", "Critics", "X call"],
    ]);
    expect(who("Mr. Dorn told reporters there was “no progress to report.”")).toEqual([
      ["no progress to report.", "Mr. Dorn", "X told"],
    ]);
  });

  it("a quote set off by nothing modifies the next word: “sloppy” press accounts", () => {
    expect(
      who("Nora Velk put out a note rejecting what she called “sloppy” press accounts."),
    ).toEqual([["sloppy", "Nora Velk", "she → Nora Velk"]]);
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
        "Marsh Thrills the Summit Crowd\n\nOwen Marsh, the darling of the left, brought the house down at a hotel on Sunday.\n\n“It is not enough to simply show up,” he said.",
      ),
    ).toEqual([["It is not enough to simply show up", "Owen Marsh", "he → Owen Marsh"]]);
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
        "“Those are remote villages,” Brenner said. They also sit far from any clinic. “That is a hard region.”",
      ).map((row) => row.slice(0, 2)),
    ).toEqual([
      ["Those are remote villages", "Brenner"],
      ["That is a hard region.", "Brenner"],
    ]);
    // A sentence between that opens on someone else: no speaker is carried over.
    expect(
      who(
        "“Those are remote villages,” Brenner said. Lund, however, disagreed. “That is false.”",
      )[1]?.[1],
    ).toBeNull();
  });
});

describe("a quote after one connective word", () => {
  it("goes on from the speaker before, as a quote that opens its sentence does", () => {
    expect(
      who(
        "“The mayor is supposed to lead this city,” Ruiz said. Instead, “he just acts like a defeated man.”",
      ).map((row) => row[1]),
    ).toEqual(["Ruiz", "Ruiz"]);
    // Its own attribution still wins.
    expect(
      who(
        "Ruiz said the vote was close. Instead, “he just acts like a defeated man,” Berg said.",
      )[0]?.[1],
    ).toBe("Berg");
    // A subject of the outlet's own is no connective: the words are not carried over.
    expect(
      who(
        "“The mayor is supposed to lead this city,” Ruiz said. The council, “as usual, did nothing.”",
      )[1]?.[1],
    ).toBeNull();
  });
});
