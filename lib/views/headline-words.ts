/**
 * Split a headline into words marked `distinct` when the other headlines do
 * not use them: the words that carry one outlet's framing ("blames", "citing
 * ‘security concerns’").
 */
export function markDistinctWords(
  headline: string,
  others: string[],
): { text: string; distinct: boolean }[] {
  const norm = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const elsewhere = new Set(others.flatMap((o) => o.split(/\s+/).map(norm)).filter(Boolean));
  return headline
    .split(/(\s+)/)
    .filter((part) => part.length > 0)
    .map((part) => ({
      text: part,
      distinct: /\S/.test(part) && norm(part) !== "" && !elsewhere.has(norm(part)),
    }));
}
