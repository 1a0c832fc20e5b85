/** Source: written here, from English news copy. */
import { CALENDAR_UNITS, RELATIVE_DAYS } from "./time-words";

/**
 * Small hand-made tables for matching news wording across outlets. They are
 * deliberately short and conservative: each entry maps spellings or near
 * synonyms that news copy uses interchangeably for the same thing, so that a
 * rewording ("meager" / "poor electricity supplies") still shares a term and
 * the shared term shown to the reader says why two sentences were aligned.
 */

/** Spelling variants and demonyms of the same place or country → one form. */
export const VARIANTS: Readonly<Record<string, string>> = {
  us: "us",
  usa: "us",
  "u.s": "us",
  "u.s.": "us",
  "u.s.a": "us",
  "u.s.a.": "us",
  america: "us",
  american: "us",
  americans: "us",
  washington: "us",
  uk: "uk",
  "u.k": "uk",
  "u.k.": "uk",
  britain: "uk",
  british: "uk",
  iranian: "iran",
  iranians: "iran",
  iraqi: "iraq",
  iraqis: "iraq",
  israeli: "israel",
  israelis: "israel",
  russian: "russia",
  russians: "russia",
  chinese: "china",
  syrian: "syria",
  syrians: "syria",
  protestor: "protester",
  protestors: "protester",
  meagre: "meager",
  sept: "september",
  oct: "october",
  nov: "november",
  dec: "december",
  jan: "january",
  feb: "february",
  aug: "august",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  dozen: "12",
};

/**
 * Near synonyms in news wording (lemma → shared concept). The concept is one of
 * the words so the explanation stays readable ("poor" for "meager").
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  meager: "poor",
  scant: "poor",
  inadequate: "poor",
  insufficient: "poor",
  demonstrator: "protester",
  rioter: "protester",
  mob: "protester",
  demonstration: "protest",
  rally: "protest",
  torch: "burn",
  torching: "burn",
  alight: "burn",
  ablaze: "burn",
  arson: "burn",
  burning: "burn",
  shut: "close",
  shutter: "close",
  closure: "close",
  closing: "close",
  relocate: "evacuate",
  relocation: "evacuate",
  evacuation: "evacuate",
  withdraw: "evacuate",
  risk: "threat",
  threaten: "threat",
  danger: "threat",
  mortar: "rocket",
  missile: "rocket",
  kill: "die",
  dead: "die",
  death: "die",
  injury: "injure",
  wound: "injure",
  accuse: "blame",
  accusation: "blame",
  allegation: "blame",
  warning: "warn",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  personnel: "staff",
  employee: "staff",
  response: "respond",
  retaliate: "respond",
  accountable: "responsible",
  responsibility: "responsible",
  undrinkable: "impure",
  contaminated: "impure",
  polluted: "impure",
  sick: "ill",
  illness: "ill",
  confrontation: "tension",
  turmoil: "unrest",
};

/** Multi-word expressions read as one term (lower-cased words → term). */
export const PHRASES: ReadonlyArray<readonly [readonly string[], string]> = [
  [["united", "states", "of", "america"], "us"],
  [["united", "states"], "us"],
  [["united", "kingdom"], "uk"],
  [["united", "nations"], "un"],
  [["set", "on", "fire"], "burn"],
  [["set", "fire"], "burn"],
  [["set", "alight"], "burn"],
  [["set", "ablaze"], "burn"],
  [["secretary", "of", "state"], "secretary-of-state"],
  [["state", "department"], "state-department"],
  [["white", "house"], "white-house"],
  [["foreign", "ministry"], "foreign-ministry"],
  [["washington", "post"], "washington-post"],
  [["wall", "street", "journal"], "wall-street-journal"],
  [["new", "york", "times"], "new-york-times"],
  [["opened", "fire"], "shoot"],
  [["open", "fire"], "shoot"],
];

/**
 * Words that carry no fact of their own in news copy: attribution verbs and
 * modal or filler words the NLP model does not already mark as stop words.
 */
export const EXTRA_STOP_WORDS: ReadonlySet<string> = new Set([
  "say",
  "said",
  "says",
  "tell",
  "told",
  "add",
  "added",
  "according",
  "also",
  "would",
  "could",
  "may",
  "might",
  "must",
  "will",
  "shall",
  "mr",
  "mrs",
  "ms",
  "dr",
  "'s",
  "s",
]);

/**
 * Words that frame a fact rather than state it: time words (outlets date the
 * same fact differently) and news-copy filler ("the developments come after").
 */
export const FRAMING_WORDS: ReadonlySet<string> = new Set([
  "development",
  "come",
  "latest",
  "sign",
  "statement",
  "include",
  "make",
  "take",
  "go",
  "get",
  ...RELATIVE_DAYS,
  "recent",
  "recently",
  "ago",
  ...CALENDAR_UNITS,
]);
