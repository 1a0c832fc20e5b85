import { CONFIDENT_BLAME, type Blame, factSentences, type StoryAnalysis } from "@/lib/analysis";
import { prng } from "./bench-story";

/**
 * The items `npm run audit` prints for a person to judge: a seeded sample of blame relations,
 * facts and quote speakers, each with a reference (article id, sentence index) and its text.
 */

export interface AuditItem {
  /** "article#sentence" (facts: the fact id), what a verdict is recorded against. */
  ref: string;
  fields: Record<string, string>;
  /** The sentence(s) to judge it by. */
  text: string[];
}

/** `count` items drawn without replacement, the same for the same seed and list. */
export function sample<T>(list: readonly T[], count: number, seed: number): T[] {
  const random = prng(seed);
  const pool = [...list];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i += 1) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, n);
}

function sentenceText(analysis: StoryAnalysis, article: string, sentence: number): string {
  const found = analysis.articles.find((a) => a.id === article);
  return found?.sentences[sentence]?.text ?? "(sentence not found)";
}

function partyText(analysis: StoryAnalysis, party: Blame["accuser"], source?: string): string {
  const name = party.actor
    ? (analysis.actors.find((a) => a.id === party.actor)?.name ?? party.actor)
    : null;
  if (!party.text && !name) return source === "outlet" ? "(the outlet)" : "(unnamed)";
  const written = party.text ? `“${party.text}”` : "(not named here)";
  return `${written} → ${name ?? "(no actor)"}`;
}

export type ConfidenceBand = "all" | "confident" | "uncertain";

export function auditBlame(
  analysis: StoryAnalysis,
  count: number,
  seed: number,
  band: ConfidenceBand,
): AuditItem[] {
  const pool = analysis.blame.filter((b) =>
    band === "all"
      ? true
      : band === "confident"
        ? b.confidence >= CONFIDENT_BLAME
        : b.confidence < CONFIDENT_BLAME,
  );
  return sample(pool, count, seed).map((b) => ({
    ref: `${b.article}#${b.sentence}`,
    fields: {
      id: b.id,
      confidence: `${b.confidence.toFixed(2)}${b.basis ? ` (${b.basis})` : ""}`,
      kind: b.kind,
      voice: b.voiceCue ? `${b.voice} (${b.voiceCue})` : b.voice,
      cue: b.cue,
      accuser: partyText(analysis, b.accuser, b.accuserSource),
      accused: partyText(analysis, b.accused),
      ...(b.matter ? { matter: b.matter } : {}),
    },
    text: [sentenceText(analysis, b.article, b.sentence)],
  }));
}

/** Facts that join sentences of two or more articles: a single sentence has nothing to judge. */
export function auditFacts(analysis: StoryAnalysis, count: number, seed: number): AuditItem[] {
  const outlet = new Map(analysis.articles.map((a) => [a.id, a.outlet]));
  const pool = analysis.facts.filter((f) => f.coverage.length > 1);
  return sample(pool, count, seed).map((fact) => ({
    ref: fact.id,
    fields: { label: fact.label, versions: String(factSentences(fact).length) },
    text: factSentences(fact).map(
      (m) =>
        `${outlet.get(m.article) ?? m.article} (${m.article}#${m.sentence}): ${sentenceText(analysis, m.article, m.sentence)}`,
    ),
  }));
}

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max)}…` : text);

export function auditSpeakers(analysis: StoryAnalysis, count: number, seed: number): AuditItem[] {
  const pool = analysis.quotes.filter((q) => q.kind !== "scare");
  return sample(pool, count, seed).map((q) => ({
    ref: `${q.article}#${q.sentence}`,
    fields: {
      quote: `“${clip(q.text)}” (${q.kind})`,
      speaker: q.speaker ?? "(none)",
      actor: q.speakerActor
        ? (analysis.actors.find((a) => a.id === q.speakerActor)?.name ?? q.speakerActor)
        : "(none)",
      ...(q.affiliation ? { group: q.affiliation } : {}),
      found: q.attribution ?? "(none)",
    },
    text: [sentenceText(analysis, q.article, q.sentence)],
  }));
}
