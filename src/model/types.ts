import type { Diagnostic } from "../errors.js";
import type { TimePoint } from "./timepoint.js";

/**
 * A TimelineJS-style date object: numeric (or numeric-string) calendar fields, the finest one
 * present giving the precision. Negative years are BCE (TimelineJS's convention: -44 = 44 BC).
 */
export interface DateFields {
  year: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  /** Text shown instead of the formatted date. */
  display_date?: string;
}

/** An explicit epoch-milliseconds instant (plain numbers are rejected to avoid guessing). */
export interface EpochMs {
  epochMs: number;
}

/** What a date field accepts: text, a `Date`, TimelineJS-style fields, or explicit epoch ms. */
export type DateInput = string | Date | DateFields | EpochMs;

/** A source the event is based on. Only http, https, mailto and relative URLs are allowed. */
export interface SourceInput {
  url?: string;
  title?: string;
  publisher?: string;
  date?: DateInput;
}

/** Quoted words and who said them. */
export interface QuoteInput {
  text: string;
  speaker?: string;
}

/** A picture or video that illustrates an event. */
export interface MediaInput {
  url: string;
  caption?: string;
  credit?: string;
  alt?: string;
  thumbnail?: string;
}

/** A link from one event to another, e.g. `{ to: "trust-act", kind: "cites" }`. */
export interface RelationInput {
  to: string;
  kind?: string;
}

/**
 * One event as authors write it (our JSON schema). Only `title` and `start` are required;
 * `id` defaults to `"event-<index>"`. `start` may itself be a range (`"2017/2021"`,
 * `"2017-01-20 to 2021-01-20"`) when `end` is absent.
 */
export interface EventInput {
  id?: string;
  title: string;
  start: DateInput;
  end?: DateInput;
  group?: string;
  tags?: string[];
  description?: string;
  quote?: QuoteInput | string;
  speaker?: string;
  sources?: SourceInput[];
  media?: MediaInput;
  /** Higher draws first when space is short; default 1. */
  importance?: number;
  relations?: RelationInput[];
}

/** A named lane. Declared groups keep their order; others follow in first-seen order. */
export interface GroupInput {
  id: string;
  label?: string;
  description?: string;
  color?: string;
}

/** A labelled background period (TimelineJS "eras"). */
export interface EraInput {
  title: string;
  start: DateInput;
  end: DateInput;
}

/** The whole document: events plus optional title, groups, eras and settings it carries. */
export interface TimelineInput {
  title?: string;
  description?: string;
  events: EventInput[];
  groups?: (GroupInput | string)[];
  eras?: EraInput[];
  /** Settings the source carries (e.g. the text syntax's front matter); options passed to createTimeline win. */
  referenceDate?: DateInput;
  timeZone?: string;
  locale?: string;
  /** Findings from a format reader (`parseEvents`), carried into the timeline's diagnostics. */
  diagnostics?: Diagnostic[];
}

/** A normalised source: the URL has passed the allow-list. */
export interface Source {
  readonly url?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly date?: TimePoint;
}

export interface Quote {
  readonly text: string;
  readonly speaker?: string;
}

export interface Media {
  readonly url: string;
  readonly caption?: string;
  readonly credit?: string;
  readonly alt?: string;
  readonly thumbnail?: string;
}

export interface Relation {
  readonly to: string;
  /** Defaults to `"relates-to"`. */
  readonly kind: string;
}

/**
 * A validated event. A point when `end` is absent; a range `[start.start, end.end)` otherwise.
 * `openStart`/`openEnd` mark ranges with an unknown side (`"../2021"`, `"2017/.."`): the known
 * side is then used for both `start` and `end`.
 */
export interface TimelineEvent {
  readonly id: string;
  /** Position in the input array. */
  readonly index: number;
  readonly title: string;
  readonly start: TimePoint;
  readonly end?: TimePoint;
  readonly openStart?: boolean;
  readonly openEnd?: boolean;
  readonly group?: string;
  readonly tags: readonly string[];
  readonly description?: string;
  readonly quote?: Quote;
  readonly sources: readonly Source[];
  readonly media?: Media;
  readonly importance: number;
  readonly relations: readonly Relation[];
}

export interface TimelineGroup {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly color?: string;
}

export interface Era {
  readonly title: string;
  readonly start: TimePoint;
  readonly end: TimePoint;
}

/** `[start, end)` in epoch ms. */
export interface Extent {
  readonly start: number;
  readonly end: number;
}

/** The model: validated, normalised, sorted events and what was found on the way. */
export interface Timeline {
  readonly title?: string;
  readonly description?: string;
  /** Sorted by start, end, id (stable). */
  readonly events: readonly TimelineEvent[];
  /** Declared groups first (in their order), then groups first seen on events. */
  readonly groups: readonly TimelineGroup[];
  readonly eras: readonly Era[];
  /** From the earliest start to the latest end over events and eras; null when there are none. */
  readonly extent: Extent | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly timeZone: string;
  readonly locale: string;
  readonly referenceDate?: TimePoint;
}
