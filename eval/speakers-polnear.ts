import { z } from "zod";
import { findQuotes } from "@/lib/analysis/quotes";
import { lang } from "@/lib/analysis/lang";
import type { Quote } from "@/lib/analysis/schema";
import { preparedFromText } from "@/lib/analysis/test-helpers/prepared";
import { fail, parseArgs } from "../lib/cli/args";
import { loadPolnear, polnearSplitSchema, type PolnearArticle } from "./data/polnear";

const HELP = `Usage:
  npx tsx eval/speakers-polnear.ts [<polnear-folder>] [--split train|dev] [--show]

Quote speakers against PolNeAR's attributions (default folder ../shared/eval/polnear, split train).
A gold quote is an attribution whose Content holds a quotation in quote marks; it counts when its
Source names someone (a capitalised name, not only a pronoun or a description). Ours is right when
our speaker shares a name word with the Source (strict), or when the affiliation the article states
for our speaker does (speaker or stated group). A Content that runs over several of our quotes
("“…,” X said. “…”") is right only when every one of them is; a Content annotated in pieces is read
by its pieces (the words between them are not its own). Where the Source's Content holds a
nested attribution ("“…,” Ruiz said, according to the Gazette": Source the Gazette), the speaker
named next to a speech verb in it (Ruiz) is right too. Sources that are pronouns are scored separately,
resolved to the last named Source before them in the gold (a stand-in for the coreference the
annotation does not give).

  --split  train (tune on it) or dev (report on it; read its errors only at the end)
  --show   list every miss
  --descriptions-named
           count descriptions with a capitalised modifier ("The Florida senator", "a top GOP
           strategist") among named sources, as the scoring did before 2026-12-03; by default they
           are a tally of their own, as descriptions without one ("a senior aide") are left out
  --names-named
           count a quoted name set in a paraphrase (Source said Y was on “Meet the Press”: a
           title, a programme, a slogan, every word of four letters or more capitalised, with the
           Content's own words before it) among named sources, as the scoring did before
           2026-12-04; by default such names are a tally of their own`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    split: polnearSplitSchema.default("train"),
    show: z.boolean().optional(),
    "descriptions-named": z.boolean().optional(),
    "names-named": z.boolean().optional(),
    help: z.boolean().optional(),
    _: z.array(z.string().min(1)).max(1, "give at most one PolNeAR folder"),
  }),
  ["show", "descriptions-named", "names-named", "help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const dir = args._[0] ?? "../shared/eval/polnear";
const articles = loadPolnear(dir, args.split);
if (!articles) {
  console.log(`PolNeAR: ${dir} has no ${args.split}/text folder; skipped.`);
  process.exit(0);
}

const NOT_NAMES = new Set(
  "the a an he she they it we i you his her their its this that these those mr mrs ms dr sen rep gov president former senator one some many other others who which".split(
    " ",
  ),
);
const PRONOUN = /^(?:he|she|they|we|i|it)$/i;

/** Where a description's head phrase ends: a comma, a relative clause, a preposition or a participle. */
const HEAD_END =
  /,|\s(?:who|which|that|of|for|to|with|at|in|from|on|by|close|familiar|involved|inside|outside|near)\s/i;

/**
 * A person's description that only mentions names as modifiers ("The Florida senator", "a top GOP
 * strategist", "a longtime adviser to Trump"): a determiner, then a head phrase ending in a
 * lower-case noun, and no name set off by commas after it ("…, Ana Ruiz,"). It names no one, as
 * "a senior aide" names no one: such sources are scored apart from named ones (the issue counts
 * named speakers; a description is right as written or as the person the article means, which
 * PolNeAR's attributions do not say).
 */
function isDescription(text: string): boolean {
  const source = text.trim().replace(/^(?:but|and)\s+/i, "");
  if (!/^(?:the|a|an|one|another)\s/i.test(source)) return false;
  const cut = source.search(HEAD_END);
  const head = (cut < 0 ? source : source.slice(0, cut)).trim().replace(/[’']s$/, "");
  const last = head.split(/\s+/).at(-1) ?? "";
  // A person's role ("senator", "strategist", "adviser"); not a group, an outlet or a document,
  // whose name counts ("the Clinton campaign", "a CNN poll").
  if (!/^\p{Ll}/u.test(last)) return false;
  if (!lang.names.personNouns.has(last) && !lang.names.officeNouns.has(last)) return false;
  // "The leader of the League, Ana Ruiz,", "the nominee, Trump": anything capitalised after a
  // comma may name the person, so the source stays among the named.
  const comma = source.indexOf(",");
  return comma < 0 || !/\p{Lu}/u.test(source.slice(comma));
}

/**
 * A quoted name in a paraphrase: "Ruiz said the plan was discussed on “Morning Talk”", "Berg
 * proposed they debate on “Good Evening Valley”". The Content is the Source's paraphrase; the
 * quoted words are the name of a show, a work, a programme or a slogan, which the Source is not
 * quoted as saying (the paraphrase's words before the mark show it is not the Source's speech
 * quoted whole). Every word of four letters or more is capitalised, as in a title, and there are
 * at most eight words.
 */
function isQuotedName(text: string, contentStart: number, part: [number, number]): boolean {
  if (!/\p{L}/u.test(text.slice(contentStart, part[0]))) return false;
  const words = text.slice(part[0] + 1, part[1] - 1).match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  if (words.length === 0 || words.length > 8 || !/^\p{Lu}/u.test(words[0] ?? "")) return false;
  return words.every((word) => word.length < 4 || /^\p{Lu}/u.test(word));
}

/** Capitalised name words of a span ("Sen. Ted Cruz (R-Texas)" → ted, cruz, texas). */
function nameWords(text: string): string[] {
  // Digits belong to the name ("NY1", "WJ4"), as `matches` keeps them in the speaker's words.
  return (text.match(/\p{Lu}[\p{L}\p{N}'’.-]*/gu) ?? [])
    .flatMap((w) =>
      w
        .toLowerCase()
        .replace(/[’']s?$/, "")
        .replace(/\.$/, "")
        // "O’Donnell" → "donnell": the parts an apostrophe joins, as `matches` splits the speaker.
        .split(/[’']/),
    )
    .filter((w) => w.length >= 2 && !NOT_NAMES.has(w));
}

function matches(goldWords: readonly string[], predicted: string | null): boolean {
  if (!predicted) return false;
  const have = new Set(
    predicted
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      .split(/[^\p{L}\p{N}-]+/u),
  );
  return goldWords.some((w) => have.has(w));
}

/** Verbs of an attribution written inside another's Content: "“…,” Ruiz said, according to X". */
const INNER_CUE =
  /^(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|stated|states|noted|notes|explained|explains|continued|recalled|tweeted|argued|insisted)$/i;

/**
 * Name words of the speaker of an attribution nested in a Content: PolNeAR gives "“…,” Ruiz said,
 * according to the Gazette" one attribution, to the Gazette, whose Content holds "Ruiz said"; Ruiz
 * is the quote's speaker as much as the Gazette is its source. Only a name directly followed (or
 * preceded, "said Ruiz") by a speech verb outside the quote marks counts, so a name the quote is
 * about ("Ruiz was “a liar”") does not.
 */
function innerSpeakerWords(text: string, start: number, end: number): string[] {
  const outside = text.slice(start, end).replace(/[“"][^”"]*[”"]/gu, " | ");
  const words = outside.split(/\s+/).map((w) => w.replace(/[,.;:]+$/, ""));
  const found: string[] = [];
  words.forEach((word, i) => {
    if (!INNER_CUE.test(word)) return;
    // "Ruiz said", "Ana Ruiz said", "said Ruiz": the capitalised words next to the verb.
    const before = words.slice(Math.max(0, i - 3), i).join(" ");
    const after = words.slice(i + 1, i + 4).join(" ");
    const beside = /\p{Lu}/u.test(words[i - 1] ?? "")
      ? before.replace(/.*\|/, "")
      : after.replace(/\|.*/, "");
    found.push(...nameWords(beside));
  });
  return found;
}

/**
 * The quoted part of a Content span: from its first opening mark to its last closing mark, both
 * in the Content's own pieces (a discontinuous Content does not hold the words between them), or
 * just outside one where it meets a gap (a piece may leave out the marks around it: ‖"That adds
 * up…).
 */
function quotedPart(
  text: string,
  pieces: readonly (readonly [number, number])[],
): [number, number] | null {
  // Between pieces only: the Content's outer bounds are kept as annotated.
  const last = pieces.length - 1;
  const near = pieces.map(([a, b], i): [number, number] => [
    i > 0 ? Math.max(0, a - 2) : a,
    i < last ? b + 2 : b,
  ]);
  let open = -1;
  for (const [a, b] of near) {
    const at = text.slice(a, b).search(/[“"]/u);
    if (at >= 0) {
      open = a + at;
      break;
    }
  }
  let close = -1;
  for (const [a, b] of [...near].reverse()) {
    const slice = text.slice(a, b);
    const at = Math.max(slice.lastIndexOf("”"), slice.lastIndexOf('"'));
    if (at >= 0) {
      close = a + at;
      break;
    }
  }
  if (open < 0 || close <= open) return null;
  if (
    text
      .slice(open + 1, close)
      .split(/\s+/)
      .filter(Boolean).length < 2
  )
    return null;
  return [open, close + 1];
}

/**
 * Our quotes for a gold quoted part: the one that covers a third of it or more; else, when the
 * part runs over several of ours ("“…,” X said. “…”", "called it “…” and “…”"), all of those
 * that lie in it, if together they cover a third. Empty when the part was not found. `size` is
 * how many of the part's characters the gold Content holds: a discontinuous Content ("“…,” X
 * said after a long aside. “…”", annotated as two pieces) does not hold the words between its
 * pieces, so they are not counted as a part of it that our quotes miss, and a quote of ours that
 * lies wholly between them is none of its quotes.
 */
function covering(
  quotes: readonly Quote[],
  from: number,
  to: number,
  pieces: readonly (readonly [number, number])[] = [[from, to]],
): Quote[] {
  const size = pieces.reduce(
    (sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)),
    0,
  );
  let best: Quote | null = null;
  let overlap = 0;
  const inside: Quote[] = [];
  for (const q of quotes) {
    if (!pieces.some(([a, b]) => q.start < b && q.end > a)) continue;
    const shared = Math.min(q.end, to) - Math.max(q.start, from);
    if (shared > overlap) {
      overlap = shared;
      best = q;
    }
    if (shared > 0 && q.start >= from && q.end <= to) {
      inside.push(q);
    }
  }
  // Quotes nested in others are inside their parent's span: count only the outer ones' length.
  const outer = inside.filter(
    (q) => !inside.some((p) => p !== q && p.start <= q.start && p.end >= q.end),
  );
  // A Content annotated in pieces is the words of several quotes ("“…,” X said. “…”"): when more
  // than one of ours lies in it, every one must be right, however much the first covers.
  const several = pieces.length > 1 && outer.length > 1;
  if (best && overlap >= size / 3 && !several) return [best];
  const covered = outer.reduce((sum, q) => sum + (q.end - q.start), 0);
  return covered >= size / 3 ? outer : [];
}

interface Tally {
  total: number;
  found: number;
  strict: number;
  lenient: number;
}
const named: Tally = { total: 0, found: 0, strict: 0, lenient: 0 };
const pronouns: Tally = { total: 0, found: 0, strict: 0, lenient: 0 };
const descriptions: Tally = { total: 0, found: 0, strict: 0, lenient: 0 };
const quotedNames: Tally = { total: 0, found: 0, strict: 0, lenient: 0 };
const misses: string[] = [];
const short = (t: string, n = 110) =>
  (t.length > n ? `${t.slice(0, n - 1)}…` : t).replace(/\s+/g, " ");

function score(article: PolnearArticle): void {
  const quotes = findQuotes(preparedFromText(article.name, article.text));
  const sorted = [...article.attributions].sort(
    (a, b) => (a.content?.start ?? 0) - (b.content?.start ?? 0),
  );
  let lastNamed: string[] = [];
  for (const at of sorted) {
    if (!at.source) continue;
    const words = nameWords(at.source.text);
    const isPronoun = PRONOUN.test(at.source.text.trim());
    if (words.length > 0 && !isPronoun) lastNamed = words;
    if (!at.content) continue;
    const part = quotedPart(article.text, at.content.pieces);
    if (!part) continue;
    const tally = isPronoun
      ? pronouns
      : words.length === 0
        ? null
        : !args["descriptions-named"] && isDescription(at.source.text)
          ? descriptions
          : !args["names-named"] && isQuotedName(article.text, at.content.start, part)
            ? quotedNames
            : named;
    const gold = isPronoun ? lastNamed : words;
    if (!tally || gold.length === 0) continue;
    tally.total += 1;
    const ours = covering(quotes, part[0], part[1], at.content.pieces);
    const quote = ours[0] ?? null;
    if (quote) tally.found += 1;
    // Every quote of ours in the part must name the source (all, when the part spans several).
    const inner = isPronoun
      ? []
      : innerSpeakerWords(article.text, at.content.start, at.content.end);
    const strict =
      ours.length > 0 && ours.every((q) => matches(gold, q.speaker) || matches(inner, q.speaker));
    const lenient =
      strict ||
      (ours.length > 0 &&
        ours.every(
          (q) =>
            matches(gold, q.speaker) || matches(inner, q.speaker) || matches(gold, q.affiliation),
        ));
    if (strict) tally.strict += 1;
    if (lenient) tally.lenient += 1;
    if (!strict && tally === named)
      misses.push(
        `  [${article.name.slice(0, 40)}] gold ${JSON.stringify(at.source.text)}; got ${ours.length > 1 ? `${ours.length} quotes, first ` : ""}${quote ? `${quote.kind} ${JSON.stringify(quote.speaker)}${quote.affiliation ? ` {${quote.affiliation}}` : ""} [${quote.attribution ?? "-"}]` : "no quote"}${lenient ? " (right by stated group)" : ""}\n      ${short(article.text.slice(Math.max(0, at.content.start - 80), at.content.end + 60), 220)}`,
      );
  }
}

const started = performance.now();
for (const article of articles) score(article);
const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((n / d) * 100).toFixed(1)}%`);
const line = (label: string, t: Tally) =>
  `  ${label}: ${t.total} quotes; found ${t.found} (${pct(t.found, t.total)}); speaker strict ${t.strict} (${pct(t.strict, t.total)}); speaker or stated group ${t.lenient} (${pct(t.lenient, t.total)})`;
console.log(
  `PolNeAR ${args.split}: ${articles.length} articles (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
console.log(line("named sources", named));
console.log(line("pronoun sources (resolved to the last named gold source)", pronouns));
if (!args["descriptions-named"])
  console.log(line("descriptions with a capitalised modifier (scored as written)", descriptions));
if (!args["names-named"])
  console.log(line("quoted names in a paraphrase (titles, programmes, slogans)", quotedNames));
if (args.show) for (const m of misses) console.log(m);
else if (misses.length > 0)
  console.log(`  ${misses.length} strict misses among named sources (--show lists them)`);
if (args.split === "dev" && args.show)
  console.error("note: dev is the reporting split; read its errors only to describe them.");
void fail;
