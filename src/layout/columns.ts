/**
 * One pass over the event objects, reading each field once into typed columns; every later
 * phase loops over these arrays only (event objects come in many shapes, and reading their
 * properties in hot loops is what made layout slow).
 */

import type { Precision } from "../model/precision.js";
import { PRECISIONS } from "../model/precision.js";
import type { Timeline, TimelineEvent } from "../model/types.js";
import { LaneTable, type LaneSpec } from "./lanes.js";
import { Scratch } from "./scratch.js";

/** Bit of {@link EventColumns.flags}: either side is approximate. */
export const APPROXIMATE = 1;
/** Bit of {@link EventColumns.flags}: a range with an unknown start. */
export const OPEN_START = 2;
/** Bit of {@link EventColumns.flags}: a range with an unknown end. */
export const OPEN_END = 4;

const PRECISION_INDEX = new Map<Precision, number>(PRECISIONS.map((p, i) => [p, i]));

/** The events as columns, indexed like `timeline.events`. */
export interface EventColumns {
  readonly n: number;
  /** `start.start` and (`end` ?? `start`).end, epoch ms. */
  readonly ms0: Float64Array;
  readonly ms1: Float64Array;
  /** `start.end`: the end of the start's own interval (a point's mark sits at its middle). */
  readonly startEnd: Float64Array;
  /** 1 for ranges (events with an `end`). */
  readonly isRange: Uint8Array;
  readonly importance: Float64Array;
  readonly lane: Int32Array;
  /** Title length in UTF-16 units (for quick label-size estimates). */
  readonly titleLength: Uint16Array;
  /** Event ids (so later phases never go back to the event objects). */
  readonly ids: string[];
  /** APPROXIMATE (either side) | OPEN_START | OPEN_END. */
  readonly flags: Uint8Array;
  /** Index into PRECISIONS of the start's and the end's (or start's) precision. */
  readonly precision: Uint8Array;
  readonly endPrecision: Uint8Array;
  readonly lanes: readonly LaneSpec[];
  /** All importances equal: priority order is plain time order. */
  readonly uniformImportance: boolean;

}

/**
 * Reads the timeline's events into columns and assigns lanes.
 *
 * @example
 * ```ts
 * const cols = eventColumns(timeline);
 * cols.lanes.map((l) => l.id); // → ["federal", "state", "city", "media"]
 * ```
 */
export function eventColumns(timeline: Timeline, scratch: Scratch = new Scratch()): EventColumns {
  const events = timeline.events;
  const n = events.length;
  const ms0 = scratch.f64("ms0", n);
  const ms1 = scratch.f64("ms1", n);
  const startEnd = scratch.f64("startEnd", n);
  const isRange = scratch.u8("isRange", n);
  const importance = scratch.f64("importance", n);
  const lane = scratch.i32("lane", n);
  const titleLength = scratch.u16("titleLength", n);
  const ids = new Array<string>(n);
  const flags = scratch.u8("flags", n);
  const precision = scratch.u8("precision", n);
  const endPrecision = scratch.u8("endPrecision", n);
  const table = new LaneTable(timeline);
  let uniformImportance = true;
  let lastName: Precision | undefined;
  let lastIndex = 0;
  let hasDefault = false;
  for (let i = 0; i < n; i++) {
    const e = events[i] as TimelineEvent;
    const start = e.start;
    const end = e.end;
    const a = start.start;
    const b = start.end;
    ms0[i] = a;
    startEnd[i] = b;
    // Precision names are shared strings: remember the last one instead of hashing each.
    const name = start.precision;
    if (name !== lastName) {
      lastName = name;
      lastIndex = PRECISION_INDEX.get(name) ?? 0;
    }
    const p = lastIndex;
    precision[i] = p;
    let f = start.approximate ? APPROXIMATE : 0;
    if (end === undefined) {
      ms1[i] = b;
      endPrecision[i] = p;
    } else {
      ms1[i] = end.end;
      isRange[i] = 1;
      endPrecision[i] = PRECISION_INDEX.get(end.precision) ?? 0;
      if (end.approximate) f |= APPROXIMATE;
    }
    // Not for ranges only: the model gives "2017/.." as a start with `openEnd` and no `end`.
    if (e.openStart === true) f |= OPEN_START;
    if (e.openEnd === true) f |= OPEN_END;
    flags[i] = f;
    ids[i] = e.id;
    titleLength[i] = Math.min(e.title.length, 65535);
    const imp = e.importance;
    importance[i] = imp;
    if (imp !== importance[0]) uniformImportance = false;
    const l = table.laneOf(e.group);
    lane[i] = l;
    if (l < 0) hasDefault = true;
  }
  const defaultLane = table.finish();
  if (hasDefault) for (let i = 0; i < n; i++) if ((lane[i] as number) < 0) lane[i] = defaultLane;
  return {
    n,
    ms0,
    ms1,
    startEnd,
    isRange,
    importance,
    lane,
    titleLength,
    ids,
    flags,
    precision,
    endPrecision,
    lanes: table.lanes,
    uniformImportance,
  };
}

/** Per timeline (the model is immutable): its columns, read once rather than on every layout. */
const CACHE = new WeakMap<Timeline, EventColumns>();
/**
 * Above this many events the columns are not cached: arrays of their own for a million events
 * (~40 MB outside the JS heap) made V8 collect the whole heap of event objects, and the first
 * layout took 2 s instead of 0.9 s, more than re-reading the events on every layout costs.
 */
const MAX_CACHED = 250_000;

/**
 * {@link eventColumns} of `timeline` in arrays of their own, computed on the first call for a
 * timeline object and reused after: the columns depend on the timeline only, and re-reading
 * 100k event objects was over a third of every re-layout on zoom. Timelines are immutable
 * (`createTimeline` returns a new one for new data), so the cache can never be stale; it goes
 * with the timeline (a WeakMap). Timelines over 250,000 events (MAX_CACHED) are read into
 * `scratch` every time instead.
 *
 * @example
 * ```ts
 * timelineColumns(timeline, scratch) === timelineColumns(timeline, scratch); // true (≤ 250k events)
 * ```
 */
export function timelineColumns(timeline: Timeline, scratch: Scratch): EventColumns {
  if (timeline.events.length > MAX_CACHED) return eventColumns(timeline, scratch);
  let columns = CACHE.get(timeline);
  if (columns === undefined) {
    columns = eventColumns(timeline, new Scratch());
    CACHE.set(timeline, columns);
  }
  return columns;
}
