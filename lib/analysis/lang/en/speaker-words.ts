/** Source: written here. */

/** Verbs that take "to" before the speech verb ("tried to clarify", "went on to say"). */
export const CATENATIVES: ReadonlySet<string> = new Set([
  "try",
  "go",
  "continue",
  "want",
  "decide",
  "appear",
  "seem",
  "begin",
  "start",
  "refuse",
  "rush",
  "hasten",
  "be",
  "have",
  "use",
]);

/**
 * Things that "suggest", "show" or are "announced" in news copy which WordNet's derived list of
 * mute nouns (mute-nouns.ts) leaves out, because a first sense is a piece of writing or a study,
 * which may speak for its authors ("the report says"): a bill, research, an analysis do not. Every
 * other thing noun comes from that list ("the data", "the plan", "the move"), so this one does not
 * grow; a noun for people ("women", "critics") is in neither.
 */
export const THING_NOUNS: ReadonlySet<string> = new Set(["bill", "research", "analysis"]);

/** Words of a count or a collective before the signers themselves: "a group of nearly 90", "all 42". */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  "nearly",
  "about",
  "almost",
  "roughly",
  "around",
  "over",
  "more",
  "than",
  "all",
  "at",
  "least",
  "some",
  "of",
]);

/** Collectives counted like numbers when "of" follows: "a group of", "dozens of". */
export const COLLECTIVES: ReadonlySet<string> = new Set([
  "group",
  "coalition",
  "number",
  "handful",
  "dozens",
  "hundreds",
  "thousands",
  "scores",
]);

/** Role nouns that, capitalised inside a run of names, are not a title: "Son", "Man". */
export const NOT_INNER_TITLES: ReadonlySet<string> = new Set([
  "son",
  "man",
  "woman",
  "head",
  "source",
]);

/** Role nouns the endings miss. */
export const UNSUFFIXED_ROLE_NOUNS: ReadonlySet<string> = new Set([
  "scholar",
  "priest",
  "pastor",
  "cleric",
  "nun",
  "monk",
  "plaintiff",
]);

/** Media words written in capitals that name no one: "a new TV ad", "a Web video". */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  "tv",
  "radio",
  "web",
  "internet",
  "online",
  "video",
  "dvd",
  "cd",
]);

/** Endings of nouns for people by what they do: "worker", "activist", "historian", "staffer". */
export const ROLE_ENDINGS: readonly string[] = [
  "man",
  "woman",
  "person",
  "er",
  "or",
  "ist",
  "ian",
  "ant",
  "ent",
  "ee",
  "ive",
  "ary",
];

/** Words that make a number approximate before a noun ("nearly 90 lawmakers", "some 40 activists"). */
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  "nearly",
  "about",
  "almost",
  "some",
  "roughly",
  "around",
  "over",
  "at least",
]);

/** Words that make a number a bound with "to"/"than" before it: "close to 90", "more than 40", "up to 12". */
export const NUMBER_COMPARATIVES: ReadonlySet<string> = new Set([
  "close",
  "up",
  "more",
  "less",
  "fewer",
]);

/** The links of such a bound: "to", "than". */
export const COMPARATIVE_LINKS: ReadonlySet<string> = new Set(["to", "than"]);
