import type { Blame, BlameKind, StoryAnalysis, Voice } from "../../lib/analysis/schema";

/**
 * Hand-labelled blame relations of the seed story `basra-consulate-2018`.
 *
 * How it was labelled: every sentence of the five articles was read for a
 * statement in which one actor holds another responsible or at fault,
 * denies a role, or rejects an accusation — including the outlet's own
 * statements (accuser null, voice own). One entry per accuser–accused pair
 * and sentence. The accuser is the one the text makes responsible for the
 * statement: the clause's subject ("Iran has blamed …"), else the source it
 * is attributed to ("…, a senior administration official said"), else a
 * quote's speaker. Hypotheticals ("whether perpetrated by …") and warnings
 * without a named culprit are left out; implicit targets ("the unfortunate
 * move") are left out. Actor ids are the engine's (gazetteer or the slug of
 * a discovered name). Sentences are named by a unique piece of their text.
 */

export interface GoldBlame {
  article: string;
  /** A piece of text unique to the sentence within its article. */
  text: string;
  /** Actor id, or null for the outlet's own voice. */
  accuser: string | null;
  /** Actor id, or null when the text does not name who is answered. */
  accused: string | null;
  kind: BlameKind;
  voice: Voice;
}

const g = (
  article: string,
  text: string,
  accuser: string | null,
  accused: string | null,
  kind: BlameKind,
  voice: Voice = "attributed",
): GoldBlame => ({ article, text, accuser, accused, kind, voice });

const EPOCH = "epoch-times";
const NEWS = "news-site-wire-cnn";
const PRESS = "press-tv";
const RELAY = "us-site-wsj-relay";
const WSJ = "wsj-via-eifa";
const US = "united-states";
const MILITIAS = "iran-aligned-militias";
const POMPEO = "mike-pompeo";

export const BASRA_BLAME_GOLD: readonly GoldBlame[] = [
  g(EPOCH, "following increasing threats from Iran", US, "iran", "attributes-responsibility"),
  g(EPOCH, "following increasing threats from Iran", US, MILITIAS, "attributes-responsibility"),
  g(
    EPOCH,
    "renewed a warning that the United States would hold Iran",
    US,
    "iran",
    "holds-responsible",
  ),
  g(
    EPOCH,
    "by militias linked to Iran’s Revolutionary Guards",
    POMPEO,
    MILITIAS,
    "attributes-responsibility",
  ),
  g(EPOCH, "I have advised the government of Iran", US, "iran", "holds-responsible"),
  g(EPOCH, "the unacceptability of their behavior", POMPEO, "iran", "criticises"),
  g(EPOCH, "accusing Iran’s leaders", "donald-trump", "iran", "accuses"),
  g(EPOCH, "Protestors shouted condemnation", "protesters", "iran", "criticises"),

  g(NEWS, "He blamed the security threat", POMPEO, "iran", "blames"),
  g(NEWS, "He blamed the security threat", POMPEO, "quds-force", "blames"),
  g(NEWS, "He blamed the security threat", POMPEO, MILITIAS, "blames"),
  g(NEWS, "cited threats from Iran in a statement", POMPEO, "iran", "attributes-responsibility"),
  g(NEWS, "cited threats from Iran in a statement", US, "iran", "attributes-responsibility"),
  g(NEWS, "astonishing, provocative and irresponsible", "iran", US, "rejects-accusation"),
  g(NEWS, "repeated incidents of fire", POMPEO, MILITIAS, "attributes-responsibility"),

  g(PRESS, "which he blames on Iran", POMPEO, "iran", "blames"),
  g(PRESS, "The American diplomat claimed", POMPEO, "iran", "accuses", "distanced"),
  g(PRESS, "Pompeo’s claim was rejected", "iraq", POMPEO, "rejects-accusation"),
  g(PRESS, "did not appear driven by any credible threat", "iraq", "iran", "denies-responsibility"),
  g(
    PRESS,
    "did not appear driven by any credible threat",
    "iraq",
    MILITIAS,
    "denies-responsibility",
  ),
  g(PRESS, "would be held accountable", US, "iran", "holds-responsible"),
  g(PRESS, "The US’ blame game", null, US, "criticises", "own"),
  g(PRESS, "who have blamed the US, Daesh", "iraq", US, "blames"),
  g(PRESS, "who have blamed the US, Daesh", "iraq", "isis", "blames"),
  g(PRESS, "who have blamed the US, Daesh", "iraq", "baath-party", "blames"),
  g(PRESS, "Khamenei blamed the US", "ali-khamenei", US, "blames"),
  // "its regional allies": named, but no actor the text identifies.
  g(PRESS, "Khamenei blamed the US", "ali-khamenei", null, "blames"),
  g(PRESS, "denying that the US had a role", POMPEO, US, "denies-responsibility"),

  g(RELAY, "due to threats from Iran", US, "iran", "attributes-responsibility"),
  g(RELAY, "Iranian-linked groups in Iraq spurred", US, "iran", "attributes-responsibility"),
  g(RELAY, "Iranian-linked groups in Iraq spurred", US, MILITIAS, "attributes-responsibility"),
  g(
    RELAY,
    "As security risks from Iran have heightened",
    null,
    "iran",
    "attributes-responsibility",
    "own",
  ),
  g(RELAY, "the U.S. played no role", POMPEO, US, "denies-responsibility"),
  g(RELAY, "Iran has blamed the U.S. and Israel", "iran", US, "blames"),
  g(RELAY, "Iran has blamed the U.S. and Israel", "iran", "israel", "blames"),
  g(
    RELAY,
    "Along with the increase of threats from Iran",
    null,
    "iran",
    "attributes-responsibility",
    "own",
  ),
  g(RELAY, "which the official said was caused by Iran", US, "iran", "attributes-responsibility"),
  g(RELAY, "The totality of the information", US, "iran", "attributes-responsibility"),
  g(RELAY, "The totality of the information", US, "quds-force", "attributes-responsibility"),
  g(RELAY, "The totality of the information", US, MILITIAS, "attributes-responsibility"),
  g(RELAY, "which also pointed to Iran", "sarah-sanders", "iran", "attributes-responsibility"),
  g(
    RELAY,
    "Iran did not act to stop these attacks",
    "sarah-sanders",
    MILITIAS,
    "attributes-responsibility",
  ),
  g(RELAY, "Iran did not act to stop these attacks", "sarah-sanders", "iran", "criticises"),
  g(RELAY, "will hold the regime in Tehran accountable", US, "iran", "holds-responsible"),

  g(WSJ, "citing security risks from Iran", US, "iran", "attributes-responsibility"),
  g(
    WSJ,
    "credible threats from Iranian and Iranian-backed forces",
    US,
    "iran",
    "attributes-responsibility",
  ),
  g(
    WSJ,
    "credible threats from Iranian and Iranian-backed forces",
    US,
    MILITIAS,
    "attributes-responsibility",
  ),
  g(WSJ, "the U.S. had nothing to do with", US, US, "denies-responsibility"),
  g(WSJ, "the U.S. would Tehran responsible", POMPEO, "iran", "holds-responsible"),
  g(WSJ, "baseless accusations against Iran", "bahram-ghasemi", US, "rejects-accusation"),
  g(WSJ, "the U.S. would hold Iran accountable", US, "iran", "holds-responsible"),
  g(WSJ, "Iran would be accountable for attacks", US, "iran", "holds-responsible", "distanced"),
  g(WSJ, "the evidence pointing to Iran’s role", US, "iran", "attributes-responsibility"),
  g(WSJ, "the evidence pointing to Iran’s role", US, "quds-force", "attributes-responsibility"),
  g(WSJ, "The totality of the information", US, "iran", "attributes-responsibility"),
  g(WSJ, "The totality of the information", US, "quds-force", "attributes-responsibility"),
  g(WSJ, "The totality of the information", US, MILITIAS, "attributes-responsibility"),
  g(WSJ, "The State Department rebutted this account", US, null, "rejects-accusation"),
  g(
    WSJ,
    "blamed Iranian-backed Iraqi militias for firing rockets",
    US,
    MILITIAS,
    "blames",
    "distanced",
  ),
  g(WSJ, "blamed the U.S. for inciting protests", "abu-mehdi-al-mohandis", US, "blames"),
  g(WSJ, "saying he was inciting violence", "twitter", "abu-mehdi-al-mohandis", "accuses"),
];

/** Scores of the engine's blame relations against the gold list. */
export interface BlameScore {
  gold: number;
  predicted: number;
  /** Gold entries found with the right accuser, accused and kind. */
  found: number;
  /** Predicted relations that match a gold entry (accuser, accused and kind). */
  correct: number;
  precision: number;
  recall: number;
  /** Of the found gold entries, the share with the right voice. */
  voiceAccuracy: number;
  missed: GoldBlame[];
  spurious: Blame[];
}

/** Same actor, or one speaks for the other ("mike-pompeo" represents "united-states"). */
function sameActor(
  analysis: StoryAnalysis,
  predicted: string | null,
  gold: string | null,
): boolean {
  if (predicted === gold) return true;
  if (!predicted || !gold) return false;
  const represents = (id: string) => analysis.actors.find((a) => a.id === id)?.represents ?? null;
  return represents(predicted) === gold || represents(gold) === predicted;
}

/** The index of the sentence that holds `text` in an article, or -1. */
function sentenceOf(analysis: StoryAnalysis, article: string, text: string): number {
  const found = analysis.articles
    .find((a) => a.id === article)
    ?.sentences.find((s) => s.text.includes(text));
  return found ? found.index : -1;
}

/** Match the analysis's blame relations against the gold list. */
export function scoreBlame(
  analysis: StoryAnalysis,
  gold: readonly GoldBlame[] = BASRA_BLAME_GOLD,
): BlameScore {
  const matches = (b: Blame, e: GoldBlame) =>
    b.article === e.article &&
    b.sentence === sentenceOf(analysis, e.article, e.text) &&
    b.kind === e.kind &&
    sameActor(analysis, b.accuser.actor, e.accuser) &&
    sameActor(analysis, b.accused.actor, e.accused);
  const articles = new Set(gold.map((e) => e.article));
  const predicted = analysis.blame.filter((b) => articles.has(b.article));
  const missed = gold.filter((e) => !predicted.some((b) => matches(b, e)));
  const spurious = predicted.filter((b) => !gold.some((e) => matches(b, e)));
  const found = gold.length - missed.length;
  const voiced = gold.filter((e) =>
    predicted.some((b) => matches(b, e) && b.voice === e.voice),
  ).length;
  return {
    gold: gold.length,
    predicted: predicted.length,
    found,
    correct: predicted.length - spurious.length,
    precision: predicted.length === 0 ? 0 : (predicted.length - spurious.length) / predicted.length,
    recall: gold.length === 0 ? 0 : found / gold.length,
    voiceAccuracy: found === 0 ? 0 : voiced / found,
    missed,
    spurious,
  };
}
