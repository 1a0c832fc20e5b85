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

/** "hold Y responsible", "Y will be held accountable". */
export const HOLD_ADJECTIVES: ReadonlySet<string> = new Set([
  "responsible",
  "accountable",
  "liable",
  "culpable",
]);

/** Verbs whose passive agent is the cause: "caused by Iran", "was prompted by threats from Iran". */
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

/** "pointed to Iran", "attribute responsibility to", "linked the attack to". */
export const POINT_VERBS: ReadonlyMap<string, string> = new Map([
  ["point", "to"],
  ["attribute", "to"],
  ["link", "to"],
  ["tie", "to"],
  ["trace", "to"],
]);

/** Nouns for harmful acts or dangers, which name their author after "from"/"by": "threats from Iran". */
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

/** Of these, the ones that blame by themselves with a possessive: "Iran's meddling". */
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

/** Possessed nouns that criticise their owner in the writer's words: "the US’ blame game", "Iran's propaganda". */
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

/** Words for what someone is accused of. */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  "claim",
  "accusation",
  "allegation",
  "charge",
  "assertion",
  "account",
  "justification",
  "reason",
  "narrative",
  "propaganda",
  "story",
  "report",
  "suggestion",
  "version",
]);

/** Of these, the ones that always mean an accusation ("accusations against Iran"). */
export const ACCUSATION_NOUNS: ReadonlySet<string> = new Set([
  "accusation",
  "allegation",
  "charge",
  "claim",
]);

/** Verbs that reject a claim: "rejected Pompeo's claim", "dismissed the allegations". */
export const REJECT_VERBS: ReadonlySet<string> = new Set([
  "reject",
  "dismiss",
  "deny",
  "refute",
  "rebut",
  "rebuff",
  "repudiate",
  "dispute",
  "contradict",
  "debunk",
  "discount",
  "disavow",
]);

/** Words that brand a claim as false: "baseless accusations", "called the allegations baseless". */
export const FALSE_WORDS: ReadonlySet<string> = new Set([
  "baseless",
  "unfounded",
  "groundless",
  "false",
  "fabricated",
  "bogus",
  "absurd",
  "ridiculous",
  "laughable",
  "lie",
  "lies",
  "propaganda",
  "nonsense",
  "untrue",
  "unsubstantiated",
  "fake",
  "astonishing",
  "irresponsible",
  "preposterous",
  "outrageous",
  "slander",
  "smear",
  "libel",
  "fiction",
  "malarkey",
  "politically-motivated",
]);

/** Naming verbs whose complement characterises their object: "called the allegations baseless". */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  "call",
  "describe",
  "label",
  "term",
  "brand",
  "dub",
  "characterize",
  "characterise",
  "dismiss",
]);

/** Verbs of claiming whose complement clause accuses its subject: "claimed Iran was trying …". */
export const CLAIM_VERBS: ReadonlySet<string> = new Set(["claim", "allege", "charge", "contend"]);

/** "denied a role", "denying that the US had a role": what a denial is about. */
export const DENIAL_OBJECTS: ReadonlySet<string> = new Set([
  "role",
  "responsibility",
  "involvement",
  "part",
  "complicity",
  "link",
  "links",
  "wrongdoing",
  "hand",
]);

/** Word sequences that deny responsibility: "had nothing to do with", "played no role in". */
export const NO_ROLE_PHRASES: readonly (readonly string[])[] = [
  ["nothing", "to", "do", "with"],
  ["no", "role", "in"],
  ["no", "part", "in"],
  ["no", "involvement", "in"],
  ["no", "hand", "in"],
  ["not", "responsible", "for"],
  ["not", "behind"],
  ["not", "involved", "in"],
  ["never", "involved", "in"],
];

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

/**
 * Evaluative words that make a quoted sentence a criticism of the actor it
 * names ("Todd Akin's comments were offensive and wrong"). A cue list of
 * this project, not a published lexicon; the strong negative words of
 * lexicon.ts are used as well.
 */
export const CRITICAL_WORDS: ReadonlySet<string> = new Set([
  "wrong",
  "unfair",
  "failed",
  "failure",
  "fail",
  "mistaken",
  "misuse",
  "damaging",
  "wasted",
  "waste",
  "outrageous",
  "cynical",
  "irresponsible",
  "bigoted",
  "bigotry",
  "racist",
  "racism",
  "nonsense",
  "malarkey",
  "boogeyman",
  "hell",
  "terrible",
  "disgrace",
  "shameful",
  "dishonest",
  "reckless",
  "dangerous",
  "extreme",
  "radical",
  "incompetent",
  "inaccurate",
  "misleading",
  "lie",
  "lies",
  "lied",
  "obstruct",
  "obstruction",
  "hypocrisy",
  "hypocritical",
  "ridiculous",
  "absurd",
  "offensive",
  "unacceptable",
  "unacceptability",
  "appalling",
  "disastrous",
  "disaster",
  "coerce",
  "coerced",
]);

/** Evaluative nouns that criticise only with a following preposition: "war on religion", "assault on". */
export const CRITICAL_NOUNS_WITH: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["war", new Set(["on", "against"])],
  ["assault", new Set(["on"])],
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
