import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

// A speech participle or conjunct with no subject of its own speaks for the nearest speech verb
// above it in the parse (governor-agent.ts, reportingSubject): the one who reports, not the
// subject of the clause reported in between.
describe("participles and conjuncts after a reported clause", () => {
  it("“X said Y …, noting …”: X, not the reported clause's subject", () => {
    const found = who(
      'The governor of Idaho said the budget was "broken," noting that it is "very hard to fix the schools this year."',
    );
    expect(found.map((f) => f[1])).toEqual(["The governor of Idaho", "The governor of Idaho"]);
  });

  it("“…, X said, adding …” set in another clause: X, not the main clause's subject", () => {
    expect(
      who(
        'Pell and Ostrow will meet next week, Danner said, adding, "They need a long talk."',
      )[0]?.[1],
    ).toBe("Danner");
    expect(
      who(
        'Torvik cannot judge that "from where he stands," Lenz added, saying it was "a matter for the board to settle."',
      )[1]?.[1],
    ).toBe("Lenz");
  });

  it("a speech conjunct of a reported clause: the reporter", () => {
    expect(
      who(
        "Castell said the club will still gather for picnics, but said, “It is time we rethink the whole thing.”",
      )[0]?.[1],
    ).toBe("Castell");
    expect(
      who(
        'Mara Velloso said Brandt is to blame for the chaos and accused him of "stirring up the crowd every night."',
      )[0]?.[1],
    ).toBe("Mara Velloso");
  });
});

describe("a subject set off from its verb", () => {
  it("by a participle's adjunct (“X (D-Ill.), noting …, said”), even after “But”", () => {
    expect(
      who(
        'But Sen. Tom Reed (D-Ill.), noting the size of the crowd, said, "Let me tell you, we will win this."',
      ),
    ).toEqual([["Let me tell you, we will win this.", "Sen. Tom Reed", "X said"]]);
  });

  it("by a relative clause after a party tag (“X (D-Calif.), who …, said”)", () => {
    expect(
      who(
        "Rep. Ann Lee (D-Calif.), who introduced a bill, said that the plans were “important first steps to fixing the schools.”",
      ),
    ).toEqual([["important first steps to fixing the schools.", "Rep. Ann Lee", "X said"]]);
  });
});
