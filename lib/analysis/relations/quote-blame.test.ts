import { describe, expect, it } from "vitest";
import { attributionOf, brief, handQuote } from "../test-helpers/attribution";
import { criticalCueAt } from "./quote-blame";
import { tokenize } from "../text";

/** Relations of one text with hand-made quotes (fragments split by "|"), with the accused as written. */
function criticism(
  text: string,
  fragments: string,
  speaker: string,
  kind: "direct" | "partial" = "direct",
): string[] {
  const quotes = (t: string) => fragments.split("|").map((f) => handQuote(t, f, speaker, kind));
  return attributionOf([text], { quotes }).blame.map(
    (b) => `${brief(b)} (${b.accused.text ?? "implicit"})`,
  );
}

describe("criticism in quotes: the target named in the quote", () => {
  it("takes the subject of a critical verb, not its object", () => {
    const text =
      "“President Obama is actually damaging Medicare for current seniors,” Paul Ryan said.";
    expect(
      criticism(
        text,
        "President Obama is actually damaging Medicare for current seniors,",
        "Paul Ryan",
      ),
    ).toEqual(["paul-ryan criticises obama [attributed] (President Obama)"]);
  });

  it("takes the named actor nearest the critical word, preferring one before it", () => {
    const text = "“Todd Akin’s comments were offensive and wrong,” Mitt Romney said.";
    expect(
      criticism(text, "Todd Akin’s comments were offensive and wrong,", "Mitt Romney"),
    ).toEqual(["mitt-romney criticises todd-akin [attributed] (Todd Akin)"]);
  });

  it("reads words of the MPQA lexicon and the project's phrases", () => {
    expect(
      criticism(
        "“Bob Smith has a very bad record on the issue,” Jane Doe said.",
        "Bob Smith has a very bad record on the issue,",
        "Jane Doe",
      ),
    ).toEqual(["jane-doe criticises bob-smith [attributed] (Bob Smith)"]);
    expect(
      criticism(
        "“Bob Smith is out of touch with America,” Jane Doe said.",
        "Bob Smith is out of touch with America,",
        "Jane Doe",
      ),
    ).toEqual(["jane-doe criticises bob-smith [attributed] (Bob Smith)"]);
  });

  it("reads nothing into a negated word or the speaker judging itself", () => {
    const negated = "“There’s nothing wrong in this country that we can’t fix,” Barack Obama said.";
    expect(
      criticism(
        negated,
        "There’s nothing wrong in this country that we can’t fix,",
        "Barack Obama",
      ),
    ).toEqual([]);
    const own = "“I used the wrong words in the wrong way,” Todd Akin said.";
    expect(criticism(own, "I used the wrong words in the wrong way,", "Todd Akin")).toEqual([]);
  });

  it("does not take a one-word name used as a modifier ('Catholic teaching') and reads 'your' as the addressee", () => {
    const text =
      "“We challenge your continuing misuse of Catholic teaching,” the professors wrote to Paul Ryan.";
    expect(
      criticism(
        text,
        "We challenge your continuing misuse of Catholic teaching,",
        "the professors",
      ),
    ).toEqual(["the professors criticises paul-ryan [attributed] (Paul Ryan)"]);
  });

  it("reads 'the administration' as the head of government the story titles President", () => {
    const text =
      "President Barack Obama spoke on Monday. President Obama took questions. “This administration’s war on traditional American values must stop,” Rick Perry said.";
    expect(
      criticism(
        text,
        "This administration’s war on traditional American values must stop,",
        "Rick Perry",
      ),
    ).toEqual(["rick-perry criticises barack-obama [attributed] (administration)"]);
  });
});

describe("criticism in quotes: harm done to something valued", () => {
  it("criticises the subject of a verb of harm, not its victim", () => {
    const text = "“Bob Smith gutted the school lunch program,” Jane Doe said.";
    expect(criticism(text, "Bob Smith gutted the school lunch program,", "Jane Doe")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
  });

  it("reads a common verb as harm only with its completion", () => {
    const cut = "“Bob Smith has cut $40 million from the county's libraries,” Jane Doe said.";
    expect(
      criticism(cut, "Bob Smith has cut $40 million from the county's libraries,", "Jane Doe"),
    ).toEqual(["jane-doe criticises bob-smith [attributed] (Bob Smith)"]);
    const plain = "“Bob Smith cut the ribbon at the new library,” Jane Doe said.";
    expect(criticism(plain, "Bob Smith cut the ribbon at the new library,", "Jane Doe")).toEqual(
      [],
    );
  });
});

describe("criticism in quotes: denied praise, conditions and frames inside the quote", () => {
  it("reads denied praise as criticism, but not doubt", () => {
    const denied = "Bob Smith spoke on Monday. “Not one word he said was accurate,” Jane Doe said.";
    expect(criticism(denied, "Not one word he said was accurate,", "Jane Doe")).toEqual([
      "jane-doe criticises bob-smith [attributed] (he)",
    ]);
    const doubt = "Bob Smith spoke on Monday. “I am not sure that he is accurate,” Jane Doe said.";
    expect(criticism(doubt, "I am not sure that he is accurate,", "Jane Doe")).toEqual([]);
  });

  it("reads a reproachful question as criticism of whom it asks about", () => {
    const ask = (question: string) =>
      criticism(`Bob Smith spoke on Monday. “${question}” Jane Doe said.`, question, "Jane Doe");
    expect(ask("Why can't Bob Smith mind his own business?")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
    expect(ask("How come Bob Smith's own staff doesn't know where he was?")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
    expect(ask("Why did Bob Smith come to the fair?")).toEqual([]);
    expect(ask("Why can't we reach a deal with Bob Smith?")).toEqual([]);
  });

  it("reads no criticism into a condition about anybody", () => {
    const topic =
      "Bob Smith unveiled a budget on Monday. Smith defended the plan at length, and Smith took questions. ";
    expect(
      criticism(
        `${topic}“If you do something wrong, you should pay for it,” Jane Doe said.`,
        "If you do something wrong, you should pay for it,",
        "Jane Doe",
      ),
    ).toEqual([]);
    expect(
      criticism(
        `${topic}“What they did was wrong,” Jane Doe said.`,
        "What they did was wrong,",
        "Jane Doe",
      ),
    ).toEqual(["jane-doe criticises bob-smith [attributed] (implicit)"]);
  });

  it("keeps the quote's speaker as the accuser past a speech verb inside the quote", () => {
    const quote =
      "The president spent months on a campaign vilifying Iran, while saying the trouble lay with the banks,";
    expect(
      criticism(`President Bob Smith spoke. “${quote}” Jane Doe said.`, quote, "Jane Doe"),
    ).toEqual([
      "jane-doe criticises bob-smith [attributed] (The president)",
      "bob-smith criticises iran [attributed] (Iran)",
    ]);
  });
});

describe("criticism in quotes: a partial quote completes a clause", () => {
  it("is aimed at what the clause names before it", () => {
    const text = "Senator Jane Doe said Bob Smith’s comments were “wildly inaccurate.”";
    expect(criticism(text, "wildly inaccurate.", "Senator Jane Doe", "partial")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
  });

  it("is aimed at the subject of the clause's verb", () => {
    const text = "Jane Doe said that Bob Smith has given the country “a terrible presidency.”";
    expect(criticism(text, "a terrible presidency.", "Jane Doe", "partial")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
  });

  it("is no criticism when the clause is the speaker's own", () => {
    expect(
      criticism(
        "Bob Smith acknowledged he had a “bad night” in the debate.",
        "bad night",
        "Bob Smith",
        "partial",
      ),
    ).toEqual([]);
  });
});

describe("criticism in quotes: the article's topic when nobody is named", () => {
  it("takes the person the article mentions most, other than the speaker, with no text", () => {
    const text =
      "Bob Smith unveiled a budget on Monday. Smith defended the plan at length, and Smith took questions. Jane Doe, who leads the rival campaign, was unimpressed. “This is nonsense,” Jane Doe said.";
    expect(criticism(text, "This is nonsense,", "Jane Doe")).toEqual([
      "jane-doe criticises bob-smith [attributed] (implicit)",
    ]);
  });

  it("passes over governments, however often named", () => {
    const text =
      "Iran and Iran and Iran. Tehran again. Bob Smith spoke. Smith spoke again. “This is nonsense,” Jane Doe said.";
    expect(criticism(text, "This is nonsense,", "Jane Doe")).toEqual([
      "jane-doe criticises bob-smith [attributed] (implicit)",
    ]);
  });

  it("passes over the speaker's own side", () => {
    const text =
      "Bob Smith (R-Texas) spoke. Smith spoke again. Republicans cheered. Republicans again. Republicans and Republicans. “This is nonsense,” Jane Doe (R-Ohio) said.";
    expect(criticism(text, "This is nonsense,", "Jane Doe")).toEqual([]);
  });

  it("reads characterised 'attacks on' as criticism, but not a reported 'an attack on'", () => {
    const liberal =
      "Bob Smith spoke. Smith spoke again. “I will fight liberal attacks on our heritage,” Jane Doe said.";
    expect(criticism(liberal, "I will fight liberal attacks on our heritage,", "Jane Doe")).toEqual(
      ["jane-doe criticises bob-smith [attributed] (implicit)"],
    );
    const event =
      "Bob Smith spoke. Smith spoke again. “Iraq considers an attack on the embassy an attack on Iraq,” Jane Doe said.";
    expect(
      criticism(event, "Iraq considers an attack on the embassy an attack on Iraq,", "Jane Doe"),
    ).toEqual([]);
  });

  it("is not used when the sentence already relates someone", () => {
    const text =
      "Bob Smith unveiled a budget. Smith defended it, and Smith took questions. “This is nonsense, and Bob Smith should blame himself,” Jane Doe said.";
    expect(
      criticism(text, "This is nonsense, and Bob Smith should blame himself,", "Jane Doe"),
    ).toEqual(["jane-doe criticises bob-smith [attributed] (Bob Smith)"]);
  });
});

describe("critical cues", () => {
  const cue = (text: string, word: string) => {
    const tokens = tokenize(text);
    return criticalCueAt(
      tokens,
      tokens.findIndex((t) => t.normal === word),
    );
  };

  it("tells words from phrases whose object is the victim", () => {
    expect(cue("a very bad record", "bad")).toBe("word");
    expect(cue("Obama's war on religion", "war")).toBe("victim-after");
    expect(cue("an administration at war with people of faith", "at")).toBe("victim-after");
    expect(cue("liberal attacks on our heritage", "attacks")).toBe("victim-after");
    expect(cue("an attack on the embassy", "attack")).toBeNull();
    expect(cue("they fail to act", "fail")).toBe("word");
    expect(cue("a quiet morning", "quiet")).toBeNull();
    expect(cue("the plan would end the pension system as we know it", "end")).toBe("victim-after");
    expect(cue("the plan would end the strike", "end")).toBeNull();
  });
});
