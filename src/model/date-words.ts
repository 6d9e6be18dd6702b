/**
 * English words the date parser understands: month and weekday names (with the usual
 * abbreviations), number words, era markers and ordinal suffixes. Lookups take lower-case text.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAYS: Readonly<Record<string, number>> = {
  mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3, thu: 4, thur: 4, thurs: 4,
  thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6, sun: 7, sunday: 7,
};

const NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12,
};

/** English weekday names, Monday first (ISO order). */
export const WEEKDAY_NAMES: readonly string[] = [
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];

function lookup(table: Readonly<Record<string, number>>, word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const key = word.endsWith(".") ? word.slice(0, -1) : word;
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
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
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return "th";
  const ones = n % 10;
  return ones === 1 ? "st" : ones === 2 ? "nd" : ones === 3 ? "rd" : "th";
}
