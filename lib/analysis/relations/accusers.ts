import type { Mention } from "../actors";
import { dependentsOf, headOf } from "../syntax";
import type { Quote, Blame } from "../schema";
import type { ArticleReading } from "./blame";
import type { Candidate } from "./blame-patterns";
import type { AccuserEvidence } from "./confidence";
import { agentNode, type Parsed, type Party } from "./parse-parties";
import { agentRole, passiveAt } from "./roles";
import type { Frame } from "./sources";
import { lang } from "../lang";

/**
 * Who accuses, when the cue's clause has no subject of its own: the frame's source ("a senior
 * official told the Journal that …"), the quote's speaker, the agent of the clause around a partial
 * quote, or nobody named (unattributed, or the outlet's own voice).
 */

/** Kinds whose cue is a verb in the passive when there is no subject: someone blames, unnamed. */
const PASSIVE_CUES = new Set(["blames", "accuses", "holds-responsible", "criticises"]);

/** A first-person pronoun in a quote is its speaker. */
function speakerParty(party: Party, reading: ArticleReading): Party {
  const m = party.mention;
  if (!m.quote || !lang.functionWords.firstPerson.has(m.text.toLowerCase())) return party;
  const speaker = reading.actors.speakers.get(m.quote);
  if (!speaker?.text) return party;
  return { ...party, mention: { ...m, text: speaker.text, actor: m.actor ?? speaker.actor } };
}

export interface Accuser {
  party: Party | undefined;
  evidence: AccuserEvidence;
  source: Blame["accuserSource"];
}

/** Who accuses: the clause's own subject, the frame's source, the quote's speaker, or nobody named. */
export function accuserOf(
  c: Candidate,
  frame: Frame | null,
  quote: Quote | null,
  reading: ArticleReading,
): Accuser {
  if (c.accuser)
    return { party: speakerParty(c.accuser, reading), evidence: "grammar", source: "named" };
  const framed = frame?.source ?? frame?.author;
  if (frame && framed)
    return {
      party: speakerParty({ mention: framed, link: "role" }, reading),
      evidence: frame.source ? "frame" : "document",
      source: "named",
    };
  if (quote && !(c.bySpeaker && frame)) {
    const speaker = reading.actors.speakers.get(quote.id);
    if (speaker?.text) {
      const mention: Mention = {
        sentence: quote.sentence,
        first: -1,
        last: -1,
        start: 0,
        end: 0,
        text: speaker.text,
        actor: speaker.actor,
        form: "name",
        head: null,
        plural: false,
        quote: null,
        via: null,
      };
      return {
        party: { mention, link: "role" },
        evidence: speaker.actor ? "speaker" : "speaker-unresolved",
        source: "named",
      };
    }
    return { party: undefined, evidence: "no-speaker", source: "unattributed" };
  }
  // An active verb of blame with no subject found: someone accuses, the sentence does not say who
  // (the outlet did not: "…, accusing X of Z" after a clause the reader could not parse).
  if (c.activeVerb) return { party: undefined, evidence: "no-subject", source: "unattributed" };
  if (PASSIVE_CUES.has(c.kind) || frame)
    return { party: undefined, evidence: "unattributed", source: "unattributed" };
  return { party: undefined, evidence: "outlet", source: "outlet" };
}

/** The agent of the first verb outside a quote above its word at `from` in the parse ("Ashby pledges to end “…”"). */
export function outsideAgent(p: Parsed, quote: string, from: number): Party | undefined {
  let at = headOf(p.parse, from);
  for (let steps = 0; at !== null && steps < 6; steps += 1) {
    if (p.quoteOf(at) !== quote && p.sentence.tokens[at]?.pos === "VERB") return agentRole(p, at);
    at = headOf(p.parse, at);
  }
  return undefined;
}

/**
 * True when the cue is an active verb whose subject the parse finds (its own, or the noun a
 * participle modifies) but the engine cannot read as a party ("many people holding X responsible
 * …, Y says", "the report attacked X, Y said"): the sentence names who acts, so neither a frame's
 * source nor a quote's speaker stands in for it. Judged sample D had such a frame's source wrong.
 * The same for a passive whose "by" agent is found but not named: the relation is kept, uncertain.
 */
export function unreadSubject(p: Parsed, c: Candidate): boolean {
  // Criticism read from a quote's wording is its speaker's by design; responsibility has its own caps.
  if (c.accuser || c.bySpeaker || c.predicate === null) return false;
  if (c.kind === "attributes-responsibility") return false;
  if (p.sentence.tokens[c.predicate]?.pos !== "VERB") return false;
  // A passive's "by" agent the engine cannot name ("was criticised by many, including X") is an
  // accuser the sentence has, not an unattributed charge.
  if (passiveAt(p, c.predicate)) return agentNode(p, c.predicate) !== null;
  const subject = agentNode(p, c.predicate);
  return subject !== null && !/^(?:it|there)$/.test(p.sentence.tokens[subject]?.normal ?? "");
}

/**
 * True for a passive cue with no agent that whoever reports it disowns ("X was wrongly blamed for
 * Z, Y said"): the source defends X, it does not blame X, so neither the frame's source nor the
 * quote's speaker is the accuser; the sentence names none.
 */
export function disowned(p: Parsed, c: Candidate): boolean {
  if (c.accuser || c.predicate === null || !passiveAt(p, c.predicate)) return false;
  return dependentsOf(p.parse, c.predicate, "advmod").some((d) =>
    lang.hedges.qualifiers.unjust.has(p.sentence.tokens[d]?.normal ?? ""),
  );
}
