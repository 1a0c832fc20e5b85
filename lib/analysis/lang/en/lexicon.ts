/** Source: published lexicons via Recasens et al. (2013), each cited below. */
/**
 * Marked words from published lexicons, as used for bias detection by
 * Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013), "Linguistic Models
 * for Analyzing and Detecting Biased Language", ACL 2013:
 *
 * - hedges: Hyland, K. (2005). Metadiscourse: Exploring Interaction in
 *   Writing. Continuum (appendix list of hedges);
 * - factive verbs: Hooper, J. B. (1975). "On assertive predicates". Syntax
 *   and Semantics 4 (and Kiparsky & Kiparsky 1970);
 * - assertive verbs: Hooper (1975);
 * - implicative verbs: Karttunen, L. (1971). "Implicative verbs". Language 47(2);
 * - strong negative subjective words: Wilson, Wiebe & Hoffmann (2005), the
 *   MPQA Subjectivity Lexicon ("Recognizing contextual polarity in
 *   phrase-level sentiment analysis", HLT-EMNLP 2005).
 *
 * Only words known to be in those lists are written here, and only a modest
 * subset: the lists are longer. Keys are lemmas or lower-case forms; a word
 * appears under one category (the first that fits, in the order below).
 */

export interface LexiconCategory {
  category: string;
  lexicon: string;
  words: ReadonlySet<string>;
}

/** The marked-word categories, in look-up order: a word belongs to the first that lists it. */
export const LEXICONS: readonly LexiconCategory[] = [
  {
    category: "assertive verb",
    lexicon: "Hooper (1975) assertive predicates, via Recasens et al. (2013)",
    words: new Set([
      "allege",
      "assert",
      "claim",
      "contend",
      "insist",
      "maintain",
      "declare",
      "affirm",
      "admit",
      "acknowledge",
      "argue",
      "charge",
      "swear",
      "vow",
      "exclaim",
      "report",
    ]),
  },
  {
    category: "factive verb",
    lexicon: "Hooper (1975) factive predicates, via Recasens et al. (2013)",
    words: new Set([
      "know",
      "realize",
      "realise",
      "regret",
      "resent",
      "discover",
      "notice",
      "learn",
      "forget",
    ]),
  },
  {
    category: "implicative verb",
    lexicon: "Karttunen (1971) implicative verbs, via Recasens et al. (2013)",
    words: new Set([
      "manage",
      "fail",
      "neglect",
      "decline",
      "avoid",
      "refrain",
      "dare",
      "bother",
      "happen",
      "remember",
      "venture",
    ]),
  },
  {
    category: "hedge",
    lexicon: "Hyland (2005) hedges, via Recasens et al. (2013)",
    words: new Set([
      "apparently",
      "appear",
      "approximately",
      "assume",
      "doubt",
      "essentially",
      "estimate",
      "fairly",
      "generally",
      "indicate",
      "largely",
      "likely",
      "mainly",
      "may",
      "maybe",
      "might",
      "mostly",
      "often",
      "perhaps",
      "plausible",
      "possible",
      "possibly",
      "presumably",
      "probable",
      "probably",
      "roughly",
      "seem",
      "somewhat",
      "suggest",
      "suppose",
      "suspect",
      "typically",
      "uncertain",
      "unclear",
      "unlikely",
      "usually",
      "relatively",
      "rather",
    ]),
  },
  {
    category: "strong negative subjective",
    lexicon: "MPQA Subjectivity Lexicon (Wilson, Wiebe & Hoffmann 2005)",
    words: new Set([
      "outrageous",
      "ridiculous",
      "absurd",
      "disgraceful",
      "shameful",
      "terrible",
      "horrible",
      "evil",
      "brutal",
      "atrocious",
      "hostile",
      "malicious",
      "cynical",
      "offensive",
      "disaster",
      "nonsense",
      "laughable",
      "irresponsible",
      "racist",
      "racism",
      "bigotry",
      "hypocrisy",
      "hypocritical",
      "reckless",
      "dishonest",
      "disgusting",
      "appalling",
      "deplorable",
      "despicable",
      "scandalous",
      "incompetent",
      "pathetic",
      "vicious",
      "sinister",
      "lie",
      "lies",
      "liar",
      "failure",
      "failed",
      "hateful",
      "arrogant",
      "corrupt",
      "destructive",
      "dangerous",
      "outrage",
      "chaos",
      "wrong",
    ]),
  },
];
