import { describe, expect, it } from "vitest";
import { classroomHref, keyHref, parseClassroomState, revealHref, teachHref } from "./state";

const LETTERS = ["A", "B", "C"];

describe("parseClassroomState", () => {
  it("defaults: the reading step, the fixed default order, no notes", () => {
    expect(parseClassroomState({}, LETTERS)).toEqual({
      step: "read",
      seed: null,
      guesses: {},
      reveal: null,
      notes: [],
    });
  });

  it("reads a step, a seed (any case) and guesses", () => {
    const state = parseClassroomState(
      { step: "reveal", seed: "K3F9", "guess-a": "newspaper", "guess-c": "unsure" },
      LETTERS,
    );
    expect(state).toEqual({
      step: "reveal",
      seed: "k3f9",
      guesses: { A: "newspaper", C: "unsure" },
      reveal: null,
      notes: [],
    });
  });

  it("keeps a well-formed reveal token as given (the server checks it); notes a malformed one", () => {
    expect(parseClassroomState({ r: "Abc-_0123456789xyz" }, LETTERS).reveal).toBe(
      "Abc-_0123456789xyz",
    );
    const bad = parseClassroomState({ r: "<script>" }, LETTERS);
    expect(bad.reveal).toBeNull();
    expect(bad.notes).toEqual(["This link is incomplete: part of it is missing or was mistyped."]);
  });

  it("bad values fall back with a note each, never an error", () => {
    const state = parseClassroomState(
      { step: "answers", seed: "<script>", "guess-b": "tabloid" },
      LETTERS,
    );
    expect(state.step).toBe("read");
    expect(state.seed).toBeNull();
    expect(state.guesses).toEqual({});
    expect(state.notes).toHaveLength(3);
    expect(state.notes[0]).toContain("no step “answers”");
    expect(state.notes[1]).toContain("not a class code");
  });

  it("repeated and over-long values are noted; guesses for unknown letters are ignored", () => {
    const state = parseClassroomState(
      { step: ["spot", "reveal"], seed: "x".repeat(100), "guess-z": "newspaper" },
      LETTERS,
    );
    expect(state.step).toBe("spot");
    expect(state.seed).toBeNull();
    expect(state.guesses).toEqual({});
    expect(state.notes).toHaveLength(2);
  });
});

describe("links", () => {
  it("the student view: seed first, the reading step implied", () => {
    expect(classroomHref("/stories/s", { seed: null })).toBe("/stories/s/classroom");
    expect(classroomHref("/stories/s", { seed: "k3f9", step: "read" })).toBe(
      "/stories/s/classroom?seed=k3f9",
    );
    expect(classroomHref("/stories/s", { seed: "k3f9", step: "reveal" })).toBe(
      "/stories/s/classroom?seed=k3f9&step=reveal",
    );
  });

  it("the reveal and the key carry their token; the teacher starts at the teach page", () => {
    expect(classroomHref("/stories/s", { seed: "k3f9", step: "spot", reveal: "tok" })).toBe(
      "/stories/s/classroom?seed=k3f9&step=spot&r=tok",
    );
    expect(revealHref("/stories/s", "k3f9", "tok")).toBe(
      "/stories/s/classroom?seed=k3f9&step=reveal&r=tok",
    );
    expect(keyHref("/stories/s", "k3f9", "tok")).toBe("/stories/s/classroom/key?seed=k3f9&t=tok");
    expect(keyHref("/stories/s", null, "tok")).toBe("/stories/s/classroom/key?t=tok");
    expect(teachHref("/stories/s")).toBe("/stories/s/classroom/teach");
  });
});
