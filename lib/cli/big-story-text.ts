/**
 * A large story made from the project's own seed story, for tests and measurements of pages with
 * hundreds of outlets: each article is one seed article's paragraphs, partly shuffled, some dropped,
 * some borrowed from another seed article, reworded word by word. Everything comes from a seeded
 * PRNG, so the same options always give the same story. No evaluation text is used: only what the
 * project ships in content/.
 */

/** mulberry32: a small, fast, seeded PRNG (returns floats in [0, 1)). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
};

/** Fisher–Yates on a copy. */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Words an editor might swap for one another. Each entry's words replace each other; a match keeps
 * its capital. Only whole words are replaced, so names and quotes stay readable.
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ["said", "stated", "added"],
  ["announced", "declared", "disclosed"],
  ["close", "shut", "shutter"],
  ["threats", "dangers", "risks"],
  ["decision", "move", "step"],
  ["diplomats", "envoys", "diplomatic staff"],
  ["attack", "assault", "strike"],
  ["rejected", "dismissed", "denied"],
  ["weeks", "several weeks"],
  ["protesters", "demonstrators"],
  ["unrest", "turmoil", "disorder"],
  ["officials", "authorities"],
  ["warned", "cautioned"],
  ["blamed", "faulted"],
  ["near", "close to"],
  ["recent", "latest"],
  ["temporary", "interim"],
];

const SWAPS = new Map<string, readonly string[]>(
  SYNONYMS.flatMap((group) =>
    group.map((word) => [word, group.filter((other) => other !== word)] as const),
  ),
);
const WORD_PATTERN = new RegExp(`\\b(${[...SWAPS.keys()].join("|")})\\b`, "gi");

/** Replace each listed word with one of its alternatives, with probability `rate`. */
export function reword(random: Random, text: string, rate: number): string {
  return text.replace(WORD_PATTERN, (match) => {
    if (random() >= rate) return match;
    const options = SWAPS.get(match.toLowerCase());
    if (!options || options.length === 0) return match;
    const choice = pick(random, options);
    return match[0] === match[0]?.toUpperCase()
      ? `${choice[0]?.toUpperCase() ?? ""}${choice.slice(1)}`
      : choice;
  });
}

const PLACES = [
  "Northfield",
  "Riverside",
  "Lakeview",
  "Harbourtown",
  "Eastgate",
  "Westbrook",
  "Hillcrest",
  "Stonebridge",
  "Ashford",
  "Millbrook",
  "Fairhaven",
  "Oakridge",
  "Pinecrest",
  "Redcliff",
  "Silverton",
  "Brookfield",
  "Clearwater",
  "Elmstead",
  "Greenvale",
  "Kingsport",
] as const;
const MASTHEADS = [
  "Gazette",
  "Courier",
  "Herald",
  "Times",
  "Post",
  "Tribune",
  "Chronicle",
  "Observer",
  "Review",
  "Ledger",
  "Monitor",
  "Bulletin",
  "Dispatch",
  "Sentinel",
  "Radio",
] as const;

/** Up to 300 distinct invented outlet names (place × masthead), in a seeded order. */
export function outletNames(random: Random): string[] {
  const all = PLACES.flatMap((place) => MASTHEADS.map((masthead) => `${place} ${masthead}`));
  return shuffle(random, all);
}

export interface SeedArticle {
  /** An outlet slug from content/outlets (so the profile's type shows) or a name. */
  outlet: string;
  title: string | null;
  body: string;
}

export interface GeneratedArticle {
  file: string;
  outlet: string;
  title: string;
  published: string | null;
  body: string;
}

export interface BigStoryOptions {
  articles: number;
  seed: number;
  /** The story's date (YYYY-MM-DD): articles are dated from it to a week later. */
  date: string;
  /** Outlet slugs with a profile (content/outlets), used first; by default the seeds' own. */
  profiled?: readonly string[];
}

const paragraphsOf = (body: string): string[] =>
  body
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * `options.articles` articles varied from the seed articles: outlets with a profile first (by slug,
 * so their types show), then invented outlets with no profile.
 */
export function generateArticles(
  seeds: readonly SeedArticle[],
  options: BigStoryOptions,
): GeneratedArticle[] {
  if (seeds.length === 0) throw new Error("no seed articles");
  const random = prng(options.seed);
  const names = [...new Set(options.profiled ?? seeds.map((seed) => seed.outlet))];
  const invented = outletNames(random);
  if (options.articles > names.length + invented.length)
    throw new Error(`at most ${names.length + invented.length} articles (one per outlet)`);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < options.articles; i += 1) {
    const outlet = i < names.length ? (names[i] ?? "") : (invented[i - names.length] ?? "");
    const seed = seeds[i % seeds.length] as SeedArticle;
    const own = paragraphsOf(seed.body);
    // The opening stays in place (a lede is a lede); the rest is shuffled, thinned and mixed.
    const head = own.slice(0, 2);
    let rest = own.slice(2).filter(() => random() > 0.2);
    if (random() < 0.4) {
      const other = paragraphsOf(pick(random, seeds).body);
      rest = [...rest, ...shuffle(random, other).slice(0, 1 + Math.floor(random() * 3))];
    }
    const rate = 0.15 + random() * 0.35;
    const paragraphs = [...head, ...shuffle(random, rest)].map((p) => reword(random, p, rate));
    const title = reword(random, seed.title ?? paragraphs[0] ?? "Untitled", 0.5);
    out.push({
      file: `a${String(i + 1).padStart(3, "0")}.md`,
      outlet,
      title,
      // A tenth have no date, as with real captures.
      published: random() < 0.1 ? null : addDays(options.date, Math.floor(random() * 8)),
      body: [...new Set(paragraphs)].join("\n\n"),
    });
  }
  return out;
}
