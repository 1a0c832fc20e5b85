import type { QuotedVoice, StoryAnalysis, WordChoice } from "@/lib/analysis";
import { type Draft, type ExerciseOption, outletOptions } from "./exercise-types";
import { type Evidence, findArticle, sentenceEvidence, termKey, termStems } from "./evidence";
import type { Line } from "./lines";

/** Actor kinds whose naming is a real word choice ("protesters" or "attackers"); places and people are not. */
const NAMED_GROUPS: Record<string, string> = {
  crowd: "people",
  "armed-group": "group",
  government: "government",
};

interface WordChoiceCandidate {
  draft: Draft;
  actor: boolean;
  majority: number;
  id: string;
}

/** Terms per article, in order, for one concept. */
function termsByArticle(choice: WordChoice): Map<string, WordChoice["terms"]> {
  const out = new Map<string, WordChoice["terms"]>();
  for (const term of choice.terms) out.set(term.article, [...(out.get(term.article) ?? []), term]);
  return out;
}

/**
 * Most outlets use one word for a group or event and exactly one outlet uses
 * a different word throughout ("protesters" against "a group of attackers").
 */
export function wordChoiceCandidates(analysis: StoryAnalysis): Draft[] {
  const order = new Map(analysis.articles.map((a, i) => [a.id, i]));
  const out: WordChoiceCandidate[] = [];
  for (const choice of analysis.wordChoice) {
    if (choice.kind === "attribution-verb") continue;
    const actorKind =
      choice.kind === "actor"
        ? analysis.actors.find((a) => a.id === choice.concept)?.kind
        : undefined;
    const noun = choice.kind === "event" ? "event" : NAMED_GROUPS[actorKind ?? ""];
    if (!noun) continue;
    const byArticle = termsByArticle(choice);
    if (byArticle.size < 3) continue;
    const users = new Map<string, Set<string>>();
    for (const [article, terms] of byArticle) {
      for (const term of terms) {
        const key = termKey(term.term);
        if (key) users.set(key, (users.get(key) ?? new Set()).add(article));
      }
    }
    const ranked = [...users.entries()].sort(
      (a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]),
    );
    const [best, runnerUp] = ranked;
    if (!best || best[1].size < 2 || (runnerUp && runnerUp[1].size === best[1].size)) continue;
    const bestStems = new Set(best[0].split(" "));
    const majority = [...best[1]].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const rest = [...byArticle.keys()].filter((a) => !best[1].has(a));
    const outliers = rest.filter((a) =>
      (byArticle.get(a) ?? []).every((t) => !termStems(t.term).some((s) => bestStems.has(s))),
    );
    const outlier = outliers[0];
    if (outliers.length !== 1 || rest.length !== 1 || !outlier) continue;
    const outlierTerms = (byArticle.get(outlier) ?? []).filter(
      (t, i, all) => all.findIndex((u) => termKey(u.term) === termKey(t.term)) === i,
    );
    // Show the majority word as printed mid-sentence ("protesters", not a sentence-initial "Protesters").
    const printings = majority.flatMap((a) =>
      (byArticle.get(a) ?? []).filter((t) => termKey(t.term) === best[0]),
    );
    const shownTerm = printings.find((t) => /^[a-z]/.test(t.term)) ?? printings[0];
    const first = shownTerm?.article ?? "";
    const outlierArticle = findArticle(analysis, outlier);
    const firstArticle = findArticle(analysis, first);
    if (!shownTerm || !outlierArticle || !firstArticle) continue;
    const words: Line = [];
    outlierTerms.forEach((t, i) =>
      words.push(i === 0 ? "“" : "” and “", { excerpt: t.term, article: outlier }),
    );
    words.push("”");
    const evidence: Evidence[] = [
      ...outlierTerms.map((t) => sentenceEvidence(outlierArticle, t.sentence, [t])),
      sentenceEvidence(firstArticle, shownTerm.sentence, [shownTerm]),
    ];
    out.push({
      actor: choice.kind === "actor",
      majority: majority.length,
      id: choice.id,
      draft: {
        kind: "word-choice",
        topic: "loaded-wording",
        prompt: [
          { outlets: majority },
          " write “",
          { excerpt: shownTerm.term, article: first },
          `”. One other outlet uses a different word for the same ${noun}. Which outlet, and which word?`,
        ],
        passage: null,
        options: outletOptions(
          analysis.articles.map((a) => a.id).filter((id) => !best[1].has(id)),
          outlier,
        ),
        answer: [{ outlet: outlier }, " writes ", ...words, " instead."],
        evidence,
        check: {
          kind: "word-choice",
          concept: choice.id,
          article: outlier,
          terms: outlierTerms.map((t) => t.term),
          majority: shownTerm.term,
        },
      },
    });
  }
  return out
    .sort(
      (a, b) =>
        Number(b.actor) - Number(a.actor) || b.majority - a.majority || a.id.localeCompare(b.id),
    )
    .map((c) => c.draft);
}

function byQuotes(a: QuotedVoice, b: QuotedVoice): number {
  return b.quotes - a.quotes || b.words - a.words || a.name.localeCompare(b.name);
}

/** Whom an outlet quotes most, when one voice clearly leads; outlets whose lead voice is unusual first. */
export function topVoiceCandidates(analysis: StoryAnalysis): Draft[] {
  const media = new Set(analysis.actors.filter((a) => a.kind === "media").map((a) => a.id));
  const leads: { article: string; order: number; top: QuotedVoice; voices: QuotedVoice[] }[] = [];
  analysis.articles.forEach((article, order) => {
    const voices = analysis.voices
      .filter(
        (v) =>
          v.article === article.id &&
          (v.quotes > 0 || v.citations > 0) &&
          !(v.actor && media.has(v.actor)),
      )
      .sort(byQuotes);
    const [top, second] = voices;
    if (!top || !second || top.quotes < 2 || byQuotes(top, second) === 0) return;
    if (second.quotes === top.quotes && second.words === top.words) return;
    leads.push({ article: article.id, order, top, voices });
  });
  const keyOf = (v: QuotedVoice) => v.actor ?? v.name;
  const counts = new Map<string, number>();
  for (const lead of leads) counts.set(keyOf(lead.top), (counts.get(keyOf(lead.top)) ?? 0) + 1);
  const common = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  )[0]?.[0];
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
  return leads
    .map((lead) => ({ ...lead, unusual: keyOf(lead.top) !== common }))
    .sort(
      (a, b) =>
        Number(b.unusual) - Number(a.unusual) || b.top.quotes - a.top.quotes || a.order - b.order,
    )
    .flatMap(({ article: id, top, voices }): Draft[] => {
      const article = findArticle(analysis, id);
      if (!article) return [];
      const options: ExerciseOption[] = voices
        .slice(0, 4)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((v) => ({ label: [{ excerpt: v.name, article: id }], correct: v === top }));
      const evidence = top.quoteIds.flatMap((qid) => {
        const quote = quotes.get(qid);
        return quote ? [sentenceEvidence(article, quote.sentence, [quote])] : [];
      });
      return [
        {
          kind: "top-voice",
          topic: "sources",
          prompt: ["Whom does ", { outlet: id }, " quote most often?"],
          passage: null,
          options,
          answer: [
            { outlet: id },
            " quotes ",
            { excerpt: top.name, article: id },
            ` most: ${top.quotes} quotes, ${top.words} words in all.`,
          ],
          evidence: evidence.slice(0, 3),
          check: { kind: "top-voice", article: id, voice: top.name },
        },
      ];
    });
}

/** A quote that two outlets print with different words, closest printings first (the subtle changes). */
export function quoteChangeCandidates(analysis: StoryAnalysis): Draft[] {
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
  const found: { draft: Draft; similarity: number; id: string }[] = [];
  for (const group of analysis.quoteGroups) {
    if (!group.altered) continue;
    const base = quotes.get(group.base);
    const variant = group.variants
      .filter(
        (v) =>
          v.status === "altered" &&
          v.diff.similarity >= 0.6 &&
          !["identical", "punctuation"].includes(v.diff.kind),
      )
      .map((v) => ({ v, quote: quotes.get(v.quote) }))
      .filter((x) => x.quote && base && x.quote.article !== base.article)
      .sort(
        (a, b) => b.v.diff.similarity - a.v.diff.similarity || a.v.quote.localeCompare(b.v.quote),
      )[0];
    const quote = variant?.quote;
    const baseArticle = base ? findArticle(analysis, base.article) : undefined;
    const quoteArticle = quote ? findArticle(analysis, quote.article) : undefined;
    if (!variant || !quote || !base || !baseArticle || !quoteArticle) continue;
    const speaker: Line = quote.speaker
      ? [{ excerpt: quote.speaker, article: quote.article }]
      : base.speaker
        ? [{ excerpt: base.speaker, article: base.article }]
        : ["the same speaker"];
    found.push({
      similarity: variant.v.diff.similarity,
      id: group.id,
      draft: {
        kind: "quote-change",
        topic: "altered-quote",
        prompt: [
          { outlets: [base.article, quote.article] },
          " print the same words by ",
          ...speaker,
          ". What did ",
          { outlet: quote.article },
          " change?",
        ],
        passage: {
          article: base.article,
          sentence: base.sentence,
          line: ["“", { excerpt: base.text, article: base.article }, "”"],
          note: ["As ", { outlet: base.article }, " prints it"],
        },
        options: [],
        answer: [
          { outlet: quote.article },
          ": ",
          { excerpt: variant.v.diff.summary, article: quote.article },
        ],
        evidence: [
          sentenceEvidence(baseArticle, base.sentence, [base]),
          sentenceEvidence(quoteArticle, quote.sentence, [quote]),
        ],
        check: { kind: "quote-change", group: group.id, quote: quote.id, base: base.id },
      },
    });
  }
  return found
    .sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id))
    .map((f) => f.draft);
}
