import { z } from "zod";
import { outletTypeLabels, outletTypes } from "@/lib/content/schemas";
import { type RawSearchParams, readParam, toQuery } from "@/lib/views/search-params";
import { SEED_PATTERN } from "./seed";

/** The lesson's steps, each at its own URL. */
export const STEPS = ["read", "spot", "discuss", "reveal", "worksheet"] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABELS: Record<Step, string> = {
  read: "Read blind",
  spot: "Spot the difference",
  discuss: "Discuss",
  reveal: "Reveal",
  worksheet: "Printable worksheet",
};

const stepSchema = z.enum(STEPS);
const seedSchema = z.string().toLowerCase().regex(SEED_PATTERN);

/** What students may guess about each outlet: its kind, as the outlet profiles classify it. */
export const GUESS_VALUES = [...outletTypes.filter((t) => t !== "unknown"), "unsure"] as const;
export type GuessValue = (typeof GUESS_VALUES)[number];
export const GUESS_LABELS: Record<GuessValue, string> = {
  ...Object.fromEntries(
    outletTypes.filter((t) => t !== "unknown").map((t) => [t, outletTypeLabels[t]]),
  ),
  unsure: "Can’t tell",
} as Record<GuessValue, string>;
const guessSchema = z.enum(GUESS_VALUES);

export interface ClassroomState {
  step: Step;
  /** The class code fixing the blind order; null is the fixed default order. */
  seed: string | null;
  /** Letter → guess, from the guessing form. */
  guesses: Record<string, GuessValue>;
  /** The reveal token (`r`) as given: it opens the reveal only if the server's check says so. */
  reveal: string | null;
  notes: string[];
}

/** Tokens are base64url; anything else cannot be one, whatever the secret. */
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** A token from the URL (`t` or `r`), or null; a malformed one gets a note, never an error. */
export function readToken(raw: RawSearchParams, key: string, notes: string[]): string | null {
  const value = readParam(raw, key, notes);
  if (value === undefined) return null;
  const token = tokenSchema.safeParse(value);
  if (!token.success) {
    notes.push("This link is incomplete: part of it is missing or was mistyped.");
    return null;
  }
  return token.data;
}

/** The query key for the guess about one letter: "guess-a". */
export function guessKey(letter: string): string {
  return `guess-${letter.toLowerCase()}`;
}

/**
 * Read the lesson's state from the URL. Bad values never make an error page:
 * they fall back to the defaults, each with a visible note.
 */
export function parseClassroomState(raw: RawSearchParams, letters: string[] = []): ClassroomState {
  const notes: string[] = [];
  const stepValue = readParam(raw, "step", notes);
  const step = stepSchema.safeParse(stepValue?.toLowerCase());
  if (stepValue !== undefined && !step.success) {
    notes.push(
      `There is no step “${stepValue.slice(0, 30)}”; the lesson starts at “${STEP_LABELS.read}”.`,
    );
  }
  const seedValue = readParam(raw, "seed", notes);
  const seed = seedSchema.safeParse(seedValue);
  if (seedValue !== undefined && !seed.success) {
    notes.push(
      `“${seedValue.slice(0, 30)}” is not a class code (letters and digits, up to 16); the default order is shown.`,
    );
  }
  const guesses: Record<string, GuessValue> = {};
  for (const letter of letters) {
    const value = readParam(raw, guessKey(letter), notes);
    if (value === undefined) continue;
    const guess = guessSchema.safeParse(value);
    if (guess.success) guesses[letter] = guess.data;
    else notes.push(`The guess for Outlet ${letter} was not one of the choices and was left out.`);
  }
  return {
    step: step.success ? step.data : "read",
    seed: seed.success ? seed.data : null,
    guesses,
    reveal: readToken(raw, "r", notes),
    notes,
  };
}

/**
 * The student view of one step (same state → same link). With the reveal
 * token, the link carries it along, so a class given the reveal keeps it.
 */
export function classroomHref(
  storyHref: string,
  state: { step?: Step; seed: string | null; reveal?: string | null },
): string {
  const step = state.step && state.step !== "read" ? state.step : undefined;
  return `${storyHref}/classroom${toQuery([
    ["seed", state.seed ?? undefined],
    ["step", step],
    ["r", state.reveal ?? undefined],
  ])}`;
}

/** The reveal for one class: what the teacher projects or gives out when the class is ready. */
export function revealHref(storyHref: string, seed: string | null, token: string): string {
  return classroomHref(storyHref, { seed, step: "reveal", reveal: token });
}

/** The teacher's key for one class: the teacher link. Only teacher pages show it. */
export function keyHref(storyHref: string, seed: string | null, token: string): string {
  return `${storyHref}/classroom/key${toQuery([
    ["seed", seed ?? undefined],
    ["t", token],
  ])}`;
}

/** Where a teacher starts: what the lesson is, and a new class with its teacher link. */
export function teachHref(storyHref: string): string {
  return `${storyHref}/classroom/teach`;
}
