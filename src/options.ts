import type { ErrorCode } from "./errors.js";
import { errorAt, invalidOption, messages } from "./errors.js";
import type { DateInput } from "./model/types.js";

/** How createTimeline reacts to a bad event. */
export type ErrorMode = "throw" | "collect";

/** Options of {@link createTimeline}. Every field is optional; defaults are in {@link DEFAULT_TIMELINE_OPTIONS}. */
export interface TimelineOptions {
  /**
   * IANA zone in which dates without an offset are read (`"2025-01-20"` is that day's local
   * midnight to midnight). Default `"UTC"`, or the zone the input document carries.
   */
  timeZone?: string;
  /**
   * The date relative expressions ("Sunday", "yesterday", "recently") resolve against, e.g. an
   * article's dateline. No default: without it relative dates are an error, never the clock.
   */
  referenceDate?: DateInput;
  /** BCP-47 locale for display formats. Default `"en-US"`. */
  locale?: string;
  /**
   * `"throw"` (default): the first bad event throws a {@link ChronolineError}.
   * `"collect"`: every valid event is kept and every problem is returned in `diagnostics`.
   */
  errors?: ErrorMode;
}

/** The normalised form of {@link TimelineOptions}. */
export interface NormalisedTimelineOptions {
  readonly timeZone: string | undefined;
  readonly referenceDate: DateInput | undefined;
  readonly locale: string | undefined;
  readonly errors: ErrorMode;
}

/** Defaults applied when neither the options nor the input document say otherwise. */
export const DEFAULT_TIMELINE_OPTIONS = Object.freeze({
  timeZone: "UTC",
  locale: "en-US",
  errors: "throw" as ErrorMode,
});

/** Checks and normalises timeline options once, at the boundary. Never mutates its argument. */
export function normaliseTimelineOptions(given: TimelineOptions | undefined): NormalisedTimelineOptions {
  const options = given ?? {};
  if (typeof options !== "object") {
    throw errorAt("invalid-option", {}, messages.invalidOption("options", "an object", options), options);
  }
  const errors = options.errors ?? DEFAULT_TIMELINE_OPTIONS.errors;
  if (errors !== "throw" && errors !== "collect") {
    invalidOption("errors", "'throw' or 'collect'", errors);
  }
  const timeZone = optionalString(options.timeZone, "timeZone");
  const locale = optionalString(options.locale, "locale");
  if (locale !== undefined) checkLocale(locale);
  return { timeZone, referenceDate: options.referenceDate, locale, errors };
}

/**
 * A setting given as text: trimmed, or undefined when absent. Blank text or another type is an
 * `invalid-option` error (or `code`, for settings a document carries).
 */
export function optionalString(value: unknown, name: string, code: ErrorCode = "invalid-option"): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    throw errorAt(code, { field: name }, (code === "invalid-option" ? "option " : "") + messages.wrongType(name, "a non-empty string", value), value);
  }
  return value.trim();
}

const checkedLocales = new Set<string>();

/**
 * Rejects locale tags Intl does not understand, so formatting never fails later, and returns the
 * tag (each one is checked once). Throws `invalid-option`.
 *
 * @example
 * checkLocale("de-DE"); // → "de-DE"
 */
export function checkLocale(locale: string): string {
  if (!checkedLocales.has(locale)) {
    try {
      if (typeof locale !== "string" || Intl.getCanonicalLocales(locale).length !== 1) throw new RangeError();
    } catch {
      invalidOption("locale", "a BCP-47 locale such as 'en-US'", locale);
    }
    checkedLocales.add(locale);
  }
  return locale;
}
