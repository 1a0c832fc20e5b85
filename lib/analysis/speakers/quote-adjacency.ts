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
