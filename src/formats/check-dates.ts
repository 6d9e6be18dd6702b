/**
 * Checks every date a reader found with the model's own parser, so that a bad date is reported
 * where it was written (line and column, or JSON path) instead of by event number later. In
 * "collect" mode the event or era with a bad date is left out, as `createTimeline` would do.
 */
import { ChronolineError } from "../errors.js";
import { parseDate, parseDateRange } from "../model/parse-date.js";
import type { DateOptions } from "../model/parse-date.js";
import type { DateInput, TimelineInput } from "../model/types.js";
import type { ReadResult } from "./read-result.js";
import type { Reporter } from "./report.js";
import type { Location } from "./types.js";

/** Options that decide how dates are read while checking. */
export interface CheckDatesOptions {
  timeZone?: string | undefined;
  referenceDate?: DateInput | undefined;
  /** Added to relative-date errors: how this format gives a reference date. */
  referenceHint?: string | undefined;
  /** Where to report problems with options that have no place in the text. Default line 1. */
  documentAt?: Location | undefined;
}

function attempt(
  report: Reporter,
  at: ReadResult["dates"][number]["at"],
  field: string,
  index: number | undefined,
  run: () => void,
  hint?: string,
  eventId?: string,
): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (!(error instanceof ChronolineError)) throw error;
    const context = index === undefined ? { field } : eventId === undefined ? { field, index } : { field, index, eventId };
    const extra = error.code === "relative-without-reference" && hint ? ` (${hint})` : "";
    // Name the event as createTimeline would, so the message says which event wherever it is read.
    const who = eventId === undefined ? "" : `event '${eventId}': `;
    report.error(error.code, `${who}${field} ${error.message}${extra}`, at, context);
    return false;
  }
}

/**
 * Parses every date of a read document; returns the document without the items whose dates
 * failed (only possible in "collect" mode — in "throw" mode the first failure throws).
 *
 * @example
 * checkDates(readText("Jna 20, 2025: x", report), {}, report); // throws invalid-date at line 1, column 1
 */
export function checkDates(read: ReadResult, options: CheckDatesOptions, report: Reporter): TimelineInput {
  const input = read.input;
  const timeZone = options.timeZone ?? (typeof input.timeZone === "string" ? input.timeZone.trim() : undefined);
  const dateOptions: DateOptions = { diagnostics: [] };
  if (timeZone !== undefined && timeZone !== "") dateOptions.timeZone = timeZone;
  let result: TimelineInput = input;
  const documentAt = options.documentAt ?? { line: 1 };
  const zoneOk = attempt(report, (options.timeZone === undefined ? read.timeZoneAt : undefined) ?? documentAt, "timeZone", undefined, () => parseDate("2000", dateOptions));
  if (!zoneOk) {
    // Nothing else can be checked without a zone; createTimeline will report the zone again.
    return result;
  }
  const reference = options.referenceDate ?? input.referenceDate;
  if (reference !== undefined && reference !== null && reference !== "") {
    const site = read.dates.find((d) => d.owner.kind === "document");
    const at = options.referenceDate === undefined && site ? site.at : documentAt;
    const ok = attempt(report, at, "referenceDate", undefined, () => {
      dateOptions.referenceDate = parseDate(reference, dateOptions);
    });
    if (!ok && options.referenceDate === undefined) {
      result = { ...result };
      delete result.referenceDate;
    }
  }
  // Documents repeat the same dates (a source's date on every event): each text is parsed once.
  const good = new Set<string>();
  const badEvents = new Set<number>();
  const badEras = new Set<number>();
  for (const site of read.dates) {
    if (site.owner.kind === "document") continue;
    const bad = site.owner.kind === "event" ? badEvents : badEras;
    if (bad.has(site.owner.index)) continue;
    const key = typeof site.value === "string" ? `${site.field === "start" ? "s" : "d"}${site.value}` : undefined;
    if (key !== undefined && good.has(key)) continue;
    const index = site.owner.kind === "event" ? site.owner.index : undefined;
    const rawId = index === undefined ? undefined : (input.events[index] as { id?: unknown } | undefined)?.id;
    const eventId = typeof rawId === "string" && rawId.trim() !== "" ? rawId.trim() : undefined;
    const ok = attempt(
      report,
      site.at,
      site.field,
      index,
      () => {
        if (site.field === "start" && parseDateRange(site.value, dateOptions) !== null) return;
        parseDate(site.value, dateOptions);
      },
      options.referenceHint,
      eventId,
    );
    if (!ok) bad.add(site.owner.index);
    else if (key !== undefined) good.add(key);
  }
  if (badEvents.size > 0) result = { ...result, events: result.events.filter((_, i) => !badEvents.has(i)) };
  if (badEras.size > 0 && result.eras) result = { ...result, eras: result.eras.filter((_, i) => !badEras.has(i)) };
  return result;
}
