/**
 * The labelling phase: which events get a label, in which track, where along time. Most
 * important first (ties: time order, or latest first when that labels more in a horizontal
 * lane); per lane in horizontal (a lane may win an extra track from spare room, or trade one for
 * a cluster strip), one shared pool of tracks in vertical.
 */

import type { TimelineEvent } from "../model/types.js";
import type { LaneBudget } from "./budget.js";
import type { LayoutContext } from "./context.js";
import type { CrossAxis } from "./cross-axis.js";
import { labelText, type LabelText } from "./label-text.js";
import { placeLabels, type LabelExtent } from "./labels.js";
import { select, type LaneRows } from "./lane-rows.js";
import { INSIDE } from "./marks.js";
import { byImportance } from "./order.js";
import type { TimeAxis } from "./time-axis.js";

/** Vertical: up to this many events, try laying labels out over the cluster strip's width too. */
const MAX_WIDE_TRY = 2000;
/** Horizontal: up to this many candidates, a lane also tries placing its labels latest first. */
const MAX_REVERSED_TRY = 2000;
/** Horizontal: a lane with unlabelled events may take up to this many tracks beyond its plan from spare room. */
const MAX_EXTRA_TRACKS = 2;
/** Clear space after a horizontal lane title before any label (the label gap comes on top). */
export const TITLE_MARGIN = 4;
/** Space kept between horizontal labels and the drawing's right edge, in px. */
export const LABEL_EDGE = 6;

/** The labels of one layout, by event. */
export interface Labelling {
  /** Per event: its track rank, -1 when unlabelled. */
  readonly trackOf: Int32Array;
  /** Labelled events' label start on the time axis, px. */
  readonly startOf: ReadonlyMap<number, number>;
  /** Labelled events' text (lines, width, date). */
  readonly texts: ReadonlyMap<number, LabelText>;
  /** The time-axis room of labels and clusters, px. */
  readonly tMin: number;
  readonly tMax: number;
}

/**
 * Places labels into the tracks the cross plan gives (none in a squeezed plan); adjusts the plan
 * (`cross.plan`) when a lane takes an extra track or a strip, or vertical labels take the strip's
 * width.
 *
 * @example
 * ```ts
 * labelEvents(ctx, time, rows, cross).trackOf[0]; // → 0: the first event's label is in the nearest track
 * ```
 */
export function labelEvents(ctx: LayoutContext, time: TimeAxis, rows: LaneRows, cross: CrossAxis): Labelling {
  const { timeline, o, scratch, horizontal, n, timeLength, columns } = ctx;
  const events = timeline.events;
  const { lineHeight: lh, measure, fontSize, maxWidth, gap, maxShift, locale } = o;
  const { header, marks } = time;
  const t = marks.t;
  const sides = marks.side;
  const { byT, laneAll, laneIn, row } = rows;
  const { plan, titles } = cross;
  const { track, strip: stripSize } = cross.sizes;
  const trackOf = scratch.i32("trackOf", n).fill(-1);
  const startOf = new Map<number, number>();
  const texts = new Map<number, LabelText>();
  // Priority: importance, then time order (lists are in time order already).
  const byPriority = (list: Int32Array): ArrayLike<number> =>
    columns.uniformImportance ? list : byImportance(list, columns.importance);
  const tMin = horizontal ? 0 : header;
  // Horizontal labels keep a few pixels off the drawing's far edge: text flush with the edge of an
  // embedded graphic reads as cut off (and is, on a page with a border or a rounded frame).
  const tMax = horizontal && timeLength > 240 ? timeLength - LABEL_EDGE : timeLength;
  const extentFor = (textWidth: number) => {
    const textOptions = { maxWidth: textWidth, maxLines: horizontal ? cross.labelLines : o.maxLines, fontSize, showDate: o.showDate, locale, measure };
    return (e: number): LabelExtent | null => {
      const text = labelText(events[e] as TimelineEvent, textOptions);
      if (text === null) return null;
      texts.set(e, text);
      return horizontal ? { length: text.width, offset: 0 } : { length: text.lines.length * lh, offset: (-text.lines.length * lh) / 2 };
    };
  };
  // Candidates back to unlabelled before placing them again.
  const unplace = (list: ArrayLike<number>): void => {
    for (let k = 0; k < list.length; k++) trackOf[list[k] as number] = -1;
  };

  // No label is shorter than an ellipsis and a couple of letters.
  const minLength = measure("Ab…", fontSize);
  if (plan.factor === 1 && horizontal) {
    const extent = extentFor(Math.min(maxWidth, tMax - tMin));
    columns.lanes.forEach((_, l) => {
      const budget = plan.lanes[l] as LaneBudget;
      const visible = select(laneIn[l] as Int32Array, (e) => row[e] !== -1);
      const candidates = byPriority(visible);
      const title = titles[l] as number;
      const placeIn = (order: ArrayLike<number>): number => {
        unplace(candidates);
        if (budget.tracks === 0) return 0;
        return placeLabels(order, t, extent, {
          tracks: budget.tracks,
          tMin,
          tMax,
          gap,
          maxShift,
          minLength,
          // Leaders stay off other labels; "before" tracks lie above the marks, "after" below.
          clearLeaders: true,
          sides: 2,
          // The title box starts at 2 px; keep TITLE_MARGIN (plus the label gap) clear after it
          // so a label never reads as part of the title ("Illinois Illinois passes…").
          reserved: title > 0 ? [{ track: 0, start: tMin, length: title + 2 + TITLE_MARGIN }] : [],
        }, trackOf, startOf).placed.length;
      };
      // In time order, a label covers the marks just after its own in the nearest track, so their
      // leaders cannot reach the farther tracks on that side (clearLeaders). Latest first, labels
      // stack outward like stairs instead; a small lane left with unlabelled events tries that
      // order too (still most important first) and keeps whichever labels more.
      let latestFirst: ArrayLike<number> | null = null;
      const place = (): number => {
        const placed = placeIn(candidates);
        if (placed === candidates.length || budget.tracks < 3 || candidates.length > MAX_REVERSED_TRY) return placed;
        latestFirst ??= byPriority(visible.slice().reverse());
        const reversed = placeIn(latestFirst);
        return reversed > placed ? reversed : placeIn(candidates);
      };
      let placed = place();
      // Tracks were planned from estimated label lengths: with room left over, labels that did
      // not fit may fit in one more track (kept only when it labels more).
      for (let extra = 0; extra < MAX_EXTRA_TRACKS && placed < candidates.length && plan.spare >= track; extra++) {
        budget.tracks += 1;
        plan.spare -= track;
        const more = place();
        if (more > placed) {
          placed = more;
          continue;
        }
        budget.tracks -= 1;
        plan.spare += track;
        place();
        break;
      }
      if (!budget.strip && (laneAll[l] as Int32Array).some((e) => trackOf[e] === -1)) {
        // Some labels did not fit after all: this lane needs a strip; trade a track for it.
        budget.strip = true;
        if (plan.spare >= stripSize) plan.spare -= stripSize;
        else if (budget.tracks > 0) {
          budget.tracks -= 1;
          plan.spare += track - stripSize;
          place();
        }
      }
    });
  } else if (plan.factor === 1) {
    // Vertical: one pool of tracks beside all lanes, everything in priority order.
    const candidates = byPriority(select(byT, (e) => sides[e] === INSIDE && row[e] !== -1));
    const tracks = Math.max(plan.sharedTracks, 1);
    // Labels stack along time here, so one spot can take as many as fit within ±maxShift (several
    // events on one day): the bucket thinning must not stop at `tracks + 2`.
    const perBucket = tracks * Math.max(1, Math.ceil((2 * maxShift) / lh)) + 2;
    const place = (trackSize: number): number =>
      placeLabels(candidates, t, extentFor(trackSize - gap), { tracks, tMin, tMax, gap, maxShift, minLength: lh, perBucket, clearLeaders: true }, trackOf, startOf).unplaced.length;
    // The shared cluster strip is reserved in case labels fold. A small timeline whose labels all
    // fit without it gives that width to its labels instead (fewer truncated titles when narrow,
    // and at 240 px a track where the strip alone would have left none).
    const wide = plan.sharedTracks > 0 ? plan.trackSize + stripSize / tracks : plan.spare + stripSize;
    if (wide >= track && candidates.length === n && n <= MAX_WIDE_TRY && place(wide) === 0) {
      plan.trackSize = wide;
      plan.sharedTracks = tracks;
      plan.spare = 0;
    } else {
      unplace(candidates);
      startOf.clear();
      if (plan.sharedTracks > 0) place(plan.trackSize);
    }
  }
  return { trackOf, startOf, texts, tMin, tMax };
}
