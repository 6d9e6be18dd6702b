/**
 * Axis ticks, chosen per linear segment of the scale: the finest calendar interval whose labels
 * fit, generated in the timeline's zone (day and month boundaries are the zone's), labelled at
 * the coarsest boundary the tick sits on (a January tick on a month axis says "2025"), the first
 * of each segment with its date and year (a segment after a break must read on its own), then
 * thinned so no two labels overlap. Years are generated arithmetically, so BCE and years past
 * 9999 work; finer units step through wall-clock time on the same proleptic calendar.
 */

import { civilFromDays, daysFromCivil, isoWeekday, wallMs } from "../model/civil-date.js";
import type { Precision } from "../model/precision.js";
import { comparePrecision } from "../model/precision.js";
import { MAX_MS, timeToPixel } from "./scale.js";
import { epochToWall, wallToEpoch } from "../model/time-zone.js";
import { labelTick } from "./tick-label.js";
import { Track } from "./track.js";
import type { LayoutScale, Orientation, TextMeasurer } from "./types.js";

/** A tick before it is placed across the axis. */
export interface PlannedTick {
  readonly ms: number;
  /** Time-axis px. */
  readonly t: number;
  /** "" when the label was dropped to avoid an overlap. */
  readonly label: string;
  /** Label width in px (0 when unlabelled). */
  readonly width: number;
  /** Where the label's box starts along the time axis (kept inside the drawing). */
  readonly labelStart: number;
  /** The label's length along the time axis (width in horizontal, line height in vertical). */
  readonly labelLength: number;
  readonly precision: Precision;
  readonly major: boolean;
}

/** What tick planning needs to know. */
export interface TickOptions {
  readonly measure: TextMeasurer;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly locale: string;
  readonly timeZone: string;
  readonly orientation: Orientation;
  /** Length of the whole drawing along the time axis: labels stay inside `[0, length]`. */
  readonly length: number;
  /** Hard cap on the number of ticks. Default 1000. */
  readonly maxTicks?: number;
  /**
   * The finest precision the events starting in `[from, to)` (epoch ms) are known to, if any. Where ticks
   * would be finer, coarser ones are used if they still give two per segment. Default: none.
   */
  readonly finestPrecision?: (from: number, to: number) => Precision | undefined;
}

type Unit = "millisecond" | "second" | "minute" | "hour" | "day" | "week" | "month" | "year";

export interface Candidate {
  readonly unit: Unit;
  readonly step: number;
  /** Nominal length, ms. */
  readonly duration: number;
  /** What a tick label of this interval shows (weeks are labelled by their day). */
  readonly precision: Precision;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.2425 * DAY;

/** The 1-2-5 series 1, 2, 5, 10, 20, 50, … up to 5·10^(decades-1). */
function oneTwoFive(decades: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < decades; k++) for (const m of [1, 2, 5]) out.push(m * 10 ** k);
  return out;
}

/** Unit, its nominal length (ms) and the steps tried, finest first. */
const UNITS: readonly [Unit, number, number[]][] = [
  ["millisecond", 1, oneTwoFive(3)],
  ["second", SECOND, [1, 2, 5, 10, 15, 30]],
  ["minute", MINUTE, [1, 2, 5, 10, 15, 30]],
  ["hour", HOUR, [1, 2, 3, 6, 12]],
  ["day", DAY, [1, 2]],
  ["week", 7 * DAY, [1]],
  ["month", YEAR / 12, [1, 2, 3, 6]],
  ["year", YEAR, oneTwoFive(6)],
];

const CANDIDATES: readonly Candidate[] = UNITS.flatMap(([unit, ms, steps]) =>
  steps.map((step) => ({ unit, step, duration: step * ms, precision: unit === "week" ? "day" : unit })),
);

/** Free space between two tick labels, px. */
const LABEL_GAP = 8;

/**
 * Tick instants in wall-clock ms within `[w0, w1]` for a candidate interval: the same instants as
 * d3-time's `utcDay.every(step)` (odd days of the month when every other day), `utcMonday` and
 * `utcMonth.every(step)` (months whose 0-based index is a multiple of `step`), computed on the
 * proleptic calendar so every year works.
 */
export function wallTicks(c: Candidate, w0: number, w1: number): number[] {
  const out: number[] = [];
  const { unit, step } = c;
  if (unit === "year") {
    // Round numbers as readers count them (1 BC follows AD 1): 100 BC (astronomical -99) and AD 100 alike.
    const [r0, r1] = [w0, w1].map((w) => {
      const y = civilFromDays(Math.floor(w / DAY)).year;
      return y > 0 ? y : y - 1;
    }) as [number, number];
    for (let r = Math.ceil(r0 / step) * step; r <= r1; r += step) {
      const w = wallMs(r < 0 ? r + 1 : r);
      if (r !== 0 && w >= w0 && w <= w1) out.push(w);
    }
  } else if (c.duration < DAY) {
    // Fixed-length units align to multiples of their length in wall time (days are 24 h there).
    const d = c.duration;
    for (let w = Math.ceil(w0 / d) * d; w <= w1; w += d) out.push(w);
  } else {
    // `|| 0`: day 0 as +0, like d3-time's Dates (Math.ceil gives -0 just before it).
    for (let d = Math.ceil(w0 / DAY) || 0; d * DAY <= w1; ) {
      const { year, month, day } = civilFromDays(d);
      if (d * DAY >= w0 && (unit === "week" ? isoWeekday(d) === 1 : unit === "day" ? (day - 1) % step === 0 : day === 1 && (month - 1) % step === 0)) out.push(d * DAY);
      // Months jump to the next first (month 13 is January of the next year), weeks to the next Monday.
      d = unit === "month" ? daysFromCivil(year, month + 1, 1) : unit === "week" ? d + 8 - isoWeekday(d) : d + 1;
    }
  }
  return out;
}

/** The coarsest calendar boundary a wall-clock instant sits on. */
function boundaryPrecision(wall: number): Precision {
  const { month, day } = civilFromDays(Math.floor(wall / DAY));
  // Finest first, each 0 on a boundary of the next coarser unit.
  const i = [wall % SECOND, wall % MINUTE, wall % HOUR, wall % DAY, day - 1, month - 1].findIndex((v) => v !== 0);
  return BOUNDARIES[i] ?? "year";
}

/** {@link boundaryPrecision} by the index of the first non-zero field. */
const BOUNDARIES: readonly Precision[] = ["millisecond", "second", "minute", "hour", "day", "month"];

/**
 * What a segment's first labelled tick shows: on a day or finer axis at least the date (and the
 * time where the tick is not at midnight), on a month or year axis its boundary ("2025", "Mar").
 * The year is added by {@link labelTick}.
 */
function contextPrecision(boundary: Precision, axis: Precision): Precision {
  if (comparePrecision(axis, "day") < 0 || comparePrecision(boundary, "day") > 0) return boundary;
  return "day";
}

/**
 * Plans the axis ticks of a scale: per visible linear segment, the finest interval whose labels
 * fit (no finer than the events there are known to, where that still gives two ticks); labels at
 * the coarsest boundary; labels that would overlap or leave the drawing are dropped. Every
 * segment reads on its own: its first label that fits carries the date and year ("Jan 5, 2024"),
 * kept before all but the years it rolls over into, and a segment with no room for one keeps
 * only year labels. At most `maxTicks` ticks.
 *
 * @example
 * ```ts
 * planTicks(layout.scale, { measure: measureText, fontSize: 11, lineHeight: 14, locale: "en-US",
 *   timeZone: "UTC", orientation: "horizontal", length: 800 });
 * ```
 */
export function planTicks(scale: LayoutScale, options: TickOptions): PlannedTick[] {
  const { measure, fontSize, lineHeight, locale, timeZone } = options;
  const horizontal = options.orientation === "horizontal";
  const maxTicks = options.maxTicks ?? 1000;
  const [v0, v1] = scale.visible;
  const [r0, r1] = scale.range;
  const visibleLength = Math.max(r1 - r0, 0);
  // Minimum distance between ticks along the time axis, px.
  const minSpacing = Math.max(horizontal ? 48 : 40, visibleLength / maxTicks);
  const ticks: PlannedTick[] = [];
  // Per segment: the index of its first tick and the precision of its interval.
  const segmentStarts: number[] = [];
  const segmentPrecisions: Precision[] = [];

  /**
   * A label and its box along the time axis, centred on `t` or starting there, kept inside the
   * drawing; null when it would not cover `t`.
   */
  const place = (t: number, label: string, fromTick = false): Pick<PlannedTick, "label" | "width" | "labelStart" | "labelLength"> | null => {
    const width = measure(label, fontSize);
    const length = horizontal ? width : lineHeight;
    let start = fromTick ? t : t - length / 2;
    if (start < 0) start = 0;
    if (start + length > options.length) start = options.length - length;
    return label !== "" && start >= 0 && Math.abs(start + length / 2 - t) <= length / 2 ? { label, width, labelStart: start, labelLength: length } : null;
  };

  for (const seg of scale.segments) {
    if (seg.kind !== "linear" || ticks.length >= maxTicks) continue;
    const a = Math.max(seg.domain[0], v0, -MAX_MS);
    const b = Math.min(seg.domain[1], v1, MAX_MS);
    if (!(b > a)) continue;
    const slope = (seg.range[1] - seg.range[0]) / (seg.domain[1] - seg.domain[0]);
    const span = b - a;
    const mid = a + span / 2;
    const [wa, wb] = [epochToWall(a, timeZone), epochToWall(b, timeZone)];
    // Whether an interval's ticks keep their spacing (and, horizontally, fit a label), or it is
    // no shorter than the segment.
    const fits = (c: Candidate): boolean => {
      const spacing = c.duration * slope;
      return (
        c.duration >= span ||
        (spacing >= minSpacing && (!horizontal || spacing >= measure(labelTick(mid, c.precision, { locale, timeZone }), fontSize) + LABEL_GAP))
      );
    };
    let chosen = CANDIDATES.find(fits);
    if (chosen === undefined) continue;
    let walls: number[] | undefined;
    // Hours between events known only to the day would suggest times the data does not have.
    const finest = options.finestPrecision?.(a, b);
    if (finest !== undefined && comparePrecision(chosen.precision, finest) > 0) {
      const coarser = CANDIDATES.find((c) => comparePrecision(c.precision, finest) <= 0 && fits(c));
      const coarserWalls = coarser && wallTicks(coarser, wa, wb);
      if (coarser !== undefined && coarserWalls !== undefined && coarserWalls.length >= 2) {
        chosen = coarser;
        walls = coarserWalls;
      }
    }
    segmentStarts.push(ticks.length);
    segmentPrecisions.push(chosen.precision);
    let last = -Infinity;
    for (const w of walls ?? wallTicks(chosen, wa, wb)) {
      const ms = wallToEpoch(w, timeZone, { boundary: true });
      if (ms < a || ms > b || ms <= last) continue;
      last = ms;
      const t = timeToPixel(scale, ms);
      if (t < r0 - 0.5 || t > r1 + 0.5) continue;
      const precision = boundaryPrecision(epochToWall(ms, timeZone));
      const box = place(t, labelTick(ms, precision, { locale, timeZone })) ?? { label: "", width: 0, labelStart: t, labelLength: 0 };
      ticks.push({ ms, t, ...box, precision, major: comparePrecision(precision, chosen.precision) < 0 });
      if (ticks.length >= maxTicks) break;
    }
  }
  segmentStarts.push(ticks.length);

  // Whether each tick keeps its label, and whether that is settled.
  const labelled: boolean[] = ticks.map(() => false);
  const decided: boolean[] = ticks.map((tick) => tick.label === "");
  const kept = new Track();
  const settle = (i: number, tick: PlannedTick): boolean => {
    const lo = tick.labelStart - LABEL_GAP / 2;
    const hi = tick.labelStart + tick.labelLength + LABEL_GAP / 2;
    decided[i] = true;
    if (kept.blocker(lo, hi, 0) >= 0) return false;
    kept.insert(lo, hi);
    ticks[i] = tick;
    return (labelled[i] = true);
  };
  const settleAll = (wanted: (tick: PlannedTick, i: number) => boolean): void =>
    ticks.forEach((tick, i) => {
      if (!decided[i] && wanted(tick, i)) settle(i, tick);
    });
  const isYear = (tick: PlannedTick): boolean => comparePrecision(tick.precision, "year") <= 0;
  // First the years a segment rolls over into ("2025" on a day axis): they name themselves.
  settleAll((tick, i) => tick.major && isYear(tick) && !segmentStarts.includes(i));
  // Then each segment's context: the first of its ticks whose label with the date and year fits,
  // unless a year it rolls over into comes first.
  for (let s = 0; s + 1 < segmentStarts.length; s++) {
    const from = segmentStarts[s] as number;
    const to = segmentStarts[s + 1] as number;
    let context = false;
    for (let i = from; i < to && !context; i++) {
      const tick = ticks[i] as PlannedTick;
      context = labelled[i] as boolean;
      const label = labelTick(tick.ms, contextPrecision(tick.precision, segmentPrecisions[s] as Precision), { locale, timeZone, withYear: true });
      // Centred, or else starting at the tick: clear of the previous segment's labels, and still
      // on this tick rather than on the next one (which would name the wrong day).
      for (const fromTick of [false, true]) {
        const box = context ? null : place(tick.t, label, fromTick);
        if (box !== null) context = settle(i, { ...tick, ...box });
      }
      decided[i] = true;
    }
    // Without it, "Jan 6" or "06:00" could be read in any year: only years may stay.
    if (!context) for (let i = from; i < to; i++) decided[i] = (ticks[i] as PlannedTick).label === "" || !isYear(ticks[i] as PlannedTick);
  }
  // Then majors before the rest, so a rollover survives where space is short.
  settleAll((tick) => tick.major);
  settleAll(() => true);
  return ticks.map((tick, i) => (labelled[i] ? tick : { ...tick, label: "", width: 0, labelLength: 0 }));
}
