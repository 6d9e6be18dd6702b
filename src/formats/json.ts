/**
 * Reads chronoline's own JSON (the {@link TimelineInput} schema, or a bare array of events).
 * Events are passed on as written — `createTimeline` validates them — but the document's shape
 * is checked here so problems are reported with their JSON path, and a syntax error with its
 * line and column.
 */
import type { EventInput, TimelineInput } from "../model/types.js";
import { DOCUMENT_FIELDS } from "../model/timeline.js";
import { findJsonError } from "./json-syntax.js";
import { lineColumn, pathKey } from "./position.js";
import type { DateSite, ReadResult } from "./read-result.js";
import type { Reporter } from "./report.js";

/** Top-level keys of the JSON schema (`$schema` is allowed and ignored). */
const DOCUMENT_KEYS = new Set(DOCUMENT_FIELDS);

/**
 * Parses JSON text, throwing a `parse-error` ChronolineError with the line and column of the first
 * syntax error (a leading BOM is allowed).
 *
 * @example
 * parseJsonText('{"events": []}', createReporter()); // → { events: [] }
 */
export function parseJsonText(text: string, report: Reporter): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    const found = findJsonError(body);
    const offset = found?.offset ?? body.length;
    return report.fatal("parse-error", `invalid JSON: ${found?.message ?? "the text is not valid JSON"}`, lineColumn(body, offset));
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function own(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/**
 * Reads chronoline's JSON into a raw TimelineInput, with the JSON path of every date.
 *
 * @example
 * readJson('{"events": [{"title": "Trust Act", "start": "2017"}]}', createReporter()).input.events[0].start;
 * // → "2017"
 */
export function readJson(text: string, report: Reporter): ReadResult {
  const data = parseJsonText(text, report);
  return readJsonValue(data, report);
}

/**
 * Same as {@link readJson} for an already parsed value.
 *
 * @example
 * readJsonValue([{ title: "A", start: "2017" }], createReporter()).input; // → { events: [{ title: "A", start: "2017" }] }
 */
export function readJsonValue(data: unknown, report: Reporter): ReadResult {
  const doc: Record<string, unknown> = Array.isArray(data) ? { events: data } : isObject(data) ? data : {};
  if (!Array.isArray(data) && !isObject(data)) {
    report.fatal("parse-error", "the JSON must be an object {\"events\": [...]} or an array of events", { path: "$" });
  }
  const prefix = Array.isArray(data) ? "$" : "$.events";
  const events = own(doc, "events");
  if (!Array.isArray(events)) {
    report.fatal("parse-error", `'events' must be a list of events, got ${events === undefined ? "nothing" : typeof events}`, {
      path: "$.events",
    });
  }
  for (const key of Object.keys(doc)) {
    if (!Array.isArray(data) && !DOCUMENT_KEYS.has(key)) {
      report.warn("unknown-field", `'${key}' is not part of the format and was ignored`, { path: `$${pathKey(key)}` });
    }
  }
  const input: TimelineInput = { events: events as EventInput[] };
  for (const key of ["title", "description", "groups", "eras", "referenceDate", "timeZone", "locale"] as const) {
    const value = own(doc, key);
    if (value !== undefined) (input as unknown as Record<string, unknown>)[key] = value;
  }

  const dates: DateSite[] = [];
  const site = (value: unknown, path: string, field: string, owner: DateSite["owner"]) => {
    if (value !== undefined && value !== null && value !== "") {
      dates.push({ value: value as DateSite["value"], at: { path }, field, owner });
    }
  };
  events.forEach((event: unknown, index: number) => {
    if (!isObject(event)) return;
    const owner = { kind: "event", index } as const;
    const at = `${prefix}[${index}]`;
    site(own(event, "start"), `${at}.start`, "start", owner);
    site(own(event, "end"), `${at}.end`, "end", owner);
    const sources = own(event, "sources");
    if (Array.isArray(sources)) {
      sources.forEach((source: unknown, s: number) => {
        if (isObject(source)) site(own(source, "date"), `${at}.sources[${s}].date`, `sources[${s}].date`, owner);
      });
    }
  });
  const eras = own(doc, "eras");
  if (Array.isArray(eras)) {
    eras.forEach((era: unknown, index: number) => {
      if (!isObject(era)) return;
      const owner = { kind: "era", index } as const;
      site(own(era, "start"), `$.eras[${index}].start`, `eras[${index}].start`, owner);
      site(own(era, "end"), `$.eras[${index}].end`, `eras[${index}].end`, owner);
    });
  }
  site(own(doc, "referenceDate"), "$.referenceDate", "referenceDate", { kind: "document", index: 0 });
  return own(doc, "timeZone") !== undefined ? { input, dates, timeZoneAt: { path: "$.timeZone" } } : { input, dates };
}
