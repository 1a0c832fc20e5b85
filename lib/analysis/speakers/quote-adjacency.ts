import type { QuoteContext, Window } from "../text";

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** True when a verb comes right after a closing quote mark: "…,” said Berg". */
export function followsQuote(ctx: QuoteContext, w: Window, v: number): boolean {
  let k = v - 1;
  while (k >= w.lo && /^[,—–-]$/.test(tok(ctx, k)?.text ?? "")) k -= 1;
  return ctx.closers.has(k);
}

/** True when a verb closes a "“…,” X verb" attribution (for "continued", "went on"). */
export function closesAttribution(ctx: QuoteContext, w: Window, v: number): boolean {
  if (followsQuote(ctx, w, v)) return true;
  for (let k = v - 1; k >= Math.max(w.lo, v - 10); k -= 1) {
    const token = tok(ctx, k);
    if (!token) return false;
    if (ctx.closers.has(k)) return true;
    if (token.pos === "VERB" || token.pos === "AUX") return false;
  }
  return false;
}

/**
 * True when the clause of verb v reports words of its own before any comma or sentence end: a
 * "that" clause or another quote ("“…!” Lopez replied to her that it was “…”", "… asked: “…”").
 * Such a clause after a quote closed by "!" or "?" is a sentence of its own, not the quote's
 * attribution.
 */
export function reportsOwnWords(ctx: QuoteContext, v: number): boolean {
  const verb = tok(ctx, v);
  for (let k = v + 1; verb && tok(ctx, k)?.sentence === verb.sentence; k += 1) {
    const token = tok(ctx, k);
    if (!token || /^[,.;!?]$/.test(token.text)) return false;
    if (token.depth > verb.depth || ctx.openers.has(k) || token.text === ":") return true;
    if (token.normal === "that" && token.pos === "SCONJ") return true;
  }
  return false;
}
