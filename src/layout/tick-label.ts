/**
 * Tick label text. One function, {@link labelTick}, wraps the model's `formatTick` and adds the
 * year for context (the first tick after a break must say which year it is).
 */

import { formatTick } from "../model/format-date.js";
import type { Precision } from "../model/precision.js";
import { comparePrecision } from "../model/precision.js";

/** Options for tick labels. */
export interface TickLabelOptions {
  /** BCP-47 locale. */
  readonly locale: string;
  /** IANA zone the calendar fields are read in. */
  readonly timeZone: string;
  /** Add the year to a label finer than a year. Default false. */
  readonly withYear?: boolean;
}

/**
 * The label of an axis tick at `ms` showing fields down to `precision`, read in `timeZone`.
 *
 * @example
 * ```ts
 * labelTick(Date.UTC(2025, 0, 20), "day", { locale: "en-US", timeZone: "UTC" }); // → "Jan 20"
 * labelTick(Date.UTC(2025, 0, 20), "day", { locale: "en-US", timeZone: "UTC", withYear: true }); // → "Jan 20, 2025"
 * labelTick(Date.UTC(2025, 0, 1), "year", { locale: "en-US", timeZone: "UTC" }); // → "2025"
 * ```
 */
export function labelTick(ms: number, precision: Precision, options: TickLabelOptions): string {
  return formatTick(ms, precision, { locale: options.locale, timeZone: options.timeZone, withYear: options.withYear === true && comparePrecision(precision, "year") > 0 });
}
