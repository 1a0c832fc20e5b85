import { describe, expect, it } from "vitest";
import { buildRegistry } from "./actors";
import { lookupName } from "./coref-names";
import { attributionOf, brief } from "../test-helpers/attribution";
import { CONFIDENT_BLAME } from "../schema";

/**
 * Two people of one surname: a title's gender ("Mrs.", "Mr.", "Ms.") picks which of them a surname
 * written alone names, in discovery (actors.ts) and in looking a speaker's name up (coref-names.ts).
 */
describe("a surname with a gendered title", () => {
  const family =
    "Peter Halvorsen chairs the water board. His sister, Greta Halvorsen, owns the mill.";

  it("takes the holder of that surname whose gender the title fits, not the first one named", () => {
    const result = attributionOf([`${family} Mrs. Halvorsen criticized Bob Smith for the delays.`]);
    expect(result.blame.map(brief)).toEqual(["greta-halvorsen criticises bob-smith [attributed]"]);
    expect(result.blame[0]?.confidence).toBeGreaterThanOrEqual(CONFIDENT_BLAME);
    const male = attributionOf([`${family} Mr. Halvorsen blamed Bob Smith for the delays.`]);
    expect(male.blame.map(brief)).toEqual(["peter-halvorsen blames bob-smith [attributed]"]);
  });

  it("does so for a quote's speaker and across the story's articles", () => {
    const said = attributionOf([`${family} “Bob Smith has been a disgrace,” Ms. Halvorsen said.`]);
    expect(said.blame.map(brief)).toEqual(["greta-halvorsen criticises bob-smith [attributed]"]);
    const story = attributionOf([
      "Peter Halvorsen chairs the water board.",
      "Greta Halvorsen owns the mill. Mrs. Halvorsen accused Bob Smith of lying.",
    ]);
    expect(story.blame.map((b) => `${b.article} ${brief(b)}`)).toEqual([
      "b greta-halvorsen accuses bob-smith [attributed]",
    ]);
  });

  it("makes a title that fits none of them someone else, and leaves a bare surname to the first", () => {
    const other = attributionOf([
      "Peter Halvorsen chairs the water board. Mrs. Halvorsen criticized Bob Smith.",
    ]);
    expect(other.blame.map((b) => b.accuser.actor)).not.toContain("peter-halvorsen");
    const bare = attributionOf([`${family} Halvorsen criticized Bob Smith.`]);
    expect(bare.blame.map((b) => b.accuser.actor)).toEqual(["peter-halvorsen"]);
  });

  it("looks a titled surname up by gender", () => {
    const registry = buildRegistry([]);
    const person = (id: string, name: string, gender: "m" | "f") =>
      registry.actors.set(id, {
        id,
        name,
        gender,
        side: "unknown",
        kind: "person",
        aliases: [],
        source: "discovered",
        represents: null,
      });
    person("peter-halvorsen", "Peter Halvorsen", "m");
    person("greta-halvorsen", "Greta Halvorsen", "f");
    expect(lookupName("Mrs. Halvorsen", registry)).toBe("greta-halvorsen");
    expect(lookupName("Mr. Halvorsen", registry)).toBe("peter-halvorsen");
    expect(lookupName("Halvorsen", registry)).toBe("peter-halvorsen");
  });
});
