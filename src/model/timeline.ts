import type { Diagnostic } from "../errors.js";
import { ChronolineError, eventLabel, inContext, messages } from "../errors.js";
import type { TimelineOptions } from "../options.js";
import { DEFAULT_TIMELINE_OPTIONS, checkLocale, normaliseTimelineOptions } from "../options.js";
import { normaliseEvent, unknownEventFields } from "./event.js";
import type { DateOptions } from "./parse-date.js";
import { parseDate } from "./parse-date.js";
import type { TimePoint } from "./timepoint.js";
import type {
  Era,
  EventInput,
  Extent,
  GroupInput,
  Timeline,
  TimelineEvent,
  TimelineGroup,
  TimelineInput,
} from "./types.js";

/**
 * Builds the model: validates and normalises every event, parses its dates at their precision,
 * sorts events stably by (start, end, id), orders groups (declared first, then first seen) and
 * computes the extent. The input is never mutated.
 *
 * Options passed here win over settings the document carries (`timeZone`, `referenceDate`,
 * `locale`); defaults: `timeZone: "UTC"`, `locale: "en-US"`, `errors: "throw"`.
 *
 * @throws {@link ChronolineError} on the first bad event (with `errors: "throw"`), or for a
 *   bad document or option (always).
 * @example
 * ```ts
 * const timeline = createTimeline(
 *   { events: [
 *     { id: "trust-act", title: "Illinois passes the Trust Act", start: "2017" },
 *     { id: "johnson", title: "Mayor Johnson's post", start: "Sunday" },
 *   ] },
 *   { referenceDate: "2025-01-29", timeZone: "America/Chicago" },
 * );
 * timeline.events[1].start.precision; // "day" (2025-01-26, the Sunday before the dateline)
 * ```
 */
export function createTimeline(input: TimelineInput | readonly EventInput[], options?: TimelineOptions): Timeline {
  const opts = normaliseTimelineOptions(options);
  const doc = readDocument(input);
  const diagnostics: Diagnostic[] = doc.diagnostics ? [...doc.diagnostics] : [];
  // With errors: "collect" a bad event, relation or era becomes a diagnostic; otherwise it throws.
  const report = (error: unknown): void => {
    if (opts.errors === "collect" && error instanceof ChronolineError) diagnostics.push(error.toDiagnostic());
    else throw error;
  };

  const timeZone = opts.timeZone ?? documentString(doc, "timeZone") ?? DEFAULT_TIMELINE_OPTIONS.timeZone;
  const locale = opts.locale ?? documentString(doc, "locale") ?? DEFAULT_TIMELINE_OPTIONS.locale;
  checkLocale(locale);
  const dateOptions: DateOptions = { timeZone, diagnostics };
  const rawReference = opts.referenceDate ?? doc.referenceDate;
  let referenceDate: TimePoint | undefined;
  if (rawReference !== undefined && rawReference !== null && rawReference !== "") {
    referenceDate = parseOption("referenceDate", () => parseDate(rawReference, dateOptions));
    dateOptions.referenceDate = referenceDate;
  } else {
    // Validates the zone even when no date needs it, so a typo fails here and not in a renderer.
    parseOption("timeZone", () => parseDate("2000", dateOptions));
  }

  const events: TimelineEvent[] = [];
  const firstIndexById = new Map<string, number>();
  doc.events.forEach((raw, index) => {
    let event: TimelineEvent;
    try {
      event = normaliseEvent(raw, index, dateOptions);
      const first = firstIndexById.get(event.id);
      if (first !== undefined) {
        throw new ChronolineError("duplicate-id", `${eventLabel(index, event.id)}: ${messages.duplicateId(event.id, first)}`, {
          index,
          eventId: event.id,
          field: "id",
          input: event.id,
        });
      }
    } catch (error) {
      report(error);
      return;
    }
    firstIndexById.set(event.id, index);
    for (const field of unknownEventFields(raw)) {
      diagnostics.push({
        severity: "warning",
        code: "unknown-field",
        message: `${eventLabel(index, event.id)}: field '${field}' is not part of the format and was ignored`,
        index,
        eventId: event.id,
        field,
      });
    }
    events.push(event);
  });

  const checked = checkRelations(events, firstIndexById, report);
  checked.sort(compareEvents);

  const groups = orderGroups(doc.groups, checked);
  const eras = readEras(doc, dateOptions, report);
  const timeline: { -readonly [K in keyof Timeline]: Timeline[K] } = {
    events: checked,
    groups,
    eras,
    extent: computeExtent(checked, eras),
    diagnostics,
    timeZone,
    locale,
  };
  copyTexts(doc, ["title", "description"], timeline);
  if (referenceDate) timeline.referenceDate = referenceDate;
  return timeline;
}

/** Total, stable order: start, then end, then id (ids are unique, so no ties remain). */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.start.start - b.start.start ||
    eventEnd(a) - eventEnd(b) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The first millisecond after an event: its end point's end, or its start point's end. */
export function eventEnd(event: TimelineEvent): number {
  return (event.end ?? event.start).end;
}

function readDocument(input: unknown): TimelineInput {
  if (Array.isArray(input)) return { events: input as EventInput[] };
  if (typeof input !== "object" || input === null) {
    throw new ChronolineError(
      "invalid-input",
      `input must be {events: [...]} or an array of events, got ${typeof input === "object" ? "null" : typeof input}`,
      { input },
    );
  }
  const events = Object.prototype.hasOwnProperty.call(input, "events") ? (input as TimelineInput).events : undefined;
  if (!Array.isArray(events)) {
    throw new ChronolineError("invalid-input", messages.wrongType("events", "a list of events", events), {
      field: "events",
      input: events,
    });
  }
  return input as TimelineInput;
}

function documentString(doc: TimelineInput, key: "timeZone" | "locale"): string | undefined {
  const value = doc[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    throw new ChronolineError("invalid-input", messages.wrongType(key, "a non-empty string", value), {
      field: key,
      input: value,
    });
  }
  return value.trim();
}

function parseOption<T>(name: string, parse: () => T): T {
  return inContext(`option ${name}: `, { field: name }, parse);
}

/** Trimmed text, or undefined for anything else and for blank text. */
function nonBlank(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Copies the non-blank text fields `keys` of `from` into `target`, trimmed. */
function copyTexts<K extends string>(from: { [P in K]?: unknown }, keys: readonly K[], target: { [P in K]?: string }): void {
  for (const key of keys) {
    const text = nonBlank(from[key]);
    if (text !== undefined) target[key] = text;
  }
}

function checkRelations(
  events: TimelineEvent[],
  ids: Map<string, number>,
  report: (error: unknown) => void,
): TimelineEvent[] {
  return events.map((event) => {
    if (event.relations.every((r) => ids.has(r.to))) return event;
    const kept = event.relations.filter((relation, i) => {
      if (ids.has(relation.to)) return true;
      report(
        new ChronolineError(
          "unknown-relation-target",
          `${eventLabel(event.index, event.id)}: ${messages.unknownRelationTarget(relation.to)}`,
          { index: event.index, eventId: event.id, field: `relations[${i}].to`, input: relation.to },
        ),
      );
      return false;
    });
    return { ...event, relations: kept };
  });
}

function orderGroups(declared: TimelineInput["groups"], events: readonly TimelineEvent[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  const seen = new Set<string>();
  (declared ?? []).forEach((item, i) => {
    const group = readGroup(item, i);
    if (seen.has(group.id)) {
      throw new ChronolineError("duplicate-id", `groups[${i}]: group '${group.id}' is declared twice`, {
        field: `groups[${i}]`,
        input: group.id,
      });
    }
    seen.add(group.id);
    groups.push(group);
  });
  for (const event of [...events].sort((a, b) => a.index - b.index)) {
    if (event.group !== undefined && !seen.has(event.group)) {
      seen.add(event.group);
      groups.push({ id: event.group, label: event.group });
    }
  }
  return groups;
}

function readGroup(item: GroupInput | string, i: number): TimelineGroup {
  const name = nonBlank(item);
  if (name !== undefined) return { id: name, label: name };
  const id = typeof item === "object" && item !== null ? nonBlank(item.id) : undefined;
  if (id === undefined) {
    throw new ChronolineError("wrong-type", messages.wrongType(`groups[${i}]`, "a name or {id, label}", item), {
      field: `groups[${i}]`,
      input: item,
    });
  }
  const group: { -readonly [K in keyof TimelineGroup]: TimelineGroup[K] } = { id, label: nonBlank((item as GroupInput).label) ?? id };
  copyTexts(item as GroupInput, ["description", "color"], group);
  return group;
}

function readEras(doc: TimelineInput, dates: DateOptions, report: (error: unknown) => void): Era[] {
  if (doc.eras === undefined || doc.eras === null) return [];
  if (!Array.isArray(doc.eras)) {
    throw new ChronolineError("wrong-type", messages.wrongType("eras", "a list of {title, start, end}", doc.eras), {
      field: "eras",
      input: doc.eras,
    });
  }
  const eras: Era[] = [];
  doc.eras.forEach((era, i) => {
    try {
      const title = typeof era === "object" && era !== null ? nonBlank(era.title) : undefined;
      if (title === undefined) {
        throw new ChronolineError("missing-field", `eras[${i}]: ${messages.missingField("title")}`, {
          field: `eras[${i}].title`,
        });
      }
      const start = parseOption(`eras[${i}].start`, () => parseDate(era.start, dates));
      const end = parseOption(`eras[${i}].end`, () => parseDate(era.end, dates));
      if (end.end <= start.start) {
        throw new ChronolineError("end-before-start", `eras[${i}]: end is before start`, { field: `eras[${i}].end` });
      }
      eras.push({ title, start, end });
    } catch (error) {
      report(error);
    }
  });
  return eras.sort((a, b) => a.start.start - b.start.start || a.end.end - b.end.end);
}

function computeExtent(events: readonly TimelineEvent[], eras: readonly Era[]): Extent | null {
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    if (event.start.start < start) start = event.start.start;
    const e = eventEnd(event);
    if (e > end) end = e;
  }
  for (const era of eras) {
    if (era.start.start < start) start = era.start.start;
    if (era.end.end > end) end = era.end.end;
  }
  return start <= end ? { start, end } : null;
}
