import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { type Analysis, SLUG } from "./classroom-helpers";

/**
 * Other outlets cited AS SOURCES inside an article: part of how the story was
 * reported, so they stay in the blind texts. Exact phrases from the article text.
 */
export const SOURCE_PHRASES = [
  { article: "us-site-wsj-relay", phrase: "told The Wall Street Journal" },
  {
    article: "press-tv",
    phrase: "The Wall Street Journal quoted a senior administration official",
  },
];

const storyDir = path.join(process.cwd(), "content", "stories", SLUG);
const outletFiles = fs
  .readdirSync(path.join(process.cwd(), "content", "outlets"))
  .filter((f) => f.endsWith(".md"));
export const outletProfiles = outletFiles.map((file) => {
  const { data } = matter(
    fs.readFileSync(path.join(process.cwd(), "content", "outlets", file), "utf8"),
  );
  return {
    slug: file.replace(/\.md$/, ""),
    name: String(data.name),
    aliases: (data.aliases as string[] | undefined) ?? [],
    domain: data.domain as string | undefined,
  };
});
const articleFiles = fs.readdirSync(storyDir).filter((f) => f.endsWith(".md") && f !== "story.md");
export const articleMeta = articleFiles.map((file) => ({
  slug: file.replace(/\.md$/, ""),
  ...matter(fs.readFileSync(path.join(storyDir, file), "utf8")),
}));

/** Everything that would identify an outlet: names, aliases, slugs, domains, URLs, bylines, dates. */
export function identifyingTerms(analysis: Analysis): string[] {
  const terms = new Set<string>();
  for (const o of outletProfiles) {
    [o.name, ...o.aliases, o.slug, o.domain].forEach((t) => t && terms.add(t));
  }
  for (const a of analysis.articles) {
    [a.outlet, a.id, a.outletSlug, a.published].forEach((t) => t && terms.add(t));
    for (const person of (a.byline ?? "").split(/;|\band\b|additional reporting by/i))
      if (person.trim().split(" ").length >= 2) terms.add(person.trim());
  }
  for (const a of articleMeta) if (typeof a.data.url === "string") terms.add(a.data.url);
  return [...terms];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Occurrences of identifying terms not inside a whitelisted source phrase; and which phrases were needed. */
export function scan(raw: string, terms: string[]) {
  const text = raw
    .replace(/<!-- -->/g, "")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;|\\"/g, '"')
    .replace(/&amp;/g, "&");
  const allowed: [number, number, string][] = [];
  for (const { phrase } of SOURCE_PHRASES) {
    for (const m of text.matchAll(new RegExp(escape(phrase), "g")))
      allowed.push([m.index, m.index + phrase.length, phrase]);
  }
  const leaks: string[] = [];
  const used = new Set<string>();
  for (const term of terms) {
    const pattern = new RegExp(
      `(?<![A-Za-z0-9])${escape(term).replace(/\s+/g, "\\s+")}(?![A-Za-z0-9])`,
      "gi",
    );
    for (const m of text.matchAll(pattern)) {
      const inside = allowed.find(
        ([start, end]) => m.index >= start && m.index + m[0].length <= end,
      );
      if (inside) used.add(inside[2]);
      else
        leaks.push(
          `${term}: …${text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40)}…`,
        );
    }
  }
  return { leaks, used };
}
