/**
 * English, as one object: every word list the engine reads, by topic, each from a data module
 * beside this file (which says where it is from). A second language gives the same shape (README).
 */
import * as actorRoleWords from "./actor-role-words";
import * as affiliationWords from "./affiliation-words";
import * as blameCues from "./blame-cues";
import * as chromeWords from "./chrome-words";
import * as clauseVerbs from "./clause-verbs";
import * as criticismCues from "./criticism-cues";
import * as dateWords from "./date-words";
import * as distancingWords from "./distancing-words";
import * as documentWords from "./document-words";
import * as eventFamilies from "./event-families";
import * as functionWords from "./function-words";
import * as furnitureLines from "./furniture-lines";
import * as gazetteerBodies from "./gazetteer-bodies";
import * as gazetteerStates from "./gazetteer-states";
import * as gazetteerWords from "./gazetteer-words";
import * as genderWords from "./gender-words";
import * as hedgeWords from "./hedge-words";
import * as lexicon from "./lexicon";
import * as muteNouns from "./mute-nouns";
import * as nameWords from "./name-words";
import * as negativeWords from "./negative-words";
import * as newsVocabulary from "./news-vocabulary";
import * as organisationWords from "./organisation-words";
import * as placeWords from "./place-words";
import * as pronouns from "./pronouns";
import * as rejectionCues from "./rejection-cues";
import * as sectionLabels from "./section-labels";
import * as speakerWords from "./speaker-words";
import * as speechForms from "./speech-forms";
import * as speechNouns from "./speech-nouns";
import * as speechVerbs from "./speech-verbs";
import * as timeWords from "./time-words";

export const en = {
  /** Speech and attribution: the verbs, forms and nouns by which a text says who said what. */
  speech: {
    verbs: speechVerbs.SPEECH_VERBS,
    postQuoteVerbs: speechVerbs.POST_QUOTE_VERBS,
    invertingVerbs: speechVerbs.INVERTING_VERBS,
    listenerVerbs: speechVerbs.LISTENER_VERBS,
    judgingVerbs: speechVerbs.JUDGING_VERBS,
    phrasalVerbs: speechVerbs.PHRASAL_SPEECH_VERBS,
    alwaysVerbForms: speechForms.ALWAYS_VERB_FORMS,
    documentNouns: documentWords.DOCUMENT_NOUNS,
    publishVerbs: documentWords.PUBLISH_VERBS,
    attributionForms: speechForms.ATTRIBUTION_FORMS,
    sourceVerbs: speechVerbs.SOURCE_VERBS,
    sourceForms: speechForms.SOURCE_FORMS,
    addressingWords: speechVerbs.ADDRESSING_WORDS,
    documentKinds: documentWords.DOCUMENT_KINDS,
    citingForms: speechForms.CITING_FORMS,
    labelAttributionForms: speechForms.LABEL_ATTRIBUTION_FORMS,
    labelReportingVerbs: speechForms.LABEL_REPORTING_VERBS,
    reportingForms: speechForms.REPORTING_FORMS,
    speechNouns: speechNouns.SPEECH_NOUNS,
    speechNounVerbs: speechNouns.SPEECH_NOUN_VERBS,
  },
  /** Telling people from organisations and places in a name or a speaker's noun phrase. */
  names: {
    titleWords: nameWords.TITLE_WORDS,
    personNouns: nameWords.PERSON_NOUNS,
    officeNouns: nameWords.OFFICE_NOUNS,
    organisationWords: organisationWords.ORGANISATION_WORDS,
    placeWords: placeWords.PLACE_WORDS,
    organisationEndings: organisationWords.ORGANISATION_ENDINGS,
    organisationHeads: organisationWords.ORGANISATION_HEADS,
    groupHeads: organisationWords.GROUP_HEADS,
    bodyHeads: organisationWords.BODY_HEADS,
    joiners: nameWords.NAME_JOINERS,
    particles: nameWords.NAME_PARTICLES,
  },
  /** Finding who speaks: verbs that lead to a speech verb or take a clause, nouns for things (not people), counts before signers. */
  speakers: {
    catenatives: speakerWords.CATENATIVES,
    thingNouns: speakerWords.THING_NOUNS,
    muteNouns: muteNouns.MUTE_NOUNS,
    clauseVerbs: clauseVerbs.CLAUSE_VERBS,
    countWords: speakerWords.COUNT_WORDS,
    collectives: speakerWords.COLLECTIVES,
    notInnerTitles: speakerWords.NOT_INNER_TITLES,
    unsuffixedRoleNouns: speakerWords.UNSUFFIXED_ROLE_NOUNS,
    mediaWords: speakerWords.MEDIA_WORDS,
    roleEndings: speakerWords.ROLE_ENDINGS,
    approximators: speakerWords.APPROXIMATORS,
    numberComparatives: speakerWords.NUMBER_COMPARATIVES,
    comparativeLinks: speakerWords.COMPARATIVE_LINKS,
  },
  /** Words that tell a person's grammatical gender, for resolving "he" and "she". */
  gender: {
    honorifics: genderWords.HONORIFICS,
    genderedRoleNouns: genderWords.GENDERED_ROLE_NOUNS,
    pronouns: genderWords.GENDERED_PRONOUNS,
  },
  /** A speaker's side: parties, the sides of a dispute, links that make no one a member. */
  affiliation: {
    parties: affiliationWords.PARTIES,
    partyLetters: affiliationWords.PARTY_LETTERS,
    sideNouns: affiliationWords.SIDE_NOUNS,
    unaffiliatedLinks: affiliationWords.UNAFFILIATED_LINKS,
    legislatures: affiliationWords.LEGISLATURES,
    chamberCompanions: affiliationWords.CHAMBER_COMPANIONS,
    rolePrepositions: affiliationWords.ROLE_PREPOSITIONS,
    appositiveAdverbs: affiliationWords.APPOSITIVE_ADVERBS,
  },
  /** Actors known before reading: states, bodies and media, and the words that make a phrase an actor. */
  gazetteer: {
    states: gazetteerStates.STATE_ACTORS,
    bodies: gazetteerBodies.BODY_ACTORS,
    demonyms: gazetteerWords.DEMONYMS,
    actorRoleNouns: actorRoleWords.ACTOR_ROLE_NOUNS,
    roleModifiers: actorRoleWords.ROLE_MODIFIERS,
    backedGroupNouns: gazetteerWords.BACKED_GROUP_NOUNS,
    backingWords: gazetteerWords.BACKING_WORDS,
    titleParts: actorRoleWords.TITLE_PARTS,
    placingTitles: actorRoleWords.PLACING_TITLES,
    personHeads: actorRoleWords.PERSON_HEADS,
    headOfAdministrationTitle: actorRoleWords.HEAD_OF_ADMINISTRATION_TITLE,
    sideLabels: gazetteerWords.SIDE_LABELS,
    supportVerbs: gazetteerWords.SUPPORT_VERBS,
    proxyNouns: gazetteerWords.PROXY_NOUNS,
  },
  /** Closed classes of English grammar: pronouns, determiners, relatives, subordinators, negators. */
  functionWords: {
    pronounSubjects: pronouns.PRONOUN_SUBJECTS,
    ownerPossessives: pronouns.OWNER_POSSESSIVES,
    possessives: pronouns.POSSESSIVES,
    pluralPronouns: pronouns.PLURAL_PRONOUNS,
    personalPronouns: pronouns.PERSONAL_PRONOUNS,
    indefinites: functionWords.INDEFINITES,
    relatives: pronouns.RELATIVES,
    whRelatives: pronouns.WH_RELATIVES,
    thirdPersonSubjects: pronouns.THIRD_PERSON_SUBJECTS,
    negators: functionWords.NEGATORS,
    negatorsAndNegativePronouns: functionWords.NEGATORS_AND_NEGATIVE_PRONOUNS,
    subordinators: functionWords.SUBORDINATORS,
    splittingSubordinators: functionWords.SPLITTING_SUBORDINATORS,
    firstPerson: pronouns.FIRST_PERSON,
    secondPerson: pronouns.SECOND_PERSON,
    genericPeople: pronouns.GENERIC_PEOPLE,
    conditionals: functionWords.CONDITIONALS,
    whWords: functionWords.WH_WORDS,
    indirectQuestionWords: functionWords.INDIRECT_QUESTION_WORDS,
    partitives: functionWords.PARTITIVES,
    sentenceOpeners: functionWords.SENTENCE_OPENERS,
    clauseOpeners: functionWords.CLAUSE_OPENERS,
    passageTrailing: functionWords.TRAILING_FUNCTION_WORDS,
    stopWords: functionWords.STOP_WORDS,
    beForms: functionWords.BE_FORMS,
    reasonPrepositions: functionWords.REASON_PREPOSITIONS,
    placePrepositions: functionWords.PLACE_PREPOSITIONS,
    ...functionWords.VERB_CLASSES,
    possessiveToPronoun: pronouns.POSSESSIVE_TO_PRONOUN,
    possessiveMarks: pronouns.POSSESSIVE_MARKS,
    commaConnectives: functionWords.COMMA_CONNECTIVES,
    bareConnectives: functionWords.BARE_CONNECTIVES,
    subjectsBeforeVerb: pronouns.SUBJECTS_BEFORE_VERB,
    determiners: functionWords.DETERMINERS,
  },
  /** Time words: days, calendar units and the heads of time phrases. */
  time: {
    relativeDays: timeWords.RELATIVE_DAYS,
    timeNouns: timeWords.TIME_NOUNS,
    adverbialTimeWords: timeWords.ADVERBIAL_TIME_WORDS,
    timePhraseWords: timeWords.TIME_PHRASE_WORDS,
    weekdays: timeWords.WEEKDAYS,
  },
  /** Cues of blame, accusation, responsibility and rejection, by lemma. */
  blame: {
    blameVerbs: blameCues.BLAME_VERBS,
    accuseVerbs: blameCues.ACCUSE_VERBS,
    criticiseVerbs: blameCues.CRITICISE_VERBS,
    criticisePhrases: blameCues.CRITICISE_PHRASES,
    criticismNouns: blameCues.CRITICISM_NOUNS,
    harshSpeechNouns: blameCues.HARSH_SPEECH_NOUNS,
    harshAdjectives: blameCues.HARSH_ADJECTIVES,
    aimingVerbs: blameCues.AIMING_VERBS,
    voicingVerbs: criticismCues.VOICING_VERBS,
    holdAdjectives: blameCues.HOLD_ADJECTIVES,
    causeVerbs: blameCues.CAUSE_VERBS,
    pointVerbs: blameCues.POINT_VERBS,
    threatNouns: blameCues.THREAT_NOUNS,
    blamingPossessed: blameCues.BLAMING_POSSESSED,
    criticisingPossessed: blameCues.CRITICISING_POSSESSED,
    claimNouns: rejectionCues.CLAIM_NOUNS,
    accusationNouns: rejectionCues.ACCUSATION_NOUNS,
    rejectVerbs: rejectionCues.REJECT_VERBS,
    falseWords: rejectionCues.FALSE_WORDS,
    namingVerbs: rejectionCues.NAMING_VERBS,
    claimVerbs: rejectionCues.CLAIM_VERBS,
    denialObjects: rejectionCues.DENIAL_OBJECTS,
    noRolePhrases: rejectionCues.NO_ROLE_PHRASES,
    harmNouns: blameCues.HARM_NOUNS,
    physicalCriticiseVerbs: blameCues.PHYSICAL_CRITICISE_VERBS,
    grievances: blameCues.GRIEVANCES,
    degreeAdverbs: blameCues.DEGREE_ADVERBS,
    criticismPrepositions: blameCues.CRITICISM_PREPOSITIONS,
    receivingVerbs: blameCues.RECEIVING_VERBS,
  },
  /** Words around a blame cue that weaken or cancel it: intentions, requests, refusals, modals, conditions. */
  hedges: {
    intentionVerbs: hedgeWords.INTENTION_VERBS,
    requestVerbs: hedgeWords.REQUEST_VERBS,
    refusalVerbs: hedgeWords.REFUSAL_VERBS,
    negativeImplicatives: hedgeWords.NEGATIVE_IMPLICATIVES,
    qualifiers: hedgeWords.QUALIFIERS,
    modals: hedgeWords.HEDGING_MODALS,
    conditionMarkers: hedgeWords.CONDITION_MARKERS,
    disputingVerbs: hedgeWords.DISPUTING_VERBS,
  },
  /** Evaluative words and phrases that criticise, for reading criticism in quotes. */
  criticism: {
    criticalWords: criticismCues.CRITICAL_WORDS,
    criticalNounsWith: criticismCues.CRITICAL_NOUNS_WITH,
    mpqaNegative: negativeWords.MPQA_NEGATIVE,
    criticalPhrases: negativeWords.CRITICAL_PHRASES,
    harmVerbs: negativeWords.HARM_VERBS,
    harmCompletions: negativeWords.HARM_COMPLETIONS,
    praiseWords: criticismCues.PRAISE_WORDS,
    doubtWords: criticismCues.DOUBT_WORDS,
  },
  /** Words by which an outlet distances itself from what it reports. */
  voice: {
    distancingVerbs: distancingWords.DISTANCING_VERBS,
    evidenceGerunds: distancingWords.EVIDENCE_GERUNDS,
    evidenceParticiples: distancingWords.EVIDENCE_PARTICIPLES,
    evidenceAuxiliaries: distancingWords.EVIDENCE_AUXILIARIES,
    evidenceQualifiers: distancingWords.EVIDENCE_QUALIFIERS,
    namingParticiples: distancingWords.NAMING_PARTICIPLES,
    distancingForms: distancingWords.DISTANCING_FORMS,
    doubtingAdjectives: distancingWords.DOUBTING_ADJECTIVES,
    distancingStems: distancingWords.DISTANCING_STEMS,
    backReferenceDeterminers: distancingWords.BACK_REFERENCE_DETERMINERS,
    backReferenceNouns: distancingWords.BACK_REFERENCE_NOUNS,
    sourcePronouns: distancingWords.SOURCE_PRONOUNS,
  },
  /** Marked words from published lexicons (hedges, factives, assertives, implicatives, strong negatives). */
  lexicons: {
    marked: lexicon.LEXICONS,
  },
  /** News-copy vocabulary for matching wording across outlets: variants, synonyms, phrases, stop words. */
  news: {
    variants: newsVocabulary.VARIANTS,
    synonyms: newsVocabulary.SYNONYMS,
    phrases: newsVocabulary.PHRASES,
    extraStopWords: newsVocabulary.EXTRA_STOP_WORDS,
    framingWords: newsVocabulary.FRAMING_WORDS,
  },
  /** Families of words for the kinds of event news reports. */
  events: {
    families: eventFamilies.EVENT_FAMILIES,
  },
  /** The words of a web page's furniture around an article: menus, share bars, section labels, credits. */
  chrome: {
    dateMonths: dateWords.DATE_MONTHS,
    dateWeekdays: dateWords.DATE_WEEKDAYS,
    dateFiller: dateWords.DATE_FILLER,
    languageNames: chromeWords.LANGUAGE_NAMES,
    menuWords: chromeWords.MENU_WORDS,
    shareWords: chromeWords.SHARE_WORDS,
    creditWords: chromeWords.CREDIT_WORDS,
    timeOpeners: chromeWords.TIME_OPENERS,
    titleCaseMinorWords: chromeWords.TITLE_CASE_MINOR_WORDS,
    handleWords: chromeWords.HANDLE_WORDS,
    sectionLabels: sectionLabels.SECTION_LABELS,
    sectionLabelOpeners: sectionLabels.SECTION_LABEL_OPENERS,
    countedLabels: sectionLabels.COUNTED_LABELS,
    embedFrameOpeners: furnitureLines.EMBED_FRAME_OPENERS,
    embedFrameLines: furnitureLines.EMBED_FRAME_LINES,
    mediaNouns: furnitureLines.MEDIA_NOUNS,
    creditNouns: furnitureLines.CREDIT_NOUNS,
    captionLabels: furnitureLines.CAPTION_LABELS,
    photoQualifiers: furnitureLines.PHOTO_QUALIFIERS,
    photoNouns: furnitureLines.PHOTO_NOUNS,
    pictureAgencies: furnitureLines.PICTURE_AGENCIES,
    wireAgencies: furnitureLines.WIRE_AGENCIES,
    shareOpeners: furnitureLines.SHARE_OPENERS,
    navigationLines: furnitureLines.NAVIGATION_LINES,
    adMarkers: furnitureLines.AD_MARKERS,
    adContinuations: furnitureLines.AD_CONTINUATIONS,
    scrollPrompts: furnitureLines.SCROLL_PROMPTS,
    signupVerbs: furnitureLines.SIGNUP_VERBS,
    newsletterNouns: furnitureLines.NEWSLETTER_NOUNS,
    joinPhrases: furnitureLines.JOIN_PHRASES,
    subscribeLines: furnitureLines.SUBSCRIBE_LINES,
    followVerbs: furnitureLines.FOLLOW_VERBS,
    clickPhrases: furnitureLines.CLICK_PHRASES,
    appPhrases: furnitureLines.APP_PHRASES,
    insertedLinkLabels: furnitureLines.INSERTED_LINK_LABELS,
    mediaLinkLabels: furnitureLines.MEDIA_LINK_LABELS,
    cookieCues: furnitureLines.COOKIE_CUES,
    boilerplateOpeners: furnitureLines.BOILERPLATE_OPENERS,
    newsletterWords: furnitureLines.NEWSLETTER_WORDS,
  },
};
export type { EventFamily } from "./event-families";
export type { LexiconCategory } from "./lexicon";
