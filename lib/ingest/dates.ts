/**
 * Dates as pages state them, turned into YYYY-MM-DD. Only a date written out in full is read (ISO, or a month
 * name with day and year); anything else is null, because a guessed date would be shown as fact.
 */
const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar date an ISO timestamp starts with. "2018-09-29T01:30:00+03:00" is the 29th: the date the
 * publisher wrote, not the UTC date it converts to.
 */
export function isoDatePrefix(value: string | null | undefined): string | null {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/);
  if (!match) return null;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function monthNumber(word: string): number | null {
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  return index < 0 ? null : index + 1;
}

/** "September 30, 2018", "Sept. 30, 2018", "30 September 2018" → 2018-09-30; anything else → null. */
export function writtenDate(value: string | null | undefined): string | null {
  const text = value?.trim() ?? "";
  const iso = isoDatePrefix(text);
  if (iso) return iso;
  const monthFirst = text.match(
    /^(?:[A-Z][a-z]+,?\s+)?([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b/,
  );
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] ?? "");
    return month ? calendarDate(Number(monthFirst[3]), month, Number(monthFirst[2])) : null;
  }
  const dayFirst = text.match(
    /^(?:[A-Z][a-z]+,?\s+)?(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/,
  );
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] ?? "");
    return month ? calendarDate(Number(dayFirst[3]), month, Number(dayFirst[1])) : null;
  }
  return null;
}
