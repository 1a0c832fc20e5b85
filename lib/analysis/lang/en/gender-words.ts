/** Source: written here; English honorifics, gendered role nouns and the he/she pronoun forms. */

/** Honorifics that tell a person's gender: "Mr.", "Dame", "Lady". */
export const HONORIFICS: Readonly<Record<string, "male" | "female">> = {
  "mr.": "male",
  mr: "male",
  sir: "male",
  lord: "male",
  king: "male",
  prince: "male",
  "mrs.": "female",
  mrs: "female",
  "ms.": "female",
  ms: "female",
  miss: "female",
  dame: "female",
  lady: "female",
  queen: "female",
  princess: "female",
};

/** Role and kinship nouns that tell a person's gender: "spokeswoman", "father". */
export const GENDERED_ROLE_NOUNS: Readonly<Record<string, "male" | "female">> = {
  spokesman: "male",
  congressman: "male",
  chairman: "male",
  businessman: "male",
  councilman: "male",
  father: "male",
  son: "male",
  husband: "male",
  brother: "male",
  actor: "male",
  spokeswoman: "female",
  congresswoman: "female",
  chairwoman: "female",
  businesswoman: "female",
  councilwoman: "female",
  mother: "female",
  daughter: "female",
  wife: "female",
  sister: "female",
  actress: "female",
};

/** The third-person singular pronouns, by gender. */
export const GENDERED_PRONOUNS: Readonly<Record<string, "male" | "female">> = {
  he: "male",
  him: "male",
  his: "male",
  himself: "male",
  she: "female",
  her: "female",
  hers: "female",
  herself: "female",
};
