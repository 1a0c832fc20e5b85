/**
 * English, as one object: every word list the engine reads, grouped by topic. Each list lives in
 * one data module beside this file (which says where it comes from); this file only assembles
 * them. A second language provides an object of the same shape (see ../README.md).
 */
import {
  APPOSITIVE_ADVERBS,
  CHAMBER_COMPANIONS,
  LEGISLATURES,
  PARTIES,
  PARTY_LETTERS,
  ROLE_PREPOSITIONS,
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
  GRIEVANCES,
  HARM_NOUNS,
  HOLD_ADJECTIVES,
  NAMING_VERBS,
  NO_ROLE_PHRASES,
  PHYSICAL_CRITICISE_VERBS,
  POINT_VERBS,
  REJECT_VERBS,
  THREAT_NOUNS,
} from "./blame-cues";
import { DOUBT_WORDS, PRAISE_WORDS } from "./criticism-cues";
import { DISTANCING_VERBS } from "./distancing-words";
import { EVENT_FAMILIES } from "./event-families";
import {
  BE_FORMS,
  CLAUSE_OPENERS,
  CONDITIONALS,
  FIRST_PERSON,
  GENERIC_PEOPLE,
  INDEFINITES,
  NEGATORS,
  NEGATORS_AND_NEGATIVE_PRONOUNS,
  OWNER_POSSESSIVES,
  PARTITIVES,
  PERSONAL_PRONOUNS,
  PLACE_PREPOSITIONS,
  PLURAL_PRONOUNS,
  POSSESSIVES,
  POSSESSIVE_MARKS,
  POSSESSIVE_TO_PRONOUN,
  PRONOUN_SUBJECTS,
  RAISING_VERBS,
  REASON_PREPOSITIONS,
  RELATIVES,
  SECOND_PERSON,
  SENTENCE_OPENERS,
  SPLITTING_SUBORDINATORS,
  STOP_WORDS,
  SUBORDINATORS,
  THIRD_PERSON_SUBJECTS,
  TRAILING_FUNCTION_WORDS,
  WH_RELATIVES,
  WH_WORDS,
} from "./function-words";
import { BODY_ACTORS } from "./gazetteer-bodies";
import { STATE_ACTORS } from "./gazetteer-states";
import {
  ACTOR_ROLE_NOUNS,
  BACKED_GROUP_NOUNS,
  BACKING_WORDS,
  DEMONYMS,
  PERSON_HEADS,
  PLACING_TITLES,
  PROXY_NOUNS,
  ROLE_MODIFIERS,
  SIDE_LABELS,
  SUPPORT_VERBS,
  TITLE_PARTS,
} from "./gazetteer-words";
import { GENDERED_PRONOUNS, GENDERED_ROLE_NOUNS, HONORIFICS } from "./gender-words";
import { LEXICONS } from "./lexicon";
import {
  NAME_JOINERS,
  OFFICE_NOUNS,
  ORGANISATION_WORDS,
  PERSON_NOUNS,
  PLACE_WORDS,
  TITLE_WORDS,
} from "./name-words";
import { CRITICAL_PHRASES, HARM_COMPLETIONS, HARM_VERBS, MPQA_NEGATIVE } from "./negative-words";
import { EXTRA_STOP_WORDS, FRAMING_WORDS, PHRASES, SYNONYMS, VARIANTS } from "./news-vocabulary";
import {
  BODY_HEADS,
  GROUP_HEADS,
  ORGANISATION_ENDINGS,
  ORGANISATION_HEADS,
} from "./organisation-words";
import {
  CATENATIVES,
  COLLECTIVES,
  COUNT_WORDS,
  MEDIA_WORDS,
  NOT_INNER_TITLES,
  THING_NOUNS,
  UNSUFFIXED_ROLE_NOUNS,
} from "./speaker-words";
import {
  ADDRESSING_WORDS,
  ALWAYS_VERB_FORMS,
  ATTRIBUTION_FORMS,
  DOCUMENT_KINDS,
  DOCUMENT_NOUNS,
  POST_QUOTE_VERBS,
  PUBLISH_VERBS,
  SOURCE_FORMS,
  SOURCE_VERBS,
  SPEECH_VERBS,
} from "./speech-verbs";
import { ADVERBIAL_TIME_WORDS, RELATIVE_DAYS, TIME_NOUNS, TIME_PHRASE_WORDS } from "./time-words";

export const en = {
  /** Speech and attribution: the verbs, forms and nouns by which a text says who said what. */
  speech: {
    verbs: SPEECH_VERBS,
    postQuoteVerbs: POST_QUOTE_VERBS,
    alwaysVerbForms: ALWAYS_VERB_FORMS,
    documentNouns: DOCUMENT_NOUNS,
    publishVerbs: PUBLISH_VERBS,
    attributionForms: ATTRIBUTION_FORMS,
    sourceVerbs: SOURCE_VERBS,
    sourceForms: SOURCE_FORMS,
    addressingWords: ADDRESSING_WORDS,
    documentKinds: DOCUMENT_KINDS,
  },
  /** Telling people from organisations and places in a name or a speaker's noun phrase. */
  names: {
    titleWords: TITLE_WORDS,
    personNouns: PERSON_NOUNS,
    officeNouns: OFFICE_NOUNS,
    organisationWords: ORGANISATION_WORDS,
    placeWords: PLACE_WORDS,
    organisationEndings: ORGANISATION_ENDINGS,
    organisationHeads: ORGANISATION_HEADS,
    groupHeads: GROUP_HEADS,
    bodyHeads: BODY_HEADS,
    joiners: NAME_JOINERS,
  },
  /** Finding who speaks: verbs that lead to a speech verb, nouns for things (not people), counts before signers. */
  speakers: {
    catenatives: CATENATIVES,
    thingNouns: THING_NOUNS,
    countWords: COUNT_WORDS,
    collectives: COLLECTIVES,
    notInnerTitles: NOT_INNER_TITLES,
    unsuffixedRoleNouns: UNSUFFIXED_ROLE_NOUNS,
    mediaWords: MEDIA_WORDS,
  },
  /** Words that tell a person's grammatical gender, for resolving "he" and "she". */
  gender: {
    honorifics: HONORIFICS,
    genderedRoleNouns: GENDERED_ROLE_NOUNS,
    pronouns: GENDERED_PRONOUNS,
  },
  /** A speaker's side: parties, the sides of a dispute, links that make no one a member. */
  affiliation: {
    parties: PARTIES,
    partyLetters: PARTY_LETTERS,
    sideNouns: SIDE_NOUNS,
    unaffiliatedLinks: UNAFFILIATED_LINKS,
    legislatures: LEGISLATURES,
    chamberCompanions: CHAMBER_COMPANIONS,
    rolePrepositions: ROLE_PREPOSITIONS,
    appositiveAdverbs: APPOSITIVE_ADVERBS,
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
    sideLabels: SIDE_LABELS,
    supportVerbs: SUPPORT_VERBS,
    proxyNouns: PROXY_NOUNS,
  },
  /** Closed classes of English grammar: pronouns, determiners, relatives, subordinators, negators. */
  functionWords: {
    pronounSubjects: PRONOUN_SUBJECTS,
    ownerPossessives: OWNER_POSSESSIVES,
    possessives: POSSESSIVES,
    pluralPronouns: PLURAL_PRONOUNS,
    personalPronouns: PERSONAL_PRONOUNS,
    indefinites: INDEFINITES,
    relatives: RELATIVES,
    whRelatives: WH_RELATIVES,
    thirdPersonSubjects: THIRD_PERSON_SUBJECTS,
    negators: NEGATORS,
    negatorsAndNegativePronouns: NEGATORS_AND_NEGATIVE_PRONOUNS,
    subordinators: SUBORDINATORS,
    splittingSubordinators: SPLITTING_SUBORDINATORS,
    firstPerson: FIRST_PERSON,
    secondPerson: SECOND_PERSON,
    genericPeople: GENERIC_PEOPLE,
    conditionals: CONDITIONALS,
    whWords: WH_WORDS,
    partitives: PARTITIVES,
    sentenceOpeners: SENTENCE_OPENERS,
    clauseOpeners: CLAUSE_OPENERS,
    passageTrailing: TRAILING_FUNCTION_WORDS,
    stopWords: STOP_WORDS,
    beForms: BE_FORMS,
    reasonPrepositions: REASON_PREPOSITIONS,
    placePrepositions: PLACE_PREPOSITIONS,
    raisingVerbs: RAISING_VERBS,
    possessiveToPronoun: POSSESSIVE_TO_PRONOUN,
    possessiveMarks: POSSESSIVE_MARKS,
  },
  /** Time words: days, calendar units and the heads of time phrases. */
  time: {
    relativeDays: RELATIVE_DAYS,
    timeNouns: TIME_NOUNS,
    adverbialTimeWords: ADVERBIAL_TIME_WORDS,
    timePhraseWords: TIME_PHRASE_WORDS,
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
    physicalCriticiseVerbs: PHYSICAL_CRITICISE_VERBS,
    grievances: GRIEVANCES,
  },
  /** Evaluative words and phrases that criticise, for reading criticism in quotes. */
  criticism: {
    criticalWords: CRITICAL_WORDS,
    criticalNounsWith: CRITICAL_NOUNS_WITH,
    mpqaNegative: MPQA_NEGATIVE,
    criticalPhrases: CRITICAL_PHRASES,
    harmVerbs: HARM_VERBS,
    harmCompletions: HARM_COMPLETIONS,
    praiseWords: PRAISE_WORDS,
    doubtWords: DOUBT_WORDS,
  },
  /** Words by which an outlet distances itself from what it reports. */
  voice: {
    distancingVerbs: DISTANCING_VERBS,
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
