import { describe, expect, it } from "vitest";
import { clauseRanges } from "./clauses";
import { segment } from "../text";

const clauses = (text: string) => {
  const tokens = segment(text).sentences[0]?.tokens ?? [];
  return clauseRanges(tokens).map(([from, to]) => {
    const first = tokens[from];
    const last = tokens[to - 1];
    return first && last ? text.slice(first.start, last.end) : "";
  });
};

describe("clauseRanges", () => {
  it("splits two clauses joined by “and” with a new subject and verb", () => {
    expect(
      clauses(
        "Earlier this month, protesters set fire to the Iranian consulate in Basra and rockets were fired at the American consulate, located near the airport.",
      ),
    ).toEqual([
      "Earlier this month, protesters set fire to the Iranian consulate in Basra",
      "and rockets were fired at the American consulate, located near the airport.",
    ]);
  });

  it("splits off an opening subordinate clause", () => {
    expect(
      clauses(
        "While the rockets landed harmlessly away from the facilities, they underscored heightening tensions between Washington and Tehran.",
      ),
    ).toEqual([
      "While the rockets landed harmlessly away from the facilities,",
      "they underscored heightening tensions between Washington and Tehran.",
    ]);
  });

  it("keeps noun phrases, shared subjects and short clauses whole", () => {
    for (const text of [
      "Given the increasing and specific threats and incitement to attack our personnel, I have directed a relocation.",
      "The State Department will close the consulate and evacuate the diplomats stationed there.",
      "We’ll respond swiftly, and it will not be at proxies.",
    ]) {
      expect(clauses(text)).toEqual([text]);
    }
  });
});
