/**
 * Proleptic Gregorian calendar arithmetic on plain numbers, valid for every year (BCE and deep
 * time included). Years are astronomical: 0 = 1 BC, -43 = 44 BC.
 *
 * `Date.UTC` is avoided on purpose: it maps years 0–99 to 1900–1999. Everything here counts days
 * from 1970-01-01 with Howard Hinnant's days-from-civil algorithm, which is exact for negative years.
 */

/** Milliseconds in a day (calendar days in UTC / wall-clock time have no leap seconds). */
export const DAY_MS = 86_400_000;
/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;

/** A calendar day: astronomical year, month 1–12, day 1–31. */
export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/**
 * Days from 1970-01-01 to the given calendar day (negative before it).
 *
 * @example
 * daysFromCivil(1970, 1, 1); // → 0
 * daysFromCivil(-43, 3, 15); // the Ides of March, 44 BC
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The calendar day `days` after 1970-01-01 (inverse of {@link daysFromCivil}).
 *
 * @example
 * civilFromDays(0); // → { year: 1970, month: 1, day: 1 }
 */
export function civilFromDays(days: number): CivilDay {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Wall-clock fields as milliseconds on a zone-less clock (the same number as an instant in UTC).
 *
 * @example
 * wallMs(50, 1, 1); // year 50, not 1950
 */
export function wallMs(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  return daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000 + ms;
}

/** Wall-clock fields of a zone-less millisecond count (inverse of {@link wallMs}). */
export interface WallFields extends CivilDay {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * Splits a zone-less millisecond count into calendar and clock fields.
 *
 * @example
 * wallFields(0); // → { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 }
 */
export function wallFields(ms: number): WallFields {
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const hour = Math.floor(rest / HOUR_MS);
  rest -= hour * HOUR_MS;
  const minute = Math.floor(rest / MINUTE_MS);
  rest -= minute * MINUTE_MS;
  const second = Math.floor(rest / 1000);
  return { ...civilFromDays(days), hour, minute, second, millisecond: rest - second * 1000 };
}

/**
 * True for Gregorian leap years (astronomical numbering, so year 0 = 1 BC is a leap year).
 *
 * @example
 * isLeapYear(2024); // → true
 */
export function isLeapYear(year: number): boolean {
  return daysInMonth(year, 2) === 29;
}

/**
 * Number of days in a month (1–12).
 *
 * @example
 * daysInMonth(2023, 2); // → 28
 */
export function daysInMonth(year: number, month: number): number {
  // Month 13 counts as January of the next year (the algorithm counts from March).
  return daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1);
}

/**
 * ISO weekday of a day count: 1 = Monday … 7 = Sunday.
 *
 * @example
 * isoWeekday(0); // → 4 (1970-01-01 was a Thursday)
 */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/**
 * Day count of the Monday that starts ISO week 1 of `isoYear` (the week containing 4 January).
 *
 * @example
 * civilFromDays(isoWeekOneMonday(2025)); // → { year: 2024, month: 12, day: 30 }
 */
export function isoWeekOneMonday(isoYear: number): number {
  const jan4 = daysFromCivil(isoYear, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1);
}

/**
 * ISO week-numbering year and week of a day count.
 *
 * @example
 * isoWeekOf(daysFromCivil(2025, 1, 20)); // → { year: 2025, week: 4 }
 */
export function isoWeekOf(days: number): { year: number; week: number } {
  let year = civilFromDays(days).year;
  if (days >= isoWeekOneMonday(year + 1)) year += 1;
  else if (days < isoWeekOneMonday(year)) year -= 1;
  return { year, week: Math.floor((days - isoWeekOneMonday(year)) / 7) + 1 };
}
