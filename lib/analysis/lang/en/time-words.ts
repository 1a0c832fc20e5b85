/** Source: written here. */

/** The days of the week, lower case, in order. */
export const WEEKDAY_NAMES: readonly string[] = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
];

/** Days named relative to the story's date: outlets date the same fact differently. */
export const RELATIVE_DAYS: readonly string[] = [
  ...WEEKDAY_NAMES,
  "today",
  "yesterday",
  "tonight",
  "earlier",
  "later",
];

/** Units of the calendar: "a week ago", "this month". */
export const CALENDAR_UNITS: readonly string[] = [
  "hour",
  "day",
  "week",
  "weekend",
  "month",
  "year",
];

/** Nouns and day words that head a time phrase: "this month", "on Tuesday", "last night". */
export const TIME_NOUNS: readonly string[] = [
  ...RELATIVE_DAYS,
  ...CALENDAR_UNITS,
  "morning",
  "afternoon",
  "evening",
  "night",
];

/** Time words between a subject and its verb ("The White House earlier this month blamed …"). */
export const ADVERBIAL_TIME_WORDS: ReadonlySet<string> = new Set([
  ...TIME_NOUNS,
  "this",
  "last",
  "next",
  "also",
  "then",
  "now",
  "recently",
  "previously",
  "once",
  "again",
]);

/** Words of time phrases set off by commas before a speaker ("last week, …", "on Monday, …"). */
export const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set([
  ...RELATIVE_DAYS,
  "last",
  "late",
  "early",
  "week",
  "night",
  "morning",
  "afternoon",
  "evening",
  "on",
  "at",
  "this",
  "then",
  "once",
  "again",
  "recently",
  "previously",
]);

/** The days of the week, as a set. */
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
