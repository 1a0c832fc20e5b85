/**
 * Generic knowledge of who is who, in ONE place: common actors (governments,
 * their capitals, institutions and leaders; agencies; armed groups; parties;
 * crowds; media) with the names news text uses for them, nationality
 * adjectives, and the words for roles and titles. Story frontmatter actors are
 * merged over this list; names neither knows are discovered in the text.
 *
 * Aliases are matched token by token on lower-cased words or their lemmas
 * ("militia" also matches "militias"); an alias written in capitals only
 * ("US", "UN") must match with the same case, so the pronoun "us" is no
 * actor. A leading "the" is taken in by the matcher, so aliases omit it.
 */

import type { Actor } from "./schema";

/** An actor the engine knows before reading any text. */
export interface GazetteerActor {
  id: string;
  name: string;
  side: string;
  kind: Actor["kind"];
  aliases: readonly string[];
  /** The institution a person or body speaks for ("mike-pompeo" → "united-states"). */
  represents?: string;
  /** A person's grammatical gender, for "he"/"she" (from public role, not guessed). */
  gender?: "m" | "f";
}

/** Sides and their display labels. */
export const SIDES: Readonly<Record<string, string>> = {
  "united-states": "United States",
  iran: "Iran and allies",
  iraq: "Iraq",
  israel: "Israel",
  "saudi-arabia": "Saudi Arabia",
  russia: "Russia",
  china: "China",
  "united-kingdom": "United Kingdom",
  france: "France",
  germany: "Germany",
  turkey: "Turkey",
  syria: "Syria",
  "international-bodies": "International bodies",
  jihadists: "Jihadist groups",
  baathists: "Ba’athists",
  democrats: "Democrats",
  republicans: "Republicans",
  protesters: "Protesters",
  media: "Media",
  unknown: "Unknown",
};

const person = (
  id: string,
  name: string,
  side: string,
  represents: string,
  aliases: string[],
  gender: "m" | "f",
): GazetteerActor => ({ id, name, side, kind: "person", aliases, represents, gender });

const media = (id: string, name: string, aliases: string[]): GazetteerActor => ({
  id,
  name,
  side: "media",
  kind: "media",
  aliases,
});

/** Known actors. Longer aliases win over shorter ones at the same position. */
export const GAZETTEER: readonly GazetteerActor[] = [
  {
    id: "united-states",
    name: "United States government",
    side: "united-states",
    kind: "government",
    aliases: [
      "United States", "US", "U.S.", "USA", "U.S.A.", "America", "Washington", "White House",
      "State Department", "Department of State", "U.S. State Department", "US State Department",
      "Pentagon", "Defense Department", "Department of Defense", "administration",
      "Trump administration", "Obama administration", "Bush administration", "Biden administration",
      "U.S. government", "US government", "United States government", "American government",
      "U.S. Embassy", "US Embassy", "American embassy", "U.S. military", "US military",
      "U.S. officials", "US officials", "American officials", "State Department officials",
      "administration officials", "CIA", "Treasury Department", "U.S. Treasury",
    ],
  },
  person("donald-trump", "Donald Trump", "united-states", "united-states", ["Donald Trump", "Trump", "Donald J. Trump"], "m"),
  person("mike-pompeo", "Mike Pompeo", "united-states", "united-states", ["Mike Pompeo", "Pompeo", "Michael Pompeo"], "m"),
  person("john-bolton", "John Bolton", "united-states", "united-states", ["John Bolton", "Bolton"], "m"),
  {
    id: "iran",
    name: "Iranian government",
    side: "iran",
    kind: "government",
    aliases: [
      "Iran", "Tehran", "Islamic Republic", "Islamic Republic of Iran", "regime in Tehran",
      "Tehran regime", "Iranian regime", "Iranian government", "government of Iran",
      "Iranian leadership", "Iranian authorities", "Iranian Foreign Ministry", "Iran Foreign Ministry",
      "Iranian forces", "Iranian military", "Iranian officials",
    ],
  },
  {
    id: "quds-force",
    name: "Quds Force",
    side: "iran",
    kind: "armed-group",
    represents: "iran",
    aliases: [
      "Quds Force", "Qods Force", "Islamic Revolutionary Guard Quds Force", "IRGC Quds Force",
      "IRGC-QF", "Quds Forces",
    ],
  },
  {
    id: "irgc",
    name: "Islamic Revolutionary Guard Corps",
    side: "iran",
    kind: "armed-group",
    represents: "iran",
    aliases: [
      "IRGC", "Revolutionary Guards", "Revolutionary Guard", "Islamic Revolutionary Guard Corps",
      "Revolutionary Guard Corps", "Islamic Revolutionary Guards Corps", "Sepah", "Basij",
    ],
  },
  person("ali-khamenei", "Ali Khamenei", "iran", "iran", ["Ali Khamenei", "Khamenei", "Supreme Leader", "supreme leader"], "m"),
  person("hassan-rouhani", "Hassan Rouhani", "iran", "iran", ["Hassan Rouhani", "Rouhani"], "m"),
  person("javad-zarif", "Mohammad Javad Zarif", "iran", "iran", ["Mohammad Javad Zarif", "Javad Zarif", "Zarif"], "m"),
  person("qassem-soleimani", "Qassem Soleimani", "iran", "quds-force", ["Qassem Soleimani", "Qassem Suleimani", "Qasem Soleimani", "Soleimani", "Suleimani"], "m"),
  {
    id: "iran-aligned-militias",
    name: "Iran-aligned militias",
    side: "iran",
    kind: "armed-group",
    represents: "iran",
    aliases: [
      "Iran-backed militia", "Iranian-backed militia", "Iran-backed militias", "Iranian-backed militias",
      "Iran-backed groups", "Iranian-backed groups", "Iranian-backed Iraqi militias", "Iran-backed Iraqi militias",
      "Iranian-linked groups", "Iran-linked groups", "Iran-aligned militias", "pro-Iranian militias",
      "pro-Iran militias", "proxy militias", "proxy militia", "Iranian proxies", "Iranian-backed forces",
      "Iran-backed forces", "Shiite militia", "Shiite militias", "Shiite militia groups", "Shia militias",
      "Iraqi militias", "Popular Mobilization Forces", "Popular Mobilisation Forces",
      "Popular Mobilization Units", "Hashd al-Shaabi", "Kataib Hezbollah", "Kata'ib Hezbollah",
      "Kataib Hizballah", "Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "Harakat al-Nujaba",
      "Badr Organization", "associated proxy militias",
    ],
  },
  {
    id: "hezbollah",
    name: "Hezbollah (Lebanon)",
    side: "iran",
    kind: "armed-group",
    aliases: ["Hezbollah", "Hizballah", "Hizbollah"],
  },
  {
    id: "iraq",
    name: "Iraqi government",
    side: "iraq",
    kind: "government",
    aliases: [
      "Iraq", "Baghdad", "Iraqi government", "government of Iraq", "Iraqi authorities",
      "Iraqi officials", "Iraqi forces", "Iraqi security forces", "Iraqi military", "Iraqi army",
      "Counter-Terrorism Service", "CounterTerrorism Service", "Counterterrorism Service",
      "Iraqi parliament", "Iraqi central government", "Government and Security Forces of Iraq",
    ],
  },
  person("haider-al-abadi", "Haider al-Abadi", "iraq", "iraq", ["Haider al-Abadi", "Abadi", "al-Abadi"], "m"),
  person("nouri-al-maliki", "Nouri al-Maliki", "iraq", "iraq", ["Nouri al-Maliki", "Maliki", "al-Maliki"], "m"),
  {
    id: "baath-party",
    name: "Ba’ath party remnants",
    side: "baathists",
    kind: "organisation",
    aliases: ["Ba'ath regime", "Ba'ath party", "Baath regime", "Baath party", "Ba'athists", "Baathists", "Ba'ath", "Baath"],
  },
  {
    id: "israel",
    name: "Israeli government",
    side: "israel",
    kind: "government",
    aliases: ["Israel", "Tel Aviv", "Israeli government", "Israeli military", "Israel Defense Forces", "IDF", "Israeli officials"],
  },
  person("benjamin-netanyahu", "Benjamin Netanyahu", "israel", "israel", ["Benjamin Netanyahu", "Netanyahu"], "m"),
  {
    id: "saudi-arabia",
    name: "Saudi government",
    side: "saudi-arabia",
    kind: "government",
    aliases: ["Saudi Arabia", "Riyadh", "Saudi government", "Saudi-led coalition", "Saudi officials"],
  },
  {
    id: "russia",
    name: "Russian government",
    side: "russia",
    kind: "government",
    aliases: ["Russia", "Moscow", "Kremlin", "Russian government", "Russian officials"],
  },
  person("vladimir-putin", "Vladimir Putin", "russia", "russia", ["Vladimir Putin", "Putin"], "m"),
  {
    id: "china",
    name: "Chinese government",
    side: "china",
    kind: "government",
    aliases: ["China", "Beijing", "Chinese government", "Chinese officials"],
  },
  {
    id: "united-kingdom",
    name: "British government",
    side: "united-kingdom",
    kind: "government",
    aliases: ["Britain", "United Kingdom", "UK", "U.K.", "British government", "Downing Street"],
  },
  { id: "france", name: "French government", side: "france", kind: "government", aliases: ["France", "French government", "Elysee"] },
  { id: "germany", name: "German government", side: "germany", kind: "government", aliases: ["Germany", "German government", "Berlin"] },
  { id: "turkey", name: "Turkish government", side: "turkey", kind: "government", aliases: ["Turkey", "Ankara", "Turkish government"] },
  { id: "syria", name: "Syrian government", side: "syria", kind: "government", aliases: ["Syria", "Damascus", "Syrian government", "Assad regime"] },
  person("bashar-al-assad", "Bashar al-Assad", "syria", "syria", ["Bashar al-Assad", "Assad", "al-Assad"], "m"),
  {
    id: "united-nations",
    name: "United Nations",
    side: "international-bodies",
    kind: "organisation",
    aliases: ["United Nations", "UN", "U.N.", "UN Security Council", "U.N. Security Council", "Security Council", "UN General Assembly", "United Nations General Assembly"],
  },
  { id: "nato", name: "NATO", side: "international-bodies", kind: "organisation", aliases: ["NATO", "North Atlantic Treaty Organization"] },
  { id: "european-union", name: "European Union", side: "international-bodies", kind: "organisation", aliases: ["European Union", "EU", "E.U.", "European Commission"] },
  {
    id: "isis",
    name: "Islamic State (Daesh)",
    side: "jihadists",
    kind: "armed-group",
    aliases: ["Daesh", "ISIS", "ISIL", "Islamic State", "Daesh terrorists", "Islamic State group"],
  },
  { id: "al-qaeda", name: "al-Qaeda", side: "jihadists", kind: "armed-group", aliases: ["al-Qaeda", "al Qaeda", "Al-Qaida", "al-Qaida"] },
  { id: "taliban", name: "Taliban", side: "jihadists", kind: "armed-group", aliases: ["Taliban"] },
  {
    id: "us-congress",
    name: "U.S. Congress",
    side: "united-states",
    kind: "organisation",
    represents: "united-states",
    aliases: ["Congress", "U.S. Congress", "US Congress", "Senate", "House of Representatives", "Capitol Hill"],
  },
  {
    id: "democratic-party",
    name: "Democrats",
    side: "democrats",
    kind: "organisation",
    aliases: [
      "Democrats", "Democratic Party", "DNC", "Democratic National Committee", "House Democrats",
      "Senate Democrats", "congressional Democrats", "Democratic lawmakers", "Democratic leaders",
    ],
  },
  {
    id: "republican-party",
    name: "Republicans",
    side: "republicans",
    kind: "organisation",
    aliases: [
      "Republicans", "Republican Party", "GOP", "RNC", "Republican National Committee",
      "House Republicans", "Senate Republicans", "congressional Republicans", "Republican lawmakers",
      "Republican leaders",
    ],
  },
  {
    id: "protesters",
    name: "Protesters / crowd",
    side: "protesters",
    kind: "crowd",
    aliases: [
      "protesters", "protestors", "demonstrators", "rioters", "attackers", "group of attackers",
      "mob", "crowd", "crowds", "marchers", "angry crowd", "angry mob", "Iraqi protesters",
    ],
  },
  media("wall-street-journal", "The Wall Street Journal", ["Wall Street Journal", "The Wall Street Journal", "Journal"]),
  media("washington-post", "The Washington Post", ["Washington Post", "The Washington Post"]),
  media("new-york-times", "The New York Times", ["New York Times", "The New York Times"]),
  media("cnn", "CNN", ["CNN"]),
  media("fox-news", "Fox News", ["Fox News", "Fox"]),
  media("reuters", "Reuters", ["Reuters"]),
  media("associated-press", "Associated Press", ["Associated Press", "AP"]),
  media("press-tv", "Press TV", ["Press TV", "PressTV"]),
  media("bbc", "BBC", ["BBC"]),
  media("al-jazeera", "Al Jazeera", ["Al Jazeera"]),
];

/** Nationality and party adjectives: with a role noun they name the country's or party's actor. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  american: "united-states",
  "u.s.": "united-states",
  us: "united-states",
  iranian: "iran",
  iraqi: "iraq",
  israeli: "israel",
  saudi: "saudi-arabia",
  russian: "russia",
  chinese: "china",
  british: "united-kingdom",
  french: "france",
  german: "germany",
  turkish: "turkey",
  syrian: "syria",
  democratic: "democratic-party",
  republican: "republican-party",
}));

/** Actors whose clients, proxies or backed groups have their own actor ("Iran-backed militias"). */
export const PROXIES: ReadonlyMap<string, string> = new Map([["iran", "iran-aligned-militias"]]);

/**
 * Head nouns that make a nationality or institution phrase an actor: "Iraqi
 * officials", "a senior Iranian official", "Iran's leaders".
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry",
  "diplomat", "diplomats", "envoy", "ambassador", "commander", "commanders", "leader", "leaders",
  "leadership", "authorities", "government", "forces", "military", "army", "troops", "president",
  "secretary", "lawmaker", "lawmakers", "senator", "senators", "administration", "embassy",
  "source", "sources", "regime", "officer", "officers", "agency", "department", "negotiator",
  "negotiators", "delegation", "terrorists", "militants", "fighters", "representative",
  "representatives", "prosecutors", "investigators", "intelligence", "police", "judiciary",
  "parliament", "lawmakers", "candidate", "nominee", "campaign", "leadership", "politicians",
]);

/** Modifiers allowed inside such a phrase ("a senior Iraqi security official"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  "senior", "top", "high-ranking", "ranking", "security", "intelligence", "military", "foreign",
  "defense", "defence", "former", "current", "other", "several", "two", "three", "some", "many",
  "local", "provincial", "federal", "state", "government", "administration", "diplomatic",
  "elite", "paramilitary", "one", "another", "an", "a", "the", "unnamed", "anonymous", "retired",
  "interior", "press", "deputy", "chief", "central", "presidential", "congressional", "party",
  "affairs", "ministry",
]);

/** Nouns for backed groups: "Iran-backed militias", "groups it supports", "its proxies". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  "militia", "militias", "group", "groups", "forces", "fighters", "proxies", "proxy", "allies",
  "friends", "factions",
]);

/** Second halves of "X-backed" compounds. */
export const BACKING_WORDS: ReadonlySet<string> = new Set([
  "backed", "linked", "aligned", "allied", "supported", "sponsored", "affiliated",
]);

/** Words a person's title is made of, before the name ("White House Press Secretary", "Rep."). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.", "gov.", "gen.", "lt.",
  "col.", "adm.", "president", "vice", "secretary", "minister", "prime", "spokesman", "spokeswoman",
  "spokesperson", "press", "ayatollah", "sheikh", "leader", "commander", "ambassador", "senator",
  "governor", "representative", "congressman", "congresswoman", "speaker", "chairman",
  "chairwoman", "chief", "deputy", "foreign", "defense", "defence", "state", "top", "senior",
  "former", "of", "general", "supreme", "militia", "shiite", "sunni", "director", "mayor",
  "candidate", "presidential", "seyyed", "sayyed", "king", "prince", "crown", "attorney",
  "justice", "judge", "department", "majority", "minority", "whip", "house", "senate",
]);

/**
 * Titles that, alone before a name, place the person ("Secretary of State Mike
 * Pompeo" → United States). Matched as whole phrases, lower case.
 */
export const PLACING_TITLES: ReadonlyArray<readonly [string, string]> = [
  ["secretary of state", "united-states"],
  ["white house press secretary", "united-states"],
  ["press secretary", "united-states"],
  ["national security adviser", "united-states"],
  ["supreme leader", "iran"],
  ["ayatollah", "iran"],
];

/** Person nouns that a definite description can resolve through ("the official", "the diplomat"). */
export const PERSON_HEADS: ReadonlySet<string> = new Set([
  "official", "spokesman", "spokeswoman", "spokesperson", "minister", "diplomat", "envoy",
  "ambassador", "commander", "leader", "president", "secretary", "senator", "governor",
  "congressman", "congresswoman", "lawmaker", "candidate", "nominee", "chairman", "speaker",
  "officer", "adviser", "aide", "director",
]);
