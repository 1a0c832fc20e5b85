import { describe, expect, it } from "vitest";
import { attributionOf, handQuote } from "../test-helpers/attribution";
import { distancingCue, followingDistance, SentenceDistance } from "./voice";

const voiceOf = (text: string) => {
  const [b] = attributionOf([text]).blame;
  return b ? `${b.voice}: ${b.voiceCue}` : "none";
};

describe("voice", () => {
  it("is own when the outlet states the blame itself", () => {
    expect(voiceOf("Threats from Iran have grown.")).toBe("own: null");
  });

  it("is attributed to a named source", () => {
    expect(voiceOf("Iran has blamed Israel for the attack.")).toBe("attributed: blamed");
    expect(
      voiceOf("The decision was prompted by threats from Iran, according to U.S. officials."),
    ).toBe("attributed: according to");
  });

  it("is distanced by 'claimed'", () => {
    expect(voiceOf("Pompeo claimed Iran was trying to use the staff as leverage.")).toBe(
      "distanced: claimed",
    );
  });

  it("is distanced by 'without evidence' and by a next sentence that points back", () => {
    expect(
      voiceOf("The White House blamed Iranian-backed militias for the rockets without evidence."),
    ).toBe("distanced: without evidence");
    expect(
      voiceOf(
        "The White House blamed Iranian-backed militias for the rockets. The administration has not provided evidence to support those charges.",
      ),
    ).toBe("distanced: has not provided evidence");
    expect(followingDistance("The weather was fine.")).toBeNull();
  });

  it("is distanced by scare quotes on the key words", () => {
    const text = "Washington closed the post over “threats” from Iran.";
    const result = attributionOf([text], {
      quotes: (t) => [handQuote(t, "threats", null, "scare")],
    });
    expect(result.blame.map((b) => `${b.voice}: ${b.voiceCue}`)).toEqual(["distanced: “threats”"]);
  });

  it("finds the distancing words themselves", () => {
    expect(distancingCue("over what it has called security risks")).toBe("what it has called");
    expect(distancingCue("the so-called evidence")).toBe("so-called");
    expect(distancingCue("the alleged plot")).toBe("alleged");
    expect(distancingCue("Pompeo’s claim was rejected")).toBeNull();
  });

  it("summarises blame and facts by voice per article", () => {
    const result = attributionOf([
      "Threats from Iran have grown. Iran has blamed Israel for the attack.",
    ]);
    expect(result.voiceSummary).toEqual([
      {
        article: "a",
        blame: { own: 1, attributed: 1, distanced: 0 },
        facts: { own: 0, attributed: 0, distanced: 0 },
      },
    ]);
  });

  it("reads each sentence's cues once, with the same results as the direct reading", () => {
    const sentences = [
      { text: "The White House blamed Iranian-backed militias for the rockets." },
      { text: "The administration has not provided evidence to support those charges." },
      { text: "Officials spoke of the so-called plot." },
      { text: "The weather was fine." },
    ];
    const distance = new SentenceDistance(sentences);
    expect(sentences.map((_, i) => distance.cue(i))).toEqual(
      sentences.map((s) => distancingCue(s.text)),
    );
    expect(sentences.map((_, i) => distance.fromNext(i))).toEqual(
      sentences.map((_, i) => followingDistance(sentences[i + 1]?.text)),
    );
    expect(distance.fromNext(0)).toBe("has not provided evidence");
    expect(distance.cue(2)).toBe("so-called");
  });
});
