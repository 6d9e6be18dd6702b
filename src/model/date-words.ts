/**
 * English words the date parser understands: month and weekday names (with the usual
 * abbreviations), number words, era markers and ordinal suffixes. Lookups take lower-case text.
 */

/** English month names, January first (used in error messages). */
export const MONTH_NAMES: readonly string[] = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** English weekday names, Monday first (ISO order). */
export const WEEKDAY_NAMES: readonly string[] = [
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];

/**
 * Lower-case name → number (1-based): each full name and its three-letter abbreviation, plus the
 * longer abbreviations in `extra`.
 */
function nameTable(names: readonly string[], extra: Readonly<Record<string, number>>): Map<string, number> {
  const table = new Map(Object.entries(extra));
  names.forEach((name, i) => {
    const word = name.toLowerCase();
    table.set(word, i + 1).set(word.slice(0, 3), i + 1);
  });
  return table;
}

const MONTHS = nameTable(MONTH_NAMES, { sept: 9 });
const WEEKDAYS = nameTable(WEEKDAY_NAMES, { tues: 2, thur: 4, thurs: 4 });
// "a", "an" and "one" all count 1; from "two" on the list position gives the number.
const NUMBERS = new Map(
  ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].map(
    (word, i) => [word, Math.max(i - 1, 1)],
  ),
);

function lookup(table: ReadonlyMap<string, number>, word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return table.get(word.endsWith(".") ? word.slice(0, -1) : word);
}

/**
 * Month number (1–12) of a lower-case month name or abbreviation (`"jan"`, `"sept."`).
 *
 * @example
 * monthOf("sept."); // → 9
 */
export function monthOf(word: string | undefined): number | undefined {
  return lookup(MONTHS, word);
}

/**
 * ISO weekday (1 = Monday … 7 = Sunday) of a lower-case weekday name or abbreviation.
 *
 * @example
 * weekdayOf("sun"); // → 7
 */
export function weekdayOf(word: string | undefined): number | undefined {
  return lookup(WEEKDAYS, word);
}

/**
 * A small count written as digits or as a word (`"two"`, `"a"`), else undefined.
 *
 * @example
 * countOf("three"); // → 3
 */
export function countOf(word: string): number | undefined {
  if (/^\d{1,4}$/.test(word)) return Number(word);
  return lookup(NUMBERS, word);
}

/** Era markers, lower case, dots allowed: `bc`, `bce`, `b.c.`, `ad`, `ce`, `a.d.`. */
export const ERA_PATTERN = "bce?|b\\.c\\.(?:e\\.)?|ad|ce|a\\.d\\.|c\\.e\\.";

/**
 * True when a lower-case era marker means "before the common era".
 *
 * @example
 * isBceMarker("b.c."); // → true
 */
export function isBceMarker(era: string): boolean {
  return era.charCodeAt(0) === 98; /* b */
}

/**
 * English ordinal suffix of a positive integer: 1 → "st", 12 → "th", 22 → "nd".
 *
 * @example
 * ordinalSuffix(19); // → "th"
 */
export function ordinalSuffix(n: number): string {
  // By the last digit (1st, 22nd, 103rd), except 11th–13th of every hundred.
  const tens = n % 100;
  return tens >= 11 && tens <= 13 ? "th" : SUFFIXES[n % 10] ?? "th";
}

const SUFFIXES = ["th", "st", "nd", "rd"];
