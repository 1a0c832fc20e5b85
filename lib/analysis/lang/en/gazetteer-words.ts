/** Source: written here. */
/**
 * The gazetteer's words (actors/gazetteer.ts): nationality adjectives, side labels, the nouns
 * of backed groups and the verbs of backing. Role and title words are in actor-role-words.ts.
 */

/** Nationality and party adjectives: with a role noun they name the country's or party's actor. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ["american", "united-states"],
  ["u.s.", "united-states"],
  ["us", "united-states"],
  ["iranian", "iran"],
  ["iraqi", "iraq"],
  ["israeli", "israel"],
  ["saudi", "saudi-arabia"],
  ["russian", "russia"],
  ["chinese", "china"],
  ["british", "united-kingdom"],
  ["french", "france"],
  ["german", "germany"],
  ["turkish", "turkey"],
  ["syrian", "syria"],
  ["democratic", "democratic-party"],
  ["republican", "republican-party"],
]);

/** Nouns for backed groups: "Ruritania-backed rebels", "groups it supports", "its proxies". */
export const BACKED_GROUP_NOUNS: ReadonlySet<string> = new Set([
  "militia",
  "militias",
  "group",
  "groups",
  "forces",
  "fighters",
  "proxies",
  "proxy",
  "allies",
  "friends",
  "factions",
]);

/** Second halves of "X-backed" compounds. */
export const BACKING_WORDS: ReadonlySet<string> = new Set([
  "backed",
  "linked",
  "aligned",
  "allied",
  "supported",
  "sponsored",
  "affiliated",
]);

/** Sides and their display labels. */
export const SIDE_LABELS: Readonly<Record<string, string>> = {
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
  police: "Police",
  residents: "Residents",
  critics: "Critics",
  media: "Media",
  unknown: "Unknown",
};

/** Verbs of support in "groups it supports", "the militia that the state arms". */
export const SUPPORT_VERBS: ReadonlySet<string> = new Set([
  "support",
  "back",
  "sponsor",
  "arm",
  "fund",
  "control",
  "direct",
]);

/** Nouns for an owner's backed groups after "its"/"their": "its proxies", "their allies". */
export const PROXY_NOUNS: ReadonlySet<string> = new Set([
  "proxies",
  "proxy",
  "friends",
  "allies",
  "militias",
  "surrogates",
]);
