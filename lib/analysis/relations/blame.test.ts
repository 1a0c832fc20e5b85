import { describe, expect, it } from "vitest";
import { attributionOf, brief, handQuote, relationsOf } from "../test-helpers/attribution";

const relations = (text: string) => attributionOf([text]).blame.map(brief);

describe("blame cue patterns", () => {
  it("reads active 'X blamed Y for Z' with the matter", () => {
    const [b] = attributionOf(["Iran has blamed Israel for the attack on the parade."]).blame;
    expect(b && brief(b)).toBe("iran blames israel [attributed]");
    expect(b?.matter).toBe("the attack on the parade");
    expect(b?.cue).toBe("blamed … for");
  });

  it("takes the name an appositive describes as the accuser, not a name inside it", () => {
    expect(
      relationsOf(
        "Lopez, a nurse from Ohio and longtime Harbour Party activist, accused Mayor Tom Reed of sabotaging the ferry plan.",
        { actors: [] },
      ),
    ).toEqual(["lopez accuses tom-reed [attributed]"]);
  });

  it("reads 'blamed Z on Y' and 'which he blames on Y'", () => {
    expect(relations("Mike Pompeo blamed the security threat on Iran.")).toEqual([
      "mike-pompeo blames iran [attributed]",
    ]);
    const [b] = attributionOf([
      "Pompeo said the decision was made to protect diplomats against the violence, which he blames on Iran.",
    ]).blame;
    expect(b && brief(b)).toBe("mike-pompeo blames iran [attributed]");
    expect(b?.matter).toBe("the violence");
  });

  it("reads coordinated accused: 'the US, Daesh terrorists and remnants of the former Ba’ath regime'", () => {
    expect(
      relations(
        "Iraqi officials have blamed the US, Daesh terrorists and remnants of the former Ba’ath regime for the violence.",
      ),
    ).toEqual([
      "iraq blames united-states [attributed]",
      "iraq blames isis [attributed]",
      "iraq blames baath-party [attributed]",
    ]);
  });

  it("reads a passive without an agent as unattributed", () => {
    const [b] = attributionOf(["The attack was blamed on Iran."]).blame;
    expect(b?.accuser).toEqual({ text: null, actor: null });
    expect(b?.accuserSource).toBe("unattributed");
    expect(b?.accused.actor).toBe("iran");
  });

  it("reads a passive with a chain: 'which the official said was caused by Iran'", () => {
    expect(
      relations(
        "A senior U.S. official spoke. Rockets struck the consulate, which the official said was caused by Iran.",
      ),
    ).toEqual(["united-states attributes-responsibility iran [attributed]"]);
  });

  it("reads 'hold … accountable' and 'would be held accountable'", () => {
    expect(
      relations("The United States will hold the regime in Tehran accountable for any attack."),
    ).toEqual(["united-states holds-responsible iran [attributed]"]);
    const [b] = attributionOf([
      "The Islamic Republic of Iran would be held accountable for any attack.",
    ]).blame;
    expect(b?.kind).toBe("holds-responsible");
    expect(b?.accused.actor).toBe("iran");
    expect(b?.accuserSource).toBe("unattributed");
  });

  it("reads 'attribute ultimate responsibility to' inside a quote: the speaker accuses", () => {
    const text =
      "“We must attribute ultimate responsibility to the Iranian government and the Quds Force,” a senior administration official said.";
    const quote = handQuote(
      text,
      "We must attribute ultimate responsibility to the Iranian government and the Quds Force,",
      "a senior administration official",
    );
    const result = attributionOf([text], { quotes: () => [quote] });
    expect(result.blame.map(brief)).toEqual([
      "united-states attributes-responsibility iran [attributed]",
      "united-states attributes-responsibility quds-force [attributed]",
    ]);
    expect(result.blame[0]?.quote).toBe(quote.id);
    expect(result.quotes[0]?.speakerActor).toBe("united-states");
  });

  it("takes the accuser from a chain: 'a senior official told the Journal that …'", () => {
    const [b] = attributionOf([
      "A senior U.S. official told The Wall Street Journal that the decision was prompted by threats from Iran.",
    ]).blame;
    expect(b && brief(b)).toBe("united-states attributes-responsibility iran [attributed]");
    expect(b?.voiceCue).toBe("told The Wall Street Journal");
  });

  it("reads 'accused X of', 'accusing Iran’s leaders of'", () => {
    expect(
      relations("Donald Trump vowed more sanctions, accusing Iran’s leaders of sowing chaos."),
    ).toEqual(["donald-trump accuses iran [attributed]"]);
  });

  it("reads ', accusing the conservative group of' as the organisation the main clause just named", () => {
    const text = (object: string, described: string) =>
      `The Sierra Club filed a complaint against ${object} on Monday, accusing ${described} of spreading falsehoods.`;
    expect(relations(text("the Heartland Institute", "the conservative group"))).toEqual([
      "sierra-club accuses heartland-institute [attributed]",
    ]);
    // A person is no group; a person noun is no re-description of a body.
    expect(relations(text("Bob Smith", "the conservative group"))).toEqual([]);
    expect(relations(text("the Heartland Institute", "the mayor"))).toEqual([]);
  });

  it("reads denials: 'had nothing to do with', 'denying that the US had a role'", () => {
    expect(
      relations(
        "A senior administration official said the U.S. had nothing to do with the attack.",
      ),
    ).toEqual(["united-states denies-responsibility united-states [attributed]"]);
    expect(
      relations("Pompeo sent messages to Iran, denying that the US had a role in the attack."),
    ).toEqual(["mike-pompeo denies-responsibility united-states [attributed]"]);
  });

  it("reads rejections: 'X’s claim was rejected by', 'called USA allegations …', 'baseless accusations'", () => {
    expect(relations("Pompeo’s claim was rejected by a senior Iraqi security official.")).toEqual([
      "iraq rejects-accusation mike-pompeo [attributed]",
    ]);
    expect(
      relations(
        "The Iranian Foreign Ministry called USA allegations “astonishing, provocative and irresponsible”.",
      ),
    ).toEqual(["iran rejects-accusation united-states [attributed]"]);
  });

  it("reads criticism verbs and nouns", () => {
    expect(relations("Iran condemned Israel for the strike.")).toEqual([
      "iran criticises israel [attributed]",
    ]);
    expect(relations("Protesters shouted condemnation for Iran’s sway over Iraq.")).toEqual([
      "protesters criticises iran [attributed]",
    ]);
  });

  it("gives the outlet's own voice when nobody is cited", () => {
    const [b] = attributionOf([
      "As security risks from Iran have heightened, diplomats will be evacuated.",
    ]).blame;
    expect(b && brief(b)).toBe("∅ attributes-responsibility iran [own]");
    expect(b?.accuserSource).toBe("outlet");
  });

  it("finds nothing where nobody blames anybody, without crashing", () => {
    expect(
      attributionOf(["The weather in Basra was hot. Markets opened late on Sunday."]).blame,
    ).toEqual([]);
    expect(attributionOf([""]).blame).toEqual([]);
  });

  it("knows the groups any local story names: police, residents, critics", () => {
    expect(relations("Protesters accused the police of brutality.")).toEqual([
      "protesters accuses police [attributed]",
    ]);
    expect(relations("Critics blamed the police for the chaos.")).toEqual([
      "critics blames police [attributed]",
    ]);
  });

  it("a group's grievance is a cause, not a culprit: 'triggered by residents’ anger'", () => {
    expect(relations("The unrest was triggered by residents’ anger over poor services.")).toEqual(
      [],
    );
    expect(relations("The clashes were triggered by the police.")).toEqual([
      "∅ attributes-responsibility police [own]",
    ]);
  });

  it("keeps an unknown accused as written", () => {
    const [b] = attributionOf([
      "Khamenei blamed the US and its regional allies for the attack.",
    ]).blame.slice(1);
    expect(b?.accused).toEqual({ text: "its regional allies", actor: null });
  });

  it("records evidence and cue spans inside the sentence", () => {
    const result = attributionOf(["Iran has blamed Israel for the attack."]);
    const [b] = result.blame;
    const text = result.mentions.length > 0 ? "Iran has blamed Israel for the attack." : "";
    expect(b && text.slice(b.start, b.end)).toBe("Iran has blamed Israel for");
    expect(b?.cues.map((c) => text.slice(c.start, c.end))).toEqual(["blamed", "for"]);
  });

  it("takes the object of 'criticism of' as the first mention after it, known or not", () => {
    // "all Harbour Guild members" is no known actor: "them", later in the clause, is not what is criticised.
    expect(
      relations(
        "The letter was reworded to soften criticism of all Harbour Guild members while urging them to disown vandals.",
      ),
    ).toEqual([]);
    expect(relations("Protesters shouted condemnation of Iran outside the consulate.")).toEqual([
      "protesters criticises iran [attributed]",
    ]);
  });

  it("ends an object at a quote mark: “… should blame himself,” X said names no accused X", () => {
    const text = "“Bob Smith should blame himself,” Jane Doe said.";
    const result = attributionOf([text], {
      quotes: (t) => [handQuote(t, "Bob Smith should blame himself,", "Jane Doe")],
    });
    expect(result.blame.map(brief)).toEqual([]);
  });
});
