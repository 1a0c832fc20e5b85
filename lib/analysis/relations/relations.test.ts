import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getStory } from "@/lib/content";
import { toStoryInput } from "@/lib/content/analysis";
import { analyzeStory } from "../analyze";
import { attributionOf } from "../test-helpers/attribution";
import { scoreBlame } from "../../../eval/seed/blame-gold";
import { storyAnalysisSchema } from "../schema";

const story = getStory("basra-consulate-2018");
if (!story) throw new Error("seed story missing");
const analysis = analyzeStory(toStoryInput(story));
const score = scoreBlame(analysis);

describe("attributed blame on the seed story", () => {
  it("fits the output contract", () => {
    expect(storyAnalysisSchema.safeParse(analysis).success).toBe(true);
  });

  it(`matches the hand-labelled gold (precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)}, voice ${score.voiceAccuracy.toFixed(2)})`, () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.93);
    expect(score.voiceAccuracy).toBe(1);
  });

  it("has the relations the story turns on", () => {
    const has = (article: string, fragment: string, text: string) =>
      analysis.blame.some((b) => {
        const sentence =
          analysis.articles.find((a) => a.id === article)?.sentences[b.sentence]?.text ?? "";
        return (
          b.article === article &&
          sentence.includes(fragment) &&
          `${b.accuser.actor} ${b.kind} ${b.accused.actor} ${b.voice}`.startsWith(text)
        );
      });
    expect(
      has(
        "wsj-via-eifa",
        "attribute ultimate responsibility",
        "united-states attributes-responsibility quds-force attributed",
      ),
    ).toBe(true);
    expect(has("press-tv", "which he blames on Iran", "mike-pompeo blames iran attributed")).toBe(
      true,
    );
    expect(
      has("press-tv", "The American diplomat claimed", "mike-pompeo accuses iran distanced"),
    ).toBe(true);
    expect(
      has("press-tv", "Pompeo’s claim was rejected", "iraq rejects-accusation mike-pompeo"),
    ).toBe(true);
    expect(
      has(
        "us-site-wsj-relay",
        "As security risks from Iran",
        "null attributes-responsibility iran own",
      ),
    ).toBe(true);
    expect(
      has(
        "news-site-wire-cnn",
        "astonishing, provocative",
        "iran rejects-accusation united-states",
      ),
    ).toBe(true);
    expect(
      has("us-site-wsj-relay", "Iran has blamed the U.S. and Israel", "iran blames israel"),
    ).toBe(true);
    expect(
      has(
        "wsj-via-eifa",
        "blamed Iranian-backed Iraqi militias",
        "united-states blames iran-aligned-militias distanced",
      ),
    ).toBe(true);
  });

  it("summarises voice per outlet and voices the facts", () => {
    expect(analysis.voiceSummary.map((v) => v.article)).toEqual(analysis.articles.map((a) => a.id));
    const press = analysis.voiceSummary.find((v) => v.article === "press-tv");
    expect(press?.blame.distanced).toBeGreaterThanOrEqual(1);
    const covered = analysis.facts.flatMap((f) => f.coverage);
    expect(covered.every((c) => c.voice !== null)).toBe(true);
  });

  it("names who each outlet quotes, by actor and side", () => {
    const relay = analysis.voices.filter((v) => v.article === "us-site-wsj-relay");
    expect(relay.find((v) => v.actor === "united-states")?.quotes).toBeGreaterThanOrEqual(3);
    expect(
      analysis.quotes
        .filter((q) => q.speaker && q.kind !== "scare")
        .every((q) => q.speakerActor !== null),
    ).toBe(true);
  });

  it("shows the outlets' labels for the crowd", () => {
    const crowd = analysis.wordChoice.find((w) => w.id === "actor:protesters");
    const labels = new Set(crowd?.terms.map((t) => t.term.toLowerCase()));
    expect(labels).toEqual(
      new Set(["protesters", "demonstrators", "protestors", "a group of attackers"]),
    );
    expect(crowd?.terms.find((t) => t.term === "a group of attackers")?.article).toBe("press-tv");
  });
});

describe("determinism", () => {
  it("gives the same output for the same input", () => {
    const words = [
      "Iran",
      "blamed",
      "the",
      "US",
      "for",
      "the",
      "attack",
      "Pompeo",
      "said",
      "protesters",
      "claimed",
      "threats",
      "from",
      "Tehran",
      ".",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 40 }), (list) => {
        const text = list.join(" ");
        expect(JSON.stringify(attributionOf([text, text]))).toBe(
          JSON.stringify(attributionOf([text, text])),
        );
      }),
      { numRuns: 40 },
    );
  });
});
