import type { QuoteContext } from "../text";
import { agentSubject } from "./agent-phrase";
import { agentOf } from "./governor-agent";
import type { Subject } from "./noun-phrases";
import { parseUnit } from "./parse-units";

/**
 * The subject of a participle or a second verb ("…, saying", "and accused him of …") read off the
 * dependency parse, as a quote's governor is read (governor-agent.ts): the reporter above a
 * reported clause, the main clause's subject, the subject a conjunct shares. Only in sentences
 * that open or close a quote, which the quotes' governors parse anyway: no sentence is parsed
 * for this alone. Null elsewhere, and when the parse finds no one who can speak.
 */

const quoteSentences = new WeakMap<QuoteContext, Set<number>>();

function sentencesWithQuotes(ctx: QuoteContext): Set<number> {
  let known = quoteSentences.get(ctx);
  if (!known) {
    known = new Set();
    for (const at of ctx.spanTokens) {
      for (const i of [at?.open ?? at?.first, at?.close ?? (at ? at.last - 1 : undefined)]) {
        const sentence = i === undefined ? undefined : ctx.tokens[i]?.sentence;
        if (sentence !== undefined) known.add(sentence);
      }
    }
    quoteSentences.set(ctx, known);
  }
  return known;
}

export function parsedClauseSubject(ctx: QuoteContext, v: number): Subject | null {
  const verb = ctx.tokens[v];
  if (!verb || !sentencesWithQuotes(ctx).has(verb.sentence)) return null;
  const unit = parseUnit(ctx, verb.sentence);
  if (!unit) return null;
  const level = verb.depth;
  const usable = (i: number | null): i is number =>
    i !== null && i !== v - unit.first && ctx.tokens[unit.first + i]?.depth === level;
  const candidate = { verb: v - unit.first, speech: true, direct: false, after: null };
  const found = agentOf(ctx, unit, candidate, usable);
  if (!found || found.role !== "subject" || found.verb !== undefined) return null;
  return agentSubject(ctx, {
    verb: v,
    agent: unit.first + found.agent,
    role: found.role,
    speech: true,
    direct: false,
    unit,
  });
}
