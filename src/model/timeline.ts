import type { Diagnostic } from "../errors.js";
import { ChronolineError, errorAt, inContext, messages } from "../errors.js";
import type { TimelineOptions } from "../options.js";
import { DEFAULT_TIMELINE_OPTIONS, checkLocale, normaliseTimelineOptions, optionalString } from "../options.js";
import type { EventContext } from "./event.js";
import { fail, list, missing, normaliseEvent, own, text, trimmed, warnUnknown, wrongType } from "./event.js";
import type { DateOptions } from "./parse-date.js";
import { parseDate } from "./parse-date.js";
import type { TimePoint } from "./timepoint.js";
import type {
  Era,
  EraInput,
  EventInput,
  Extent,
  GroupInput,
  Relation,
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
  if (doc === input) warnUnknown(diagnostics, DOCUMENT, doc, (key) => DOCUMENT_KEYS.includes(key));
  // With errors: "collect" a bad event, relation or era becomes a diagnostic; otherwise it throws.
  const report = (error: unknown): void => {
    if (opts.errors === "collect" && error instanceof ChronolineError) diagnostics.push(error.toDiagnostic());
    else throw error;
  };

  const timeZone = opts.timeZone ?? optionalString(doc.timeZone, "timeZone", "invalid-input") ?? DEFAULT_TIMELINE_OPTIONS.timeZone;
  const locale = checkLocale(opts.locale ?? optionalString(doc.locale, "locale", "invalid-input") ?? DEFAULT_TIMELINE_OPTIONS.locale);
  const dateOptions: DateOptions = { timeZone, diagnostics };
  // The zone first, even when no date needs it: a typo fails here, naming timeZone (not the
  // reference date read in it), and not later in a renderer.
  parseOption("timeZone", () => parseDate("2000", dateOptions));
  const rawReference = opts.referenceDate ?? doc.referenceDate;
  let referenceDate: TimePoint | undefined;
  if (rawReference !== undefined && rawReference !== null && rawReference !== "") {
    referenceDate = parseOption("referenceDate", () => parseDate(rawReference, dateOptions));
    dateOptions.referenceDate = referenceDate;
  }

  // Reads each item; with errors: "collect" a bad one is reported and left out.
  const readEach = <T, R>(items: readonly T[], read: (item: T, i: number) => R): R[] => {
    const kept: R[] = [];
    // An index loop, not forEach: a hole in a sparse array is an item (undefined) to report, not to skip.
    for (let i = 0; i < items.length; i++) {
      try {
        kept.push(read(items[i] as T, i));
      } catch (error) {
        report(error);
      }
    }
    return kept;
  };
  const ids = new Map<string, number>();
  const events = readEach(doc.events, (raw, index) => normaliseEvent(raw, index, dateOptions, ids));
  // A relation to an unknown id is dropped (and reported); an event whose relations all resolve is kept as is.
  const known = ({ to }: Relation): boolean => ids.has(to);
  const checked = events.map((event) =>
    event.relations.every(known)
      ? event
      : {
          ...event,
          relations: event.relations.filter(
            (relation, i) =>
              known(relation) ||
              report(
                errorAt(
                  "unknown-relation-target",
                  { index: event.index, eventId: event.id, field: `relations[${i}].to` },
                  messages.unknownRelationTarget(relation.to),
                  relation.to,
                ),
              ),
          ),
        },
  );
  // `events` is still in input order: undeclared groups come in order of first use.
  const groups = orderGroups(doc.groups, events, diagnostics);
  const eras = readEach(list(DOCUMENT, doc.eras, "eras", "a list of {title, start, end}", (era) => era), (era, i) =>
    readEra(era, `eras[${i}]`, dateOptions),
  )
    .sort((a, b) => a.start.start - b.start.start || a.end.end - b.end.end);
  const timeline: { -readonly [K in keyof Timeline]: Timeline[K] } = {
    events: checked.sort(compareEvents),
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

/** Errors about the document itself name no event. */
const DOCUMENT: EventContext = {};

/**
 * A document's fields (`DOCUMENT_KEYS` adds the two that `parseEvents` puts in what it returns:
 * its findings and the format it read); any other key is reported.
 */
export const DOCUMENT_FIELDS: readonly string[] = ["$schema", "title", "description", "events", "groups", "eras", "referenceDate", "timeZone", "locale"];
const DOCUMENT_KEYS = [...DOCUMENT_FIELDS, "diagnostics", "format"];
const ERA_KEYS = ["title", "start", "end"];
const GROUP_KEYS = ["id", "label", "description", "color"];

function readDocument(input: unknown): TimelineInput {
  if (Array.isArray(input)) return { events: input as EventInput[] };
  if (typeof input !== "object" || input === null) {
    throw new ChronolineError("invalid-input", messages.wrongType("input", "{events: [...]} or a list of events", input), { input });
  }
  const events = own(input as Record<string, unknown>, "events");
  if (!Array.isArray(events)) {
    throw new ChronolineError("invalid-input", messages.wrongType("events", "a list of events", events), { field: "events", input: events });
  }
  return input as TimelineInput;
}

/**
 * One era, validated like an event (it is data, not an option): a missing title or date is
 * `missing-field`, a wrong type `wrong-type`, each naming the field (`eras[2].end`); unknown keys
 * become warnings.
 */
function readEra(era: unknown, at: string, dateOptions: DateOptions): Era {
  if (typeof era !== "object" || era === null || Array.isArray(era)) wrongType(DOCUMENT, at, "{title, start, end}", era);
  const raw = era as Record<string, unknown>;
  warnUnknown(dateOptions.diagnostics, DOCUMENT, raw, (key) => ERA_KEYS.includes(key), `${at}.`);
  const field = (key: string): unknown => {
    const value = own(raw, key);
    if (value === undefined || value === null || value === "") missing(DOCUMENT, `${at}.${key}`);
    return value;
  };
  const title = text(DOCUMENT, own(raw, "title"), `${at}.title`) ?? missing(DOCUMENT, `${at}.title`);
  const date = (key: "start" | "end"): TimePoint => {
    const value = field(key);
    return inContext(`${at}.${key}: `, { field: `${at}.${key}` }, () => parseDate(value as EraInput["start"], dateOptions));
  };
  const start = date("start");
  const end = date("end");
  if (end.end <= start.start) fail(DOCUMENT, "end-before-start", `${at}.end`, `${at}.end is before start`);
  return { title, start, end };
}

function parseOption<T>(name: string, parse: () => T): T {
  return inContext(`option ${name}: `, { field: name }, parse);
}

/**
 * Copies the non-blank text fields `keys` of `from` into `target`, trimmed; a field that is there
 * but not text is a `wrong-type` error naming it (`prefix` + key), never dropped.
 */
function copyTexts<K extends string>(from: { [P in K]?: unknown }, keys: readonly K[], target: { [P in K]?: string }, prefix = ""): void {
  for (const key of keys) {
    const value = text(DOCUMENT, from[key], prefix + key);
    if (value !== undefined) target[key] = value;
  }
}

/** Declared groups first (each id once), then the groups events name, in order of first use. */
function orderGroups(declared: TimelineInput["groups"], events: readonly TimelineEvent[], diagnostics: Diagnostic[]): TimelineGroup[] {
  const groups = new Map<string, TimelineGroup>();
  list(DOCUMENT, declared, "groups", "a list of group names or {id, label}", (item) => item as GroupInput | string).forEach((item, i) => {
    const field = `groups[${i}]`;
    const name = trimmed(item);
    const id = name ?? (typeof item === "object" && item !== null ? trimmed(item.id) : undefined);
    if (id === undefined) wrongType(DOCUMENT, field, "a name or {id, label}", item);
    if (groups.has(id)) fail(DOCUMENT, "duplicate-id", field, `${field}: group '${id}' is declared twice`, id);
    const group: { -readonly [K in keyof TimelineGroup]: TimelineGroup[K] } = { id, label: id };
    if (name === undefined) {
      warnUnknown(diagnostics, DOCUMENT, item as GroupInput, (key) => GROUP_KEYS.includes(key), `${field}.`);
      copyTexts(item as GroupInput, ["label", "description", "color"], group, `${field}.`);
    }
    groups.set(id, group);
  });
  for (const { group } of events) if (group !== undefined && !groups.has(group)) groups.set(group, { id: group, label: group });
  return [...groups.values()];
}

function computeExtent(events: readonly TimelineEvent[], eras: readonly Era[]): Extent | null {
  let start = Infinity;
  let end = -Infinity;
  // Two lists, one loop body: no spread copy of a million events.
  for (const items of [events, eras]) {
    for (const item of items) {
      start = Math.min(start, item.start.start);
      end = Math.max(end, (item.end ?? item.start).end);
    }
  }
  return start <= end ? { start, end } : null;
}
