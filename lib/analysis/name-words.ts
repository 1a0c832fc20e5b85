/**
 * Small word lists that tell people from organisations and places in a
 * speaker's noun phrase. All entries are lower case, dots kept ("mr.").
 */

/** Honorifics and offices written before a person's name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "sen.", "rep.", "gov.", "gen.", "col.", "lt.",
  "sgt.", "capt.", "adm.", "maj.", "rev.", "fr.", "sir", "dame", "lord", "lady", "mr", "mrs", "ms",
  "dr", "president", "vice", "secretary", "minister", "senator", "governor", "representative",
  "congressman", "congresswoman", "speaker", "chairman", "chairwoman", "chair", "leader",
  "sheriff", "judge", "justice", "ayatollah", "sheikh", "king", "queen", "prince", "princess",
  "prime", "ambassador", "mayor", "director", "chief", "commander", "general", "colonel",
  "spokesman", "spokeswoman", "spokesperson", "pope", "cardinal", "bishop", "rabbi", "imam",
  "attorney", "councilman", "councilwoman", "deputy", "press", "state", "foreign", "defense",
  "defence", "treasury", "former", "acting", "senior", "candidate", "nominee", "officer",
]);

/** Nouns that describe a person ("the official", "a spokeswoman"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
  "advisor", "diplomat", "minister", "secretary", "president", "senator", "governor", "leader",
  "chairman", "chairwoman", "director", "commander", "officer", "analyst", "expert", "source",
  "sources", "lawmaker", "lawmakers", "resident", "residents", "witness", "candidate", "nominee",
  "representative", "ambassador", "mayor", "sheriff", "judge", "lawyer", "attorney", "activist",
  "protester", "protesters", "man", "woman", "father", "mother", "son", "daughter", "wife",
  "husband", "member", "members", "executive", "economist", "professor", "strategist",
  "congressman", "congresswoman", "chief", "speaker", "manager", "founder", "president-elect",
  "democrat", "republican", "organizer", "organiser", "host", "chairperson", "head", "co-founder",
]);

/** Offices with a named holder: "the Texas governor" can stand for "Gov. Rick Perry" named earlier. */
export const OFFICE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ["governor", ["governor", "gov."]],
  ["president", ["president"]],
  ["senator", ["senator", "sen."]],
  ["congressman", ["congressman", "rep.", "representative"]],
  ["congresswoman", ["congresswoman", "rep.", "representative"]],
  ["representative", ["representative", "rep."]],
  ["secretary", ["secretary"]],
  ["sheriff", ["sheriff"]],
  ["mayor", ["mayor"]],
  ["speaker", ["speaker"]],
  ["minister", ["minister"]],
  ["ambassador", ["ambassador"]],
  ["chairman", ["chairman"]],
  ["chairwoman", ["chairwoman"]],
  ["justice", ["justice"]],
  ["judge", ["judge"]],
  ["ayatollah", ["ayatollah"]],
  ["general", ["general", "gen."]],
]);

/** Last words of organisation names: a speaker ending in one is not a person. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  "department", "ministry", "government", "party", "committee", "house", "council", "agency",
  "force", "forces", "association", "coalition", "campaign", "administration", "office",
  "embassy", "consulate", "army", "military", "union", "news", "post", "journal", "times", "tv",
  "network", "group", "organization", "organisation", "institute", "university", "court",
  "senate", "congress", "parliament", "republic", "league", "bank", "company", "corp.", "inc.",
  "commission", "bureau", "service", "police", "guard", "guards", "corps", "board", "foundation",
  "center", "centre", "fund", "press", "agency", "cnn", "bbc", "reuters", "ap", "afp", "regime",
  "movement", "alliance", "caucus", "democrats", "republicans", "white", "media", "channel",
  "magazine", "tribune", "herald", "daily", "review", "council", "authority", "ministries",
]);

/** Last words of place names that look like first-and-last names ("New York", "Middle East"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  "states", "kingdom", "arabia", "east", "west", "north", "south", "york", "nations", "korea",
  "zealand", "africa", "america", "europe", "asia", "city", "county", "province", "island",
  "islands", "gulf", "sea", "zone", "valley", "street", "avenue", "square", "airport", "jersey",
  "carolina", "dakota", "virginia", "hampshire", "mexico", "orleans", "angeles", "francisco",
  "lanka", "leone", "rica", "emirates", "bank", "strip", "heights", "coast", "district",
]);
