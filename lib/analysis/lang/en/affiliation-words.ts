/** Source: written here; the party letters follow US news style ("(D-Md.)"). */
/**
 * Word lists for reading a speaker's affiliation: the parties and their
 * written forms, the sides of a dispute a role noun names, and the nouns
 * that link a person to someone without making them one of theirs. All
 * entries are lower case.
 */

/** Party words, as the name of the party's members. */
export const PARTIES: Readonly<Record<string, string>> = {
  democrat: "Democrats",
  democrats: "Democrats",
  democratic: "Democrats",
  republican: "Republicans",
  republicans: "Republicans",
  gop: "Republicans",
};

/** Party letters of the "(D-Md.)", ", R-Wis.," convention. */
export const PARTY_LETTERS: Readonly<Record<string, string>> = {
  D: "Democrats",
  R: "Republicans",
  I: "Independents",
};

/**
 * Role nouns that put a person on one side of a case or a dispute, as the
 * name of that side: "the lead plaintiff", "one of the plaintiffs" → plaintiffs.
 */
export const SIDE_NOUNS: Readonly<Record<string, string>> = {
  plaintiff: "plaintiffs",
  plaintiffs: "plaintiffs",
  defendant: "defendants",
  defendants: "defendants",
  petitioner: "petitioners",
  petitioners: "petitioners",
  appellant: "appellants",
  appellants: "appellants",
  claimant: "claimants",
  claimants: "claimants",
  complainant: "complainants",
  complainants: "complainants",
  protester: "protesters",
  protesters: "protesters",
  protestor: "protesters",
  protestors: "protesters",
  demonstrator: "demonstrators",
  demonstrators: "demonstrators",
  striker: "strikers",
  strikers: "strikers",
};

/**
 * Nouns that relate a person to someone without making them part of that
 * side: "a critic of Mr. Varga", "the wife of Sen. Hill", "a rival to Kerr".
 * A name after these is not the person's affiliation.
 */
export const UNAFFILIATED_LINKS: ReadonlySet<string> = new Set([
  "critic",
  "critics",
  "opponent",
  "opponents",
  "rival",
  "rivals",
  "challenger",
  "foe",
  "adversary",
  "detractor",
  "enemy",
  "nemesis",
  "target",
  "victim",
  "biographer",
  "interviewer",
  "wife",
  "husband",
  "son",
  "daughter",
  "brother",
  "sister",
  "mother",
  "father",
  "widow",
  "widower",
  "cousin",
  "nephew",
  "niece",
  "grandson",
  "granddaughter",
  "friend",
  "neighbor",
  "neighbour",
]);

/**
 * Legislatures and the words of their offices: "House Speaker", "Senate
 * Majority Leader", "U.S. Senate candidate" name an office or a race, not
 * whose side the person is on. The country alone ("a senior U.S. official")
 * still says whose side.
 */
export const LEGISLATURES: ReadonlySet<string> = new Set([
  "house",
  "senate",
  "congress",
  "congressional",
  "parliament",
  "parliamentary",
  "assembly",
  "legislature",
  "legislative",
]);
/** Words that may stand with a legislature in an office: "U.S. Senate", "Senate Majority Leader", "State Assembly". */
export const CHAMBER_COMPANIONS: ReadonlySet<string> = new Set([
  "majority",
  "minority",
  "u.s.",
  "us",
  "state",
  "federal",
]);

/** Prepositions that link a role to whom it serves: "a spokesman for", "director of", "an aide to". */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(["for", "of", "at", "with", "to"]);

/** Adverbs that may stand between "is" and the description ("is also a member of"). */
export const APPOSITIVE_ADVERBS: ReadonlySet<string> = new Set([
  "also",
  "now",
  "still",
  "currently",
  "himself",
  "herself",
]);
