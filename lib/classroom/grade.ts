import { outletTypeLabels, type OutletType } from "@/lib/content/schemas";
import { GUESS_LABELS, type GuessValue } from "./state";

/** What Parallax knows of an outlet's kind: its profile's type, and whether it was identified at all. */
export interface KnownKind {
  type: OutletType;
  /** False when the outlet has no profile (a plain name in the article's frontmatter). */
  profiled: boolean;
  /** False for a profile that says the outlet could not be identified. */
  identified: boolean;
}

export interface Grade {
  /** "none" when there is nothing to check the guess against. */
  result: "right" | "wrong" | "none";
  /** What the class sees next to the guess. */
  text: string;
}

/**
 * The right answer to "what kind of outlet is it?": its kind; "Can't tell"
 * for an outlet the text does not identify (its profile says so); none when
 * Parallax has no profile, or a profile with no kind, to check against.
 */
export function rightGuess(outlet: KnownKind): GuessValue | null {
  if (outlet.type !== "unknown") return outlet.type;
  return outlet.profiled && !outlet.identified ? "unsure" : null;
}

export function gradeGuess(guess: GuessValue, outlet: KnownKind): Grade {
  const answer = rightGuess(outlet);
  if (answer === null) {
    return {
      result: "none",
      text: "no answer to check: Parallax has no profile saying what kind of outlet this is",
    };
  }
  if (guess === answer) {
    return {
      result: "right",
      text: answer === "unsure" ? "✓ right: nothing in the text says who published it" : "✓ right",
    };
  }
  if (answer === "unsure") {
    return {
      result: "wrong",
      text: `✗ the text cannot tell: this outlet could not be identified, so “${GUESS_LABELS.unsure}” was the answer`,
    };
  }
  return { result: "wrong", text: `✗ not quite: it is ${article(outletTypeLabels[answer])}` };
}

/** "a State broadcaster" → lower-case after the article; "an Advocacy group" → "an advocacy group". */
function article(label: string): string {
  const lower = label.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? "an" : "a"} ${lower}`;
}
