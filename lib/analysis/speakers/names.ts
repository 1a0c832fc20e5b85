import { isName, type Phrase } from "./noun-phrases";
import { lexiconTags, type QuoteContext } from "../text";
import { lang } from "../lang";

/** The text of a token range as written. */
export function phraseText(ctx: QuoteContext, phrase: Phrase): string {
  const first = ctx.tokens[phrase.start];
  const last = ctx.tokens[phrase.end - 1];
  return first && last ? ctx.text.slice(first.start, last.end) : "";
}

function isJoiner(ctx: QuoteContext, i: number): boolean {
  const token = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  return (
    token !== undefined &&
    /^[-.]$/.test(token.text) &&
    prev?.end === token.start &&
    next?.start === token.end
  );
}

/**
 * The name at the head of a phrase, titles stripped: "U.S. Secretary of State
 * Tomas Berg" → Tomas Berg, "Mr. Okafor" → Okafor. Null when the phrase does
 * not end in a name or the name is an organisation's or a place's.
 */
export function headName(ctx: QuoteContext, phrase: Phrase): Phrase | null {
  const end = phrase.end;
  let start = end;
  // "George Will": a surname the tagger took for a function word ends the run (functionSurname).
  if (
    end - 2 >= phrase.start &&
    functionSurname(ctx, end - 1, ctx.tokens[end - 1]?.sentence) &&
    isName(ctx, end - 2)
  )
    start -= 1;
  while (start - 1 >= phrase.start && (isName(ctx, start - 1) || isJoiner(ctx, start - 1)))
    start -= 1;
  if (start === end) return null;
  for (let i = end - 1; i >= start; i -= 1) {
    if (lang.names.titleWords.has(ctx.tokens[i]?.normal ?? "")) {
      start = i + 1;
      break;
    }
  }
  const last = ctx.tokens[end - 1]?.normal ?? "";
  if (start >= end || lang.names.organisationWords.has(last) || lang.names.placeWords.has(last))
    return null;
  return { start, end };
}

/** Prepositions that place what follows them: "spoke at Lakeview Community College". */
const PLACING = new Set(["at", "in", "inside", "outside", "near"]);

/**
 * A venue's name, not a person's: two name words or more, right after a placing preposition
 * ("at Lakeview Community College", "outside the Juniper Garden"), ending in a noun WordNet
 * knows for no speaker (garden, hall, arena, tower) or an organisation's last word (club,
 * university), and not opening with a first name ("at Nora Field" stays a person).
 */
function isVenue(ctx: QuoteContext, run: Phrase): boolean {
  if (run.end - run.start < 2) return false;
  let before = run.start - 1;
  if (ctx.tokens[before]?.normal === "the") before -= 1;
  const preposition = ctx.tokens[before];
  if (preposition?.pos !== "ADP" || !PLACING.has(preposition.normal)) return false;
  const last = ctx.tokens[run.end - 1]?.normal ?? "";
  if (!lang.speakers.muteNouns.has(last) && !lang.names.organisationEndings.has(last)) return false;
  return !/\b(?:MaleName|FemaleName)\b/.test(lexiconTags(ctx.tokens[run.start]?.text ?? ""));
}

/** Full names (two or more name words) seen in an article, by their last word. */
export interface PersonRegistry {
  full: Map<string, string>;
  /** Each person mention in order: last word's token index, full name, and office words written with it. */
  mentions: { index: number; name: string; titles: string[] }[];
  /** Every run of name tokens that ends in a person's name, with that name (titles stripped), in text order. */
  named: { run: Phrase; head: Phrase }[];
}

/**
 * Sentences written in title case, as headlines are ("Senator Hits Back At Critics"): every word
 * of four letters or more capitalised, at least four of them. Their runs of capitalised words
 * are not names as written ("Ana Ruiz Slams Tom Berg"), so they never spell a person's full
 * name when the article names that person elsewhere.
 */
function titleCaseSentences(ctx: QuoteContext): Set<number> {
  // Read from the tokens' text alone, which tagging surnames leaves as it is: the two registries
  // an article builds (surnames.ts, then the speaker finder) share one answer.
  const known = titledSentences.get(ctx);
  if (known) return known;
  const long = new Map<number, number>();
  const lower = new Set<number>();
  for (const token of ctx.tokens) {
    const shape = wordShape(token.text);
    if (shape === LONG_UPPER) long.set(token.sentence, (long.get(token.sentence) ?? 0) + 1);
    else if (shape === LONG_OTHER) lower.add(token.sentence);
  }
  const found = new Set<number>();
  for (const [sentence, count] of long) if (count >= 4 && !lower.has(sentence)) found.add(sentence);
  titledSentences.set(ctx, found);
  return found;
}

const titledSentences = new WeakMap<QuoteContext, Set<number>>();
const SHORT = 0;
const LONG_UPPER = 1;
const LONG_OTHER = 2;

/**
 * Whether a word opens with four letters or more (`/^\p{L}{4,}/u`), and if so whether it is
 * capitalised (`/^\p{Lu}/u`): by character codes for ASCII letters, which are most words, and
 * by those expressions for anything else.
 */
function wordShape(text: string): number {
  let ascii = text.length >= 4;
  for (let i = 0; i < 4 && ascii; i += 1) {
    const code = text.charCodeAt(i) | 32;
    if (code < 97 || code > 122) ascii = false;
  }
  if (ascii) {
    const first = text.charCodeAt(0);
    return first >= 65 && first <= 90 ? LONG_UPPER : LONG_OTHER;
  }
  // Not four ASCII letters: a short word or punctuation (most), or one with other letters.
  if (!/^\p{L}{4,}/u.test(text)) return SHORT;
  return /^\p{Lu}/u.test(text) ? LONG_UPPER : LONG_OTHER;
}

/** The tags of function words, which a surname can wear ("Will" as an auxiliary, "From"). */
export const FUNCTION_TAGS: ReadonlySet<string> = new Set([
  "AUX",
  "ADP",
  "DET",
  "PRON",
  "SCONJ",
  "CCONJ",
  "PART",
]);

/**
 * A surname the tagger reads as a function word ("George Will", "Al From"): capitalised right
 * after a name, inside a sentence, and followed by a word in lower case or by punctuation (in a
 * title-case headline, "Ruiz Will Win", the next word has a capital too).
 */
export function functionSurname(
  ctx: QuoteContext,
  i: number,
  sentence: number | undefined,
): boolean {
  const token = ctx.tokens[i];
  const before = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  return (
    token !== undefined &&
    token.sentence === sentence &&
    FUNCTION_TAGS.has(token.pos) &&
    /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
    // After a first name as written ("George", not "VILLAGE" of a headline in capitals).
    /^\p{Lu}\p{Ll}/u.test(before?.text ?? "") &&
    followedAsName(next, sentence)
  );
}

/** A word in lower case or a comma or full stop after a name ("Will wrote", "From, who"). */
export function followedAsName(
  next: QuoteContext["tokens"][number] | undefined,
  sentence: number | undefined,
): boolean {
  return (
    next === undefined ||
    next.sentence !== sentence ||
    /^[,.;:]$/.test(next.text) ||
    /^\p{Ll}/u.test(next.text)
  );
}

/** Collect the people an article names ("Tomas Berg", "Anna Holm") and where. */
export function buildPersonRegistry(ctx: QuoteContext): PersonRegistry {
  const full = new Map<string, string>();
  const runs: Phrase[] = [];
  let i = 0;
  while (i < ctx.tokens.length) {
    if (!isName(ctx, i)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    // A name never runs on into the next sentence (a headline without a full stop, "…the Harbor Crowd", then "Ana Ruiz").
    const sentence = ctx.tokens[i]?.sentence;
    while (
      end < ctx.tokens.length &&
      ctx.tokens[end]?.sentence === sentence &&
      (isName(ctx, end) || isJoiner(ctx, end))
    )
      end += 1;
    if (functionSurname(ctx, end, sentence)) end += 1;
    runs.push({ start: i, end });
    i = end;
  }
  // The fullest spelling of each name: two words or more, or one with a title ("Mr. Okafor").
  const register = (head: Phrase, hasTitle: boolean): void => {
    const words = head.end - head.start;
    const key = ctx.tokens[head.end - 1]?.normal ?? "";
    const text = phraseText(ctx, head);
    if (
      (words >= 2 || hasTitle) &&
      (full.get(key)?.length ?? 0) < text.length &&
      (words >= 2 || !full.has(key))
    ) {
      full.set(key, text);
    }
  };
  const named: { run: Phrase; head: Phrase }[] = [];
  const titled = titleCaseSentences(ctx);
  const headlineHeads: Phrase[] = [];
  for (const run of runs) {
    const head = headName(ctx, run);
    // "D-Ore.", "R-Kan.": a party tag after a name, not a person.
    if (!head || /^[DRI]-\p{Lu}/u.test(phraseText(ctx, head)) || isVenue(ctx, run)) continue;
    named.push({ run, head });
    if (titled.has(ctx.tokens[head.start]?.sentence ?? -1)) headlineHeads.push(head);
    else register(head, head.start > run.start);
  }
  // A title-case run names someone only when the article does not (up to three words).
  for (const head of headlineHeads) {
    const key = ctx.tokens[head.end - 1]?.normal ?? "";
    if (!full.has(key) && head.end - head.start <= 3) register(head, false);
  }
  const mentions = named
    .filter(({ head }) => full.has(ctx.tokens[head.end - 1]?.normal ?? ""))
    .map(({ run, head }) => {
      // Office words in the run or just before it: "Texas Governor Ned Ashby", "Foreign Minister Tomas Berg".
      const titles: string[] = [];
      const sentence = ctx.tokens[head.start]?.sentence;
      for (let k = Math.max(0, run.start - 4); k < head.start; k += 1) {
        const token = ctx.tokens[k];
        if (token && token.sentence === sentence) titles.push(token.normal);
      }
      return {
        index: head.end - 1,
        name: full.get(ctx.tokens[head.end - 1]?.normal ?? "") ?? "",
        titles,
      };
    });
  return { full, mentions, named };
}

/** A named person's fullest name in the article, or null when the phrase does not name a person. */
export function personName(
  ctx: QuoteContext,
  phrase: Phrase,
  registry: PersonRegistry,
): string | null {
  const head = headName(ctx, phrase);
  if (!head) return null;
  const key = ctx.tokens[head.end - 1]?.normal ?? "";
  const known = registry.full.get(key);
  if (known) return known;
  const titled =
    head.start > phrase.start &&
    lang.names.titleWords.has(ctx.tokens[head.start - 1]?.normal ?? "");
  const described = lang.names.personNouns.has(ctx.tokens[head.start - 1]?.normal ?? "");
  return head.end - head.start >= 2 || titled || described ? phraseText(ctx, head) : null;
}

/** True for phrases that name or describe a group ("officials", "the State Department"): the antecedents of "they" and "it". */
export function isCollective(ctx: QuoteContext, phrase: Phrase): boolean {
  const head = ctx.tokens[phrase.end - 1];
  if (!head) return false;
  if (lang.names.organisationWords.has(head.normal) || lang.names.placeWords.has(head.normal))
    return true;
  // Plural nouns ("officials"); wink tags a sentence-initial "Officials" PROPN and leaves it unlemmatised.
  if (/s$/.test(head.normal) && lang.names.personNouns.has(head.normal.slice(0, -1))) return true;
  return head.pos === "NOUN" && head.lemma !== head.normal && /s$/.test(head.normal);
}
