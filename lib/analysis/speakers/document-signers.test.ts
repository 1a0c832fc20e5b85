import { describe, expect, it } from "vitest";
import { preparedFromText } from "../test-helpers/prepared";
import { findQuotes } from "../quotes";

/** [speaker, affiliation] for every quote of a text. */
const affiliations = (text: string) =>
  findQuotes(preparedFromText("t", text)).map((quote) => [quote.speaker, quote.affiliation]);

describe("the signers of a quoted document", () => {
  it("“signed by X” at an earlier mention: X without its count", () => {
    expect(
      affiliations(
        "A letter signed by 90 Catholic scholars was sent to Mr. Ryan. “You are wrong,” the letter says.",
      ),
    ).toEqual([["the letter", "Catholic scholars"]]);
    expect(
      affiliations(
        "The criticism comes in a letter released Tuesday and signed by nearly 90 faculty members and priests at Georgetown, the Jesuit university. The letter says, “We would be remiss.”",
      ),
    ).toEqual([["The letter", "faculty members and priests at Georgetown"]]);
  });

  it("“which X sent” with the document itself", () => {
    expect(
      affiliations(
        "“Your budget reflects Ayn Rand,” says the letter, which the faculty members sent to Mr. Ryan.",
      ),
    ).toEqual([["the letter", "faculty members"]]);
  });

  it("the subject of “sent … a letter”, however long; their party when they are named by one", () => {
    expect(
      affiliations(
        "A group of nearly 90 professors and administrators connected to the school in Washington has sent Ryan a letter. “We appreciate your willingness,” the letter states.",
      ),
    ).toEqual([["the letter", "professors and administrators"]]);
    expect(
      affiliations(
        "The memo was signed by all 42 Senate Republicans. “We will not agree,” the memo says.",
      ),
    ).toEqual([["the memo", "Republicans"]]);
  });

  it("nothing when no one is said to have signed or sent it", () => {
    expect(
      affiliations("A letter reached Mr. Ryan on Tuesday. “You are wrong,” the letter says."),
    ).toEqual([["the letter", null]]);
  });

  it("nothing more when the document has an owner: the owner speaks", () => {
    expect(
      affiliations(
        "The NAACP adopted a resolution. The resolution said the NAACP would “repudiate racism.”",
      ),
    ).toEqual([["The NAACP", null]]);
  });
});
