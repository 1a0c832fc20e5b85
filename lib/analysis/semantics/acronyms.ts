import type { ContentWord, SemanticToken } from "./content-words";

/**
 * Acronyms and the names they stand for: "US" / "U.S." / "United States",
 * "UN" / "United Nations", "FBI" / "Federal Bureau of Investigation". A name
 * written in 2–6 capitals matches a run of capitalised names in the other
 * sentence whose initials spell it ("of", "the" and "and" inside the run are
 * skipped, as acronyms skip them).
 */
const LINKING = new Set(["of", "the", "and", "for", "&"]);

function acronymOf(word: ContentWord): string | undefined {
  if (!word.name || word.first !== word.last) return undefined;
  const letters = word.text.replace(/\./g, "");
  return /^\p{Lu}{2,6}$/u.test(letters) ? letters.toLowerCase() : undefined;
}

const capitalised = (word: ContentWord) => word.name && /^\p{Lu}/u.test(word.text);

/** True when only linking words stand between two words of a run. */
function joined(tokens: readonly SemanticToken[], left: ContentWord, right: ContentWord): boolean {
  for (let i = left.last + 1; i < right.first; i += 1) {
    const token = tokens[i];
    if (!token || !LINKING.has(token.text.toLowerCase())) return false;
  }
  return true;
}

/**
 * For each acronym among `from`'s words, the run of `to`'s words it stands for:
 * pairs of (index in `from`, indices in `to`).
 */
export function acronymRuns(
  from: readonly ContentWord[],
  to: readonly ContentWord[],
  toTokens: readonly SemanticToken[],
): [number, number[]][] {
  const out: [number, number[]][] = [];
  from.forEach((word, i) => {
    const acronym = acronymOf(word);
    if (!acronym) return;
    for (let start = 0; start < to.length; start += 1) {
      const run: number[] = [];
      let spelled = "";
      for (let j = start; j < to.length && spelled.length < acronym.length; j += 1) {
        const next = to[j] as ContentWord;
        const previous = to[j - 1];
        if (
          !capitalised(next) ||
          (run.length > 0 && previous && !joined(toTokens, previous, next))
        ) {
          break;
        }
        run.push(j);
        spelled += next.text[0]?.toLowerCase() ?? "";
      }
      if (spelled === acronym && run.length === acronym.length) {
        out.push([i, run]);
        return;
      }
    }
  });
  return out;
}
