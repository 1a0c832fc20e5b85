import type { Voice } from "@/lib/analysis";
import type { Evidence } from "./evidence";
import type { GlossaryKey } from "./glossary";
import type { Line } from "./lines";

export type ExerciseKind =
  "omission" | "word-choice" | "own-voice" | "fact-voice" | "top-voice" | "quote-change" | "story";

export interface ExerciseOption {
  label: Line;
  /** Set when the option is an outlet: options are then shown in letter order. */
  outlet?: string;
  correct: boolean;
}

/** What an answer rests on, so tests (and the key) can check it against the analysis. */
export type ExerciseCheck =
  | { kind: "omission"; fact: string; article: string }
  | { kind: "word-choice"; concept: string; article: string; terms: string[]; majority: string }
  | { kind: "own-voice"; actor: string; article: string; blame: string }
  | { kind: "fact-voice"; fact: string; article: string; voice: Voice }
  | { kind: "top-voice"; article: string; voice: string }
  | { kind: "quote-change"; group: string; quote: string; base: string }
  | { kind: "story"; index: number };

export interface Exercise {
  /** "q1", "q2"… in order; never contains an outlet or article slug. */
  id: string;
  kind: ExerciseKind;
  topic: GlossaryKey;
  prompt: Line;
  /** A passage shown with the prompt (the fact or quote being asked about). */
  passage: Evidence | null;
  options: ExerciseOption[];
  answer: Line;
  evidence: Evidence[];
  check: ExerciseCheck;
}

export type Draft = Omit<Exercise, "id">;

/** Most exercises a lesson shows; teacher questions come on top. */
export const MAX_EXERCISES = 8;
/** Above this many outlets, outlet questions are open rather than multiple choice. */
export const MAX_OUTLET_OPTIONS = 8;

/** Outlets as answer options (an open question when there are too many). */
export function outletOptions(ids: string[], correct: string): ExerciseOption[] {
  if (ids.length > MAX_OUTLET_OPTIONS) return [];
  return ids.map((id) => ({ label: [{ outlet: id }], outlet: id, correct: id === correct }));
}
