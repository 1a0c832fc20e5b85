/**
 * English, as one object: every word list the engine reads, grouped by topic. Each list lives in
 * one data module beside this file (which says where it comes from); this file only assembles
 * them. A second language provides an object of the same shape (see ../README.md).
 */
import {
  CHAMBER_COMPANIONS,
  LEGISLATURES,
  PARTIES,
  PARTY_LETTERS,
  SIDE_NOUNS,
  UNAFFILIATED_LINKS,
} from "./affiliation-words";
import {
  ACCUSATION_NOUNS,
  ACCUSE_VERBS,
  BLAME_VERBS,
  BLAMING_POSSESSED,
  CAUSE_VERBS,
  CLAIM_NOUNS,
  CLAIM_VERBS,
  CRITICAL_NOUNS_WITH,
  CRITICAL_WORDS,
  CRITICISE_PHRASES,
  CRITICISE_VERBS,
  CRITICISING_POSSESSED,
  CRITICISM_NOUNS,
  DENIAL_OBJECTS,
  FALSE_WORDS,
  HARM_NOUNS,
  HOLD_ADJECTIVES,
  NAMING_VERBS,
  NO_ROLE_PHRASES,
  POINT_VERBS,
  REJECT_VERBS,
  THREAT_NOUNS,
} from "./blame-cues";
import { EVENT_FAMILIES } from "./event-families";
import { PRONOUN_SUBJECTS } from "./function-words";
import { BODY_ACTORS } from "./gazetteer-bodies";
import { STATE_ACTORS } from "./gazetteer-states";
import {
  ACTOR_ROLE_NOUNS,
  BACKED_GROUP_NOUNS,
  BACKING_WORDS,
  DEMONYMS,
  PERSON_HEADS,
  PLACING_TITLES,
  ROLE_MODIFIERS,
  TITLE_PARTS,
} from "./gazetteer-words";
import { LEXICONS } from "./lexicon";
import {
  OFFICE_NOUNS,
  ORGANISATION_WORDS,
  PERSON_NOUNS,
  PLACE_WORDS,
  TITLE_WORDS,
} from "./name-words";
import { CRITICAL_PHRASES, HARM_COMPLETIONS, HARM_VERBS, MPQA_NEGATIVE } from "./negative-words";
import {
  EXTRA_STOP_WORDS,
  FRAMING_WORDS,
  PHRASES,
  RELATIVE_DAYS,
  SYNONYMS,
  TIME_NOUNS,
  VARIANTS,
} from "./news-vocabulary";
import {
  ALWAYS_VERB_FORMS,
  ATTRIBUTION_FORMS,
  DOCUMENT_NOUNS,
  POST_QUOTE_VERBS,
  PUBLISH_VERBS,
  SPEECH_VERBS,
} from "./speech-verbs";

export const en = {
  /** Speech and attribution: the verbs, forms and nouns by which a text says who said what. */
  speech: {
    verbs: SPEECH_VERBS,
    postQuoteVerbs: POST_QUOTE_VERBS,
    alwaysVerbForms: ALWAYS_VERB_FORMS,
    documentNouns: DOCUMENT_NOUNS,
    publishVerbs: PUBLISH_VERBS,
    attributionForms: ATTRIBUTION_FORMS,
  },
  /** Telling people from organisations and places in a name or a speaker's noun phrase. */
  names: {
    titleWords: TITLE_WORDS,
    personNouns: PERSON_NOUNS,
    officeNouns: OFFICE_NOUNS,
    organisationWords: ORGANISATION_WORDS,
    placeWords: PLACE_WORDS,
  },
  /** A speaker's side: parties, the sides of a dispute, links that make no one a member. */
  affiliation: {
    parties: PARTIES,
    partyLetters: PARTY_LETTERS,
    sideNouns: SIDE_NOUNS,
    unaffiliatedLinks: UNAFFILIATED_LINKS,
    legislatures: LEGISLATURES,
    chamberCompanions: CHAMBER_COMPANIONS,
  },
  /** Actors known before reading: states, bodies and media, and the words that make a phrase an actor. */
  gazetteer: {
    states: STATE_ACTORS,
    bodies: BODY_ACTORS,
    demonyms: DEMONYMS,
    actorRoleNouns: ACTOR_ROLE_NOUNS,
    roleModifiers: ROLE_MODIFIERS,
    backedGroupNouns: BACKED_GROUP_NOUNS,
    backingWords: BACKING_WORDS,
    titleParts: TITLE_PARTS,
    placingTitles: PLACING_TITLES,
    personHeads: PERSON_HEADS,
  },
  /** Closed classes of English grammar: pronouns, determiners, relatives, subordinators, negators. */
  functionWords: {
    pronounSubjects: PRONOUN_SUBJECTS,
  },
  /** Time words: days, calendar units and the heads of time phrases. */
  time: {
    relativeDays: RELATIVE_DAYS,
    timeNouns: TIME_NOUNS,
  },
  /** Cues of blame, accusation, responsibility and rejection, by lemma. */
  blame: {
    blameVerbs: BLAME_VERBS,
    accuseVerbs: ACCUSE_VERBS,
    criticiseVerbs: CRITICISE_VERBS,
    criticisePhrases: CRITICISE_PHRASES,
    criticismNouns: CRITICISM_NOUNS,
    holdAdjectives: HOLD_ADJECTIVES,
    causeVerbs: CAUSE_VERBS,
    pointVerbs: POINT_VERBS,
    threatNouns: THREAT_NOUNS,
    blamingPossessed: BLAMING_POSSESSED,
    criticisingPossessed: CRITICISING_POSSESSED,
    claimNouns: CLAIM_NOUNS,
    accusationNouns: ACCUSATION_NOUNS,
    rejectVerbs: REJECT_VERBS,
    falseWords: FALSE_WORDS,
    namingVerbs: NAMING_VERBS,
    claimVerbs: CLAIM_VERBS,
    denialObjects: DENIAL_OBJECTS,
    noRolePhrases: NO_ROLE_PHRASES,
    harmNouns: HARM_NOUNS,
  },
  /** Evaluative words and phrases that criticise, for reading criticism in quotes. */
  criticism: {
    criticalWords: CRITICAL_WORDS,
    criticalNounsWith: CRITICAL_NOUNS_WITH,
    mpqaNegative: MPQA_NEGATIVE,
    criticalPhrases: CRITICAL_PHRASES,
    harmVerbs: HARM_VERBS,
    harmCompletions: HARM_COMPLETIONS,
  },
  /** Marked words from published lexicons (hedges, factives, assertives, implicatives, strong negatives). */
  lexicons: {
    marked: LEXICONS,
  },
  /** News-copy vocabulary for matching wording across outlets: variants, synonyms, phrases, stop words. */
  news: {
    variants: VARIANTS,
    synonyms: SYNONYMS,
    phrases: PHRASES,
    extraStopWords: EXTRA_STOP_WORDS,
    framingWords: FRAMING_WORDS,
  },
  /** Families of words for the kinds of event news reports. */
  events: {
    families: EVENT_FAMILIES,
  },
};
