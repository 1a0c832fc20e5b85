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
        "A letter signed by 90 Catholic scholars was sent to Mr. Holt. “You are wrong,” the letter says.",
      ),
    ).toEqual([["the letter", "Catholic scholars"]]);
    expect(
      affiliations(
        "The complaint comes in a letter released Monday and signed by nearly 60 nurses and orderlies at Lakeview, the county hospital. The letter says, “We cannot stay silent.”",
      ),
    ).toEqual([["The letter", "nurses and orderlies at Lakeview"]]);
  });

  it("“which X sent” with the document itself", () => {
    expect(
      affiliations(
        "“Your plan ignores the night shift,” says the letter, which the ward nurses sent to Mr. Holt.",
      ),
    ).toEqual([["the letter", "ward nurses"]]);
  });

  it("the subject of “sent … a letter”, however long; their party when they are named by one", () => {
    expect(
      affiliations(
        "A group of nearly 60 nurses and orderlies connected to the hospital in Dayton has sent Holt a letter. “We value your attention,” the letter states.",
      ),
    ).toEqual([["the letter", "nurses and orderlies"]]);
    expect(
      affiliations(
        "The memo was signed by all 42 Senate Republicans. “We will not agree,” the memo says.",
      ),
    ).toEqual([["the memo", "Republicans"]]);
  });

  it("nothing when no one is said to have signed or sent it", () => {
    expect(
      affiliations("A letter reached Mr. Holt on Tuesday. “You are wrong,” the letter says."),
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
