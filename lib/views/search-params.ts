import { z } from "zod";

/** What Next.js passes as `searchParams`: each key may be absent, a string or repeated. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Longest value we accept for any parameter; longer ones are ignored with a note. */
export const MAX_PARAM_LENGTH = 80;

const rawValue = z.union([z.string(), z.array(z.string())]).optional();

/**
 * Read one parameter: the first of repeated keys, trimmed; empty, over-long or
 * malformed values become undefined, each with a note for the reader.
 */
export function readParam(raw: RawSearchParams, key: string, notes: string[]): string | undefined {
  const parsed = rawValue.safeParse(raw[key]);
  if (!parsed.success || parsed.data === undefined) return undefined;
  const values = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  if (values.length > 1)
    notes.push(`“${key}” was given ${values.length} times; the first value was used.`);
  const value = (values[0] ?? "").trim();
  if (value.length === 0) return undefined;
  if (value.length > MAX_PARAM_LENGTH) {
    notes.push(`“${key}” was too long (${value.length} characters) and was ignored.`);
    return undefined;
  }
  return value;
}

/** A slug-shaped value, or undefined with a note. */
export function readSlugParam(
  raw: RawSearchParams,
  key: string,
  notes: string[],
): string | undefined {
  const value = readParam(raw, key, notes);
  if (value === undefined) return undefined;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
    notes.push(`“${key}=${value.slice(0, 40)}” is not a valid name and was ignored.`);
    return undefined;
  }
  return value;
}

/** "1"/"true"/"yes"/"on" → true; "0"/"false"/"no"/"off" → false; anything else → fallback. */
export function readFlagParam(
  raw: RawSearchParams,
  key: string,
  fallback: boolean,
  notes: string[],
): boolean {
  const value = readParam(raw, key, notes)?.toLowerCase();
  if (value === undefined) return fallback;
  if (["1", "true", "yes", "on"].includes(value)) return true;
  if (["0", "false", "no", "off"].includes(value)) return false;
  notes.push(`“${key}=${value.slice(0, 20)}” is not on/off; the default was used.`);
  return fallback;
}

/** Build a query string from defined values, in the given key order (stable links). */
export function toQuery(entries: [string, string | undefined | false][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** A request's query as Next.js hands pages their `searchParams` (repeated keys become arrays). */
export function fromSearchParams(params: URLSearchParams): RawSearchParams {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return raw;
}
