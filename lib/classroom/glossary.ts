/**
 * Short glossary entries for the lesson. Deliberately generic: no outlet is
 * named here, so the text is safe in the blind student view.
 */
export const GLOSSARY_KEYS = [
  "framing",
  "attribution",
  "loaded-wording",
  "omission",
  "wire-copy",
  "sources",
  "altered-quote",
] as const;
export type GlossaryKey = (typeof GLOSSARY_KEYS)[number];

export interface GlossaryEntry {
  key: GlossaryKey;
  term: string;
  definition: string;
  /** A question students can ask of any article. */
  ask: string;
}

export const GLOSSARY: Record<GlossaryKey, GlossaryEntry> = {
  framing: {
    key: "framing",
    term: "Framing",
    definition:
      "The choices that shape how a story is understood before any fact is judged: the headline, what comes first, whose view sets the scene and what the event is compared with.",
    ask: "If you read only the headline and the first paragraph, what would you think happened, and who is responsible?",
  },
  attribution: {
    key: "attribution",
    term: "Attribution",
    definition:
      "Saying who a claim comes from. An outlet can state a claim in its own voice, attribute it to a source (“officials said”), or keep its distance (“claimed”, “what it called”, quotation marks around a word).",
    ask: "For each claim: does the outlet say it itself, credit a named source, credit an unnamed one, or cast doubt on it?",
  },
  "loaded-wording": {
    key: "loaded-wording",
    term: "Loaded wording",
    definition:
      "Words that carry a judgement beyond the facts: “claimed” instead of “said”, “rioters” instead of “demonstrators”, “regime” instead of “government”. Hedges (“reportedly”, “may”) and emphatic verbs (“insists”) are marked words too.",
    ask: "Which words would change the reader’s feeling about the people involved if you swapped them for a neutral word?",
  },
  omission: {
    key: "omission",
    term: "Omission",
    definition:
      "Leaving out a fact other outlets report. Space is limited and every article leaves things out, but a pattern of omissions can tilt a story as much as any word choice.",
    ask: "Which facts that the other outlets report is missing here, and would including it change the story?",
  },
  "wire-copy": {
    key: "wire-copy",
    term: "Wire copy",
    definition:
      "Text written by a news agency and sold to many outlets, which often print it word for word, sometimes without credit. Passages shared word for word between outlets usually come from the same wire story or from copying.",
    ask: "Which sentences appear word for word in another outlet? Who wrote them first, and does the outlet say so?",
  },
  sources: {
    key: "sources",
    term: "Sources",
    definition:
      "The people and institutions an article quotes or cites. Who gets to speak, how often and at what length shapes whose version of events the reader hears.",
    ask: "Who is quoted, and who is only talked about? Is any side of the story heard only through its opponents?",
  },
  "altered-quote": {
    key: "altered-quote",
    term: "Altered quotes",
    definition:
      "The same quotation printed with different words by different outlets: reordered, shortened or paraphrased inside quotation marks. Small changes can be honest slips, but they can also shift emphasis.",
    ask: "When two outlets quote the same person, are the words exactly the same? If not, which version changes the meaning?",
  },
};

export function glossaryAnchor(key: GlossaryKey): string {
  return `glossary-${key}`;
}
