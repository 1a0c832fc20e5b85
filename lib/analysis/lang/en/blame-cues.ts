/** Source: written here, from English reporting usage (no published lexicon). */
/**
 * The words that signal blame, by lemma (lower case). blame.ts reads them; the
 * patterns around them ("blamed X for Z", "blamed Z on Y", "hold Y
 * accountable", "threats from Y") are in blame.ts. Kept as data so a new cue
 * is one line.
 */

/** "X blamed Y for Z", "blamed Z on Y", "Z was blamed on Y". */
export const BLAME_VERBS: ReadonlySet<string> = new Set(["blame", "scapegoat"]);

/** "X accused Y of Z", "Y was accused of Z". */
export const ACCUSE_VERBS: ReadonlySet<string> = new Set(["accuse", "indict"]);

/** Verbs of criticism whose object is the criticised actor. */
export const CRITICISE_VERBS: ReadonlySet<string> = new Set([
  "criticize",
  "criticise",
  "condemn",
  "slam",
  "blast",
  "denounce",
  "chide",
  "rebuke",
  "lambaste",
  "lambast",
  "castigate",
  "assail",
  "attack",
  "fault",
  "hammer",
  "scold",
  "berate",
  "excoriate",
  "censure",
  "deride",
  "ridicule",
  "vilify",
  "demonize",
  "demonise",
  "disparage",
  "reproach",
  "admonish",
  "upbraid",
  "pillory",
  "savage",
  "skewer",
  "knock",
  "bash",
]);

/** Multi-word criticism: verb lemma + particle ("rail against", "lash out at", "take aim at"). */
export const CRITICISE_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ["rail", "against"],
  ["lash", "out"],
  ["take", "aim"],
  ["go", "after"],
  ["hit", "out"],
  ["lay", "into"],
];

/** Nouns of criticism: "condemnation for X", "criticism of X". */
export const CRITICISM_NOUNS: ReadonlySet<string> = new Set([
  "criticism",
  "condemnation",
  "denunciation",
  "rebuke",
  "censure",
  "scorn",
  "outrage",
]);

/**
 * Words of speech that are criticism when an adjective of harshness qualifies them: "had harsh
 * words for Y", "scathing remarks about Y". Lemmas; the adjectives below, as written.
 */
export const HARSH_SPEECH_NOUNS: ReadonlySet<string> = new Set(["word", "remark", "language"]);

/** Adjectives that make a word of speech criticism: "harsh words", "blistering remarks". */
export const HARSH_ADJECTIVES: ReadonlySet<string> = new Set([
  "harsh",
  "sharp",
  "tough",
  "strong",
  "angry",
  "bitter",
  "scathing",
  "stinging",
  "blistering",
  "withering",
  "pointed",
  "cutting",
  "choice",
  "caustic",
  "acid",
  "fierce",
]);

/**
 * Verbs that aim what their object names at whoever "at" introduces: "leveled criticism at Y",
 * "directed her anger at Y". For other verbs an "at" phrase is mostly a place or a time.
 */
export const AIMING_VERBS: ReadonlySet<string> = new Set([
  "level",
  "direct",
  "aim",
  "hurl",
  "lob",
  "fire",
  "throw",
  "sling",
]);

/** "hold Y responsible", "Y will be held accountable". */
export const HOLD_ADJECTIVES: ReadonlySet<string> = new Set([
  "responsible",
  "accountable",
  "liable",
  "culpable",
]);

/** Verbs whose passive agent is the cause: "caused by Ruritania", "was prompted by threats from Ruritania". */
export const CAUSE_VERBS: ReadonlySet<string> = new Set([
  "cause",
  "prompt",
  "drive",
  "trigger",
  "spur",
  "provoke",
  "instigate",
  "orchestrate",
  "mastermind",
  "incite",
  "engineer",
  "sponsor",
  "fuel",
  "stoke",
  "perpetrate",
]);

/** "pointed to Ruritania", "attribute responsibility to", "linked the attack to". */
export const POINT_VERBS: ReadonlyMap<string, string> = new Map([
  ["point", "to"],
  ["attribute", "to"],
  ["link", "to"],
  ["tie", "to"],
  ["trace", "to"],
]);

/** Nouns for harmful acts or dangers, which name their author after "from"/"by": "threats from Ruritania". */
export const THREAT_NOUNS: ReadonlySet<string> = new Set([
  "threat",
  "risk",
  "danger",
  "aggression",
  "attack",
  "incitement",
  "violence",
  "provocation",
  "interference",
  "meddling",
  "harassment",
  "fire",
  "shelling",
  "bombing",
  "plot",
  "hostility",
  "intimidation",
  "terrorism",
  "destabilization",
  "destabilisation",
  "role",
  "involvement",
]);

/** Of these, the ones that blame by themselves with a possessive: "Ruritania's meddling". */
export const BLAMING_POSSESSED: ReadonlySet<string> = new Set([
  "aggression",
  "meddling",
  "interference",
  "incitement",
  "provocation",
  "provocations",
  "destabilization",
  "destabilisation",
  "terrorism",
  "harassment",
  "intimidation",
]);

/** Possessed nouns that criticise their owner in the writer's words: "the US’ blame game", "Ruritania's propaganda". */
export const CRITICISING_POSSESSED: ReadonlySet<string> = new Set([
  "blame game",
  "propaganda",
  "lies",
  "hypocrisy",
  "smear campaign",
  "scaremongering",
  "fearmongering",
  "warmongering",
  "demagoguery",
  "posturing",
  "double standards",
]);

/** Harm nouns that make "X is responsible for Z" a blame ("responsible for the attack"). */
export const HARM_NOUNS: ReadonlySet<string> = new Set([
  "attack",
  "harm",
  "death",
  "violence",
  "bombing",
  "killing",
  "crisis",
  "failure",
  "damage",
  "injury",
  "loss",
  "incident",
  "fire",
  "chaos",
  "unrest",
  "massacre",
  "explosion",
  "shooting",
  "collapse",
  "downing",
  "leak",
  "breach",
  "outbreak",
  "mess",
  "disaster",
]);

/** Criticism verbs that also name physical acts. */
export const PHYSICAL_CRITICISE_VERBS: ReadonlySet<string> = new Set([
  "attack",
  "hit",
  "hammer",
  "blast",
  "knock",
  "bash",
  "savage",
  "slam",
]);

/** What a grieving group feels or wants: "residents’ anger", "workers’ demands". */
export const GRIEVANCES: ReadonlySet<string> = new Set([
  "anger",
  "frustration",
  "fear",
  "grief",
  "outrage",
  "discontent",
  "dissatisfaction",
  "resentment",
  "desperation",
  "demand",
  "grievance",
  "despair",
]);

/** Adverbs of degree between a blame verb and its object ("blamed squarely on"), dropped from the matter. */
export const DEGREE_ADVERBS: readonly string[] = [
  "specifically",
  "squarely",
  "directly",
  "largely",
  "partly",
];

/** Prepositions after a noun of criticism before its target or cause: "criticism of", "outrage over". */
export const CRITICISM_PREPOSITIONS: ReadonlySet<string> = new Set([
  "of",
  "for",
  "against",
  "over",
  "on",
]);

/** Verbs whose subject receives the criticism their object names: "drew criticism from", "came under fire". */
export const RECEIVING_VERBS: ReadonlySet<string> = new Set([
  "draw",
  "face",
  "receive",
  "attract",
  "earn",
  "come",
  "spark",
  "provoke",
  "prompt",
  "trigger",
  "get",
]);
