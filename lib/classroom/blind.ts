import type { ArticleAnalysis } from "@/lib/analysis";
import { letterFor, seededShuffle } from "./seed";

/**
 * Blind reading: every outlet becomes "Outlet A, B, C…" and every trace of
 * who published what is taken out on the server, before any HTML is made.
 * Only an outlet's references to ITSELF are redacted; other outlets named
 * as sources ("told The Wall Street Journal") stay, as part of the reporting.
 */

/** The names an outlet goes by (a profile, or just the plain name an article gives). */
export interface OutletNames {
  name: string;
  aliases: string[];
  domain: string | null;
}

export type ProvenanceKind = "original" | "reprint" | "wire" | "relay";

/** What blinding needs to know about one article. */
export interface BlindSource {
  article: ArticleAnalysis;
  /** The outlet's profile, or null for an outlet known only by name. */
  profile: OutletNames | null;
  url: string | null;
  provenance: { kind: ProvenanceKind; source: OutletNames | null };
}

export interface BlindOutlet {
  id: string;
  letter: string;
  /** "Outlet A". */
  label: string;
}

/** Something the blind view hid, listed in the reveal so students see what gave outlets away. */
export interface HiddenTrace {
  kind: "name" | "source-name" | "byline" | "url" | "date" | "dateline" | "chrome";
  detail: string;
}

interface Rule {
  pattern: RegExp;
  replacement: string;
  kind: "name" | "source-name" | "byline";
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A term as a regex: any run of spaces matches, either apostrophe matches, whole words only. */
function termPattern(term: string): string {
  const body = escapeRegExp(term.trim()).replace(/\s+/g, "\\s+").replace(/['’]/g, "['’]");
  return `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
}

/** A bare domain, also inside a full URL ("https://www.presstv.ir/Detail/…"). */
function domainPattern(domain: string): string {
  const host = escapeRegExp(domain.replace(/^www\./i, ""));
  return `(?<![\\p{L}\\p{N}./])(?:https?:\\/\\/)?(?:www\\.)?${host}(?![\\p{L}\\p{N}])(?:\\/[^\\s"”)>]*[^\\s"”)>.,;:!?])?\\/?`;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./i, "");
  } catch {
    return null;
  }
}

/**
 * People named in a byline ("Phil Stewart and Lesley Wroughton; additional
 * reporting by Epoch Times staff" → the two names and the staff credit).
 * Single words are skipped: "Staff" alone would redact ordinary text.
 */
export function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .split(/;|,|\band\b|&|\bwith\b|\bby\b|additional reporting|reporting|editing|writing/i)
    .map((part) => part.replace(/^[\s.:-]+|[\s.:-]+$/g, ""))
    .filter((part) => part.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(part));
}

function uniqueTerms(terms: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const term of terms) {
    const trimmed = term?.trim();
    if (!trimmed || trimmed.length < 2 || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    out.push(trimmed);
  }
  // Longest first, so "Press TV's" wins over "Press TV" and "Epoch Times staff" over "Epoch Times".
  return out.sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** Names an article could use for its own outlet. */
export function selfNames(source: BlindSource): string[] {
  const { article, profile } = source;
  return uniqueTerms([article.outlet, profile?.name, ...(profile?.aliases ?? [])]);
}

/**
 * For a reprint or wire copy the text IS the source's text, so the source's
 * name in it is a self-reference too; a relay cites its source, which stays.
 */
function sourceNames(source: BlindSource): OutletNames | null {
  const { kind, source: names } = source.provenance;
  return kind === "reprint" || kind === "wire" ? names : null;
}

function rulesFor(source: BlindSource, label: string): Rule[] {
  const rules: Rule[] = [];
  const add = (
    terms: string[],
    replacement: string,
    kind: Rule["kind"],
    domains: (string | null)[],
  ) => {
    const patterns = [
      ...domains.filter((d): d is string => Boolean(d)).map(domainPattern),
      ...terms.map(termPattern),
    ];
    if (patterns.length > 0)
      rules.push({ pattern: new RegExp(patterns.join("|"), "giu"), replacement, kind });
  };
  add(selfNames(source), `[${label}]`, "name", [
    source.profile?.domain ?? null,
    hostOf(source.url),
  ]);
  const upstream = sourceNames(source);
  if (upstream) {
    add(uniqueTerms([upstream.name, ...upstream.aliases]), `[${label}’s source]`, "source-name", [
      upstream.domain,
    ]);
  }
  const self = new Set(selfNames(source).map((n) => n.toLowerCase()));
  const people = bylineNames(source.article.byline).filter((name) => !self.has(name.toLowerCase()));
  add(uniqueTerms(people), `[${label}’s reporter]`, "byline", []);
  return rules;
}

/**
 * A dateline at the very start of a text: "WASHINGTON—", "WASHINGTON/NEW YORK—",
 * "BASRA, Iraq (Reuters) - ". Capitals, then a dash; never ordinary prose.
 */
const DATELINE =
  /^\s*[A-Z][A-Z.'’]*(?:[ /][A-Z][A-Z.'’]*)*(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?(?:\s*\([^()\n]{1,40}\))?(?:\s*[—–]\s*|\s+-{1,2}\s+)/;

/** The dateline a text starts with, or "". */
export function datelineOf(text: string): string {
  const match = DATELINE.exec(text);
  // A dateline is short; a long capitalised run is a headline-style sentence, not a dateline.
  return match && match[0].trim().length <= 60 ? match[0] : "";
}

export interface Blinding {
  seed: string | null;
  /** Outlets in letter order. */
  outlets: BlindOutlet[];
  label(id: string): string;
  letter(id: string): string;
  /** Replace the article's references to itself (and its own byline) with "[Outlet B]". */
  redact(id: string, text: string): string;
  /** Redact, and drop a dateline when the text is the start of the article. */
  excerpt(id: string, text: string, atStart: boolean): string;
  /** Outlet names in teacher-written text → "Outlet B" (for story questions). */
  lettersFor(text: string): string;
  /** What the blind view hid for an article. */
  hidden(id: string): HiddenTrace[];
}

/** Blind a story's articles in the order the seed fixes. */
export function createBlinding(sources: BlindSource[], seed: string | null): Blinding {
  const order = seededShuffle(
    sources.map((s) => s.article.id),
    seed,
  );
  const outlets: BlindOutlet[] = order.map((id, i) => ({
    id,
    letter: letterFor(i),
    label: `Outlet ${letterFor(i)}`,
  }));
  const byId = new Map(outlets.map((o) => [o.id, o]));
  const sourceById = new Map(sources.map((s) => [s.article.id, s]));
  const rules = new Map(
    sources.map((s) => [s.article.id, rulesFor(s, byId.get(s.article.id)?.label ?? "Outlet ?")]),
  );

  const label = (id: string) => byId.get(id)?.label ?? "An outlet";
  const redact = (id: string, text: string): string => {
    let out = text;
    for (const rule of rules.get(id) ?? []) out = out.replace(rule.pattern, rule.replacement);
    return out;
  };

  // Teacher-written text may name any outlet of the story: each name becomes its letter.
  const mentionRules = sources
    .flatMap((s) => selfNames(s).map((name) => ({ name, label: label(s.article.id) })))
    .sort((a, b) => b.name.length - a.name.length);

  return {
    seed,
    outlets,
    label,
    letter: (id) => byId.get(id)?.letter ?? "?",
    redact,
    excerpt: (id, text, atStart) => {
      const dateline = atStart ? datelineOf(text) : "";
      return redact(id, text.slice(dateline.length));
    },
    lettersFor: (text) =>
      mentionRules.reduce(
        (out, rule) => out.replace(new RegExp(termPattern(rule.name), "giu"), rule.label),
        text,
      ),
    hidden: (id) => {
      const source = sourceById.get(id);
      if (!source) return [];
      const { article } = source;
      const traces: HiddenTrace[] = [];
      const dateline = datelineOf(article.text).trim();
      if (dateline) traces.push({ kind: "dateline", detail: `the dateline “${dateline}”` });
      for (const rule of rules.get(id) ?? []) {
        const found = [...`${article.title ?? ""}\n${article.text}`.matchAll(rule.pattern)].map(
          (m) => m[0],
        );
        for (const text of uniqueTerms(found)) {
          const count = found.filter((f) => f.toLowerCase() === text.toLowerCase()).length;
          traces.push({
            kind: rule.kind,
            detail: `“${text}” in the text${count > 1 ? ` (${count} times)` : ""}`,
          });
        }
      }
      if (article.byline) traces.push({ kind: "byline", detail: `the byline “${article.byline}”` });
      if (article.published)
        traces.push({ kind: "date", detail: `the publication date (${article.published})` });
      if (source.url) traces.push({ kind: "url", detail: "the web address" });
      if (article.removed.length > 0) {
        traces.push({
          kind: "chrome",
          detail: `${article.removed.length} piece${article.removed.length === 1 ? "" : "s"} of page chrome (menus, captions, promotions, date lines)`,
        });
      }
      return traces;
    },
  };
}
