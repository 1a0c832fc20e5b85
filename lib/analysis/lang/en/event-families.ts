/** Source: written here. */
/**
 * Families of words for the kinds of event news reports (withdrawal, unrest,
 * arson, armed attack, sanctions), so word choice can line up "closure" in one
 * outlet with "evacuation" in another. Written here; a story adds its own
 * wording through its `eventTerms` frontmatter.
 */

/** One event family: lemmas matched per token, phrases matched as whole words. */
export interface EventFamily {
  concept: string;
  lemmas: readonly string[];
  phrases: readonly string[];
}

/** The families, each with its lemmas and phrases. */
export const EVENT_FAMILIES: readonly EventFamily[] = [
  {
    concept: "withdrawal or closure",
    lemmas: [
      "close",
      "closure",
      "closing",
      "shut",
      "shutter",
      "evacuate",
      "evacuation",
      "relocate",
      "relocation",
      "withdraw",
      "withdrawal",
      "drawdown",
    ],
    phrases: ["pull out"],
  },
  {
    concept: "unrest",
    lemmas: [
      "protest",
      "unrest",
      "riot",
      "clash",
      "demonstration",
      "uprising",
      "turmoil",
      "violence",
    ],
    phrases: ["civil unrest"],
  },
  {
    concept: "arson or storming",
    lemmas: ["torch", "torching", "burn", "burning", "ransack", "storm", "arson"],
    phrases: ["set fire", "set alight", "set on fire"],
  },
  {
    concept: "armed attack",
    lemmas: [
      "attack",
      "rocket",
      "mortar",
      "shelling",
      "bombing",
      "strike",
      "aggression",
      "assault",
    ],
    phrases: ["indirect fire", "rocket fire"],
  },
  {
    concept: "sanctions",
    lemmas: ["sanction", "sanctions", "embargo", "penalty"],
    phrases: [],
  },
];
