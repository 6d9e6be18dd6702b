/**
 * layoutTimeline: the orchestrator. Pure, deterministic, no DOM; every phase is a function of
 * plain data in its own file.
 *
 * ```
 *  Timeline + Viewport
 *     │ resolveViewport (viewport.ts)    validate once, defaults; bad input → ChronolineError
 *     │ eventColumns (columns.ts)        one pass over events → typed columns; lanes (lanes.ts);
 *     │                                  per-event memory comes from scratch.ts, reused between layouts
 *     ▼
 *  domain + gaps (domain.ts, gaps.ts)    data extent → linear pieces + breaks, weighted
 *     │ fitScale (scale.ts)              piecewise-linear px, zoom {k, x} on top
 *     │ planTicks (ticks.ts)             per segment, labelled, thinned (time axis only)
 *     │ markColumns (marks.ts)           typed columns: px interval, kind, anchor, side of view
 *     ▼
 *  rows (rows.ts)                        interval partitioning of spans/ranges per lane
 *     │ trackDemand + planCross          share the cross axis: axis, eras, rows, label tracks
 *     │ placeLabels (labels.ts)          priority order, tracks, ≤ maxShift, thinned per bucket;
 *     │                                  per lane (horizontal: a lane left with unlabelled events
 *     │                                  trades a track for a cluster strip) or pooled (vertical)
 *     │ foldClusters (clusters.ts)       the rest (and off-screen events) → "+N" badges, per lane
 *     │                                  (horizontal) or in one shared strip (vertical)
 *     ▼
 *  assemble                              final x/y for lanes, marks, labels, clusters, axis
 *                                        (axis.ts), eras and relation connectors → Layout
 * ```
 */

import type { Timeline, TimelineEvent } from "../model/types.js";
import { PRECISIONS, type Precision } from "../model/precision.js";
import { assembleAxis } from "./axis.js";
import { badgeText } from "./badge.js";
import { planCross, type CrossSizes, type LaneBudget, type LaneDemand } from "./budget.js";
import { foldClusters, type ClusterGroup } from "./clusters.js";
import { APPROXIMATE, OPEN_END, OPEN_START, timelineColumns } from "./columns.js";
import { connectRelations } from "./connectors.js";
import { trackDemand } from "./demand.js";
import { dataExtent, planDomain } from "./domain.js";
import { frameMap } from "./frame-map.js";
import { labelText, type LabelText } from "./label-text.js";
import { placeLabels, type LabelExtent } from "./labels.js";
import { AFTER, BEFORE, INSIDE, KIND_POINT, KIND_RANGE, KINDS, markColumns } from "./marks.js";
import { byImportance, orderByPosition } from "./order.js";
import { assignRows, assignRowsFirstFit } from "./rows.js";
import { compileScale, fitScale } from "./scale.js";
import { Scratch, withScratch } from "./scratch.js";
import { planTicks } from "./ticks.js";
import type { Box, ClusterLayout, EraLayout, LabelLayout, LaneLayout, Layout, Mark, MarkKind, TimeSpan, Viewport } from "./types.js";
import { resolveViewport, type ResolvedViewport } from "./viewport.js";

/** Fixed sizes, px, at the default 12 px font (text-bound ones follow the font size). */
const POINT_ROW = 14;
const RANGE_ROW = 8;
const LANE_PAD = 6;
const TICK = 5;
const MIN_VERTICAL_TRACK = 60;
/** Widest vertical label, px: most titles fit on one line, yet a label still reads as one block. */
const MAX_VERTICAL_LABEL = 320;
/** Vertical lane columns may widen up to this factor (28 → 56 px), taking at most LANE_SHARE of the width. */
const MAX_LANE_SCALE = 2;
const LANE_SHARE = 0.25;
/** Vertical: up to this many events, try laying labels out over the cluster strip's width too. */
const MAX_WIDE_TRY = 2000;
/** Horizontal: a lane with unlabelled events may take up to this many tracks beyond its plan from spare room. */
const MAX_EXTRA_TRACKS = 2;
/** Clear space after a horizontal lane title before any label (the label gap comes on top). */
const TITLE_MARGIN = 4;

/**
 * Where a lane's title sits: nowhere (no titles, an empty label, or no room for a line of
 * text); in its usual place (horizontal: the start of the first label track; vertical: the
 * header); at the start of the lane's cluster strip; or in its point row (a lane without events).
 */
const TITLE_NONE = 0;
const TITLE_TRACK = 1;
const TITLE_STRIP = 2;
const TITLE_ROW = 3;

/** Space kept between horizontal labels and the drawing's right edge, in px. */
const LABEL_EDGE = 6;

/**
 * Lays out a timeline in a viewport: every position, size and text line a renderer needs, in px.
 * Every event ends up with exactly one label or in exactly one cluster; labels never overlap
 * each other, marks or clusters, and everything lies inside `width × height`.
 *
 * @throws ChronolineError `invalid-option` for a bad viewport (NaN or negative size, unknown
 *   orientation, bad zoom…), `invalid-time-zone` for an unknown zone.
 * @example
 * ```ts
 * const layout = layoutTimeline(createTimeline(seed), { width: 800, height: 480 });
 * layout.labels.length + layout.clusters.reduce((n, c) => n + c.count, 0) === layout.eventCount; // true
 * ```
 */
export function layoutTimeline(timeline: Timeline, viewport: Viewport): Layout {
  const o = resolveViewport(viewport, timeline);
  return withScratch((scratch) => layoutWith(timeline, o, scratch));
}

function layoutWith(timeline: Timeline, o: ResolvedViewport, scratch: Scratch): Layout {
  const horizontal = o.orientation === "horizontal";
  const events = timeline.events;
  const n = events.length;
  const timeLength = horizontal ? o.width : o.height;
  const crossLength = horizontal ? o.height : o.width;
  const columns = timelineColumns(timeline, scratch);
  const { lanes: specs, lane: laneOf, ms0, ms1, ids } = columns;
  const laneCount = specs.length;
  const showTitles = o.laneLabels ?? laneCount > 1;
  const { lineHeight: lh, measure, fontSize, maxWidth, gap, maxShift, locale } = o;
  const axisFont = Math.max(1, fontSize - 1);
  const axisLh = Math.round(axisFont * 1.25);

  // Time axis: padding at both ends; in vertical a header for lane titles comes first.
  // Vertical lane titles run along the time axis (rotated) in a header as long as the longest.
  let header = 0;
  if (!horizontal && showTitles) {
    for (const lane of specs) header = Math.max(header, measure(lane.label, fontSize) * 1.1 + 8);
    header = Math.min(header, timeLength * 0.25, 160);
  }
  const pad = Math.min(12, timeLength / 8);
  if (timeLength - header - 2 * pad < 1) header = 0;
  const r0 = header + pad;
  const r1 = Math.max(timeLength - pad, r0 + Number.EPSILON);

  // Scale and ticks.
  const pieces = planDomain(o.domain ?? dataExtent(timeline, ms0, ms1), o.domain !== null, o.gaps, ms0, ms1);
  const scale = fitScale(pieces, [r0, r1], o.breakSize, o.transform);
  const toPx = compileScale(scale);
  const { t, kind: kinds, side: sides } = markColumns(columns, toPx, r0, r1, scratch);
  const ticks = planTicks(scale, {
    measure,
    fontSize: axisFont,
    lineHeight: axisLh,
    locale,
    timeZone: o.timeZone,
    orientation: o.orientation,
    length: timeLength,
  });

  // Events by anchor position (ties by index), then per lane (a counting sort keeps that order).
  const byT = orderByPosition(t, scratch);
  const laneAll = groupByLane(scratch.i32("laneAll", n), byT, laneOf, laneCount, () => true);
  const laneIn = groupByLane(scratch.i32("laneIn", n), byT, laneOf, laneCount, (e) => sides[e] === INSIDE);

  // Rows: spans and ranges (in start order = timeline order) stack per lane.
  const row = scratch.i32("row", n);
  const laneBars = groupByLane(scratch.i32("laneBars", n), null, laneOf, laneCount, (e) => sides[e] === INSIDE && kinds[e] !== KIND_POINT);
  const depth = laneBars.map((bars) => assignRows(bars, ms0, ms1, Infinity, 1, row));

  // Share the cross axis.
  const visibleEras = timeline.eras.filter((era) => era.end.end > scale.visible[0] && era.start.start < scale.visible[1]);
  const axisSize = horizontal
    ? TICK + 3 + axisLh + 2
    : Math.min(ticks.reduce((w, tick) => Math.max(w, tick.width), 0) + TICK + 8, crossLength * 0.35);
  const eraSize = visibleEras.length > 0 ? lh + 4 : 0;
  const stripSize = horizontal ? axisLh + 6 : measure("+999k", axisFont) + 8;
  const maxTrack = horizontal ? Infinity : MAX_VERTICAL_LABEL + gap;
  // Vertical: when the width leaves room beyond one full-width label track, the lane columns
  // widen (up to MAX_LANE_SCALE, at most LANE_SHARE of the width) so a wide drawing is not a
  // strip of hairline columns. Narrow widths keep the natural sizes.
  let laneScale = 1;
  if (!horizontal) {
    const natural = depth.reduce((w, d) => w + POINT_ROW + LANE_PAD + d * RANGE_ROW, 0);
    const labelRoom = crossLength - axisSize - eraSize - stripSize - natural - maxTrack;
    if (natural > 0 && labelRoom > 0) {
      laneScale = Math.min(MAX_LANE_SCALE, 1 + labelRoom / natural, Math.max(1, (crossLength * LANE_SHARE) / natural));
    }
  }
  const track = horizontal ? (o.maxLines + (o.showDate ? 1 : 0)) * lh + 4 : MIN_VERTICAL_TRACK;
  const sizes: CrossSizes = {
    axis: axisSize,
    era: eraSize,
    pointRow: POINT_ROW * laneScale,
    rangeRow: RANGE_ROW * laneScale,
    lanePad: LANE_PAD * laneScale,
    strip: stripSize,
    track,
    maxTrack,
  };
  // A horizontal lane title takes the start of its lane's first track (none if it cannot fit).
  const titles = specs.map((lane): number => {
    if (!showTitles || !horizontal) return 0;
    const length = Math.min(measure(lane.label, fontSize) * 1.1, maxWidth);
    return length > 0 && length + 4 <= timeLength ? length : 0;
  });
  // Label widths estimated from title lengths; exact widths are measured only when placing.
  const estimate = (e: number): number => Math.min(maxWidth, (columns.titleLength[e] as number) * fontSize * 0.5);
  const trackCap = Math.max(1, Math.floor(crossLength / track));
  const demands: LaneDemand[] = specs.map((_, l) => {
    const all = laneAll[l] as Int32Array;
    const inside = laneIn[l] as Int32Array;
    const tracks = horizontal ? trackDemand(inside, (e) => t[e] as number, estimate, gap, trackCap) : 0;
    return {
      rows: depth[l] as number,
      // The lane title sits in the first track, so a titled lane wants one at least.
      tracks: (titles[l] as number) > 0 ? Math.max(tracks, 1) : tracks,
      events: all.length,
      // Off-screen events always fold, so their lane needs a strip.
      strip: all.length > inside.length,
    };
  });
  const plan = planCross(crossLength, horizontal, sizes, demands);

  // Ranges beyond a lane's row budget fold: the latest ones, or the least important ones when
  // importance differs (first-fit in priority order then).
  laneBars.forEach((bars, l) => {
    const cap = (plan.lanes[l] as LaneBudget).rows;
    if ((depth[l] as number) <= cap) return;
    if (columns.uniformImportance) {
      for (const e of bars) if ((row[e] as number) > cap) row[e] = -1;
    } else {
      assignRowsFirstFit(byImportance(bars, columns.importance), ms0, ms1, cap, 1, row);
    }
  });

  // Labels: most important first (ties: time order); per lane in horizontal, pooled in vertical.
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
    const textOptions = { maxWidth: textWidth, maxLines: o.maxLines, fontSize, showDate: o.showDate, locale, measure };
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
    specs.forEach((_, l) => {
      const budget = plan.lanes[l] as LaneBudget;
      const candidates = byPriority(select(laneIn[l] as Int32Array, (e) => row[e] !== -1));
      const title = titles[l] as number;
      const place = (): number => {
        unplace(candidates);
        if (budget.tracks === 0) return 0;
        return placeLabels(candidates, t, extent, {
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

  // A squeezed plan has no rows: every span and range folds.
  if (plan.factor < 1) for (let e = 0; e < n; e++) if (row[e] !== 0) row[e] = -1;

  // Everything without a label folds into clusters: per lane in horizontal, one shared strip
  // in vertical.
  const badgeLengths = new Map<number, number>();
  const foldOptions = {
    tMin,
    tMax,
    gap: 4,
    badgeLength: horizontal
      ? (count: number): number => {
          let length = badgeLengths.get(count);
          if (length === undefined) badgeLengths.set(count, (length = measure(badgeText(count), axisFont) + 10));
          return length;
        }
      : () => axisLh + 2,
  };
  // Where each lane title goes. Vertical: the header. Horizontal: the start of the lane's first
  // label track; a lane left without tracks (squeezed cross axis) puts it at the start of its
  // cluster strip instead (its badges start after it), or in its empty point row when it has no
  // events. Only where not even that holds a line of text does a lane go untitled (labelBox null).
  const titleSpot = new Uint8Array(laneCount);
  const clusterSets: ClusterSet[] = (horizontal ? laneAll : [byT]).map((list, l) => {
    const members = select(list, (e) => trackOf[e] === -1);
    let options = foldOptions;
    const title = titles[l] ?? 0;
    if (title > 0) {
      const start = title + 2 + TITLE_MARGIN + foldOptions.gap;
      const band = (members.length > 0 ? stripSize : sizes.pointRow) * plan.factor;
      if ((plan.lanes[l] as LaneBudget).tracks > 0) titleSpot[l] = TITLE_TRACK;
      else if (band >= fontSize && tMax - start >= foldOptions.badgeLength(members.length)) {
        titleSpot[l] = members.length > 0 ? TITLE_STRIP : TITLE_ROW;
        options = { ...foldOptions, tMin: start };
      }
    }
    return { members, groups: foldClusters(members, t, options) };
  });
  if (!horizontal && showTitles && header > 0) titleSpot.fill(TITLE_TRACK);

  // Assemble. The plan's factor (< 1 only in a squeezed drawing) scales every fixed size.
  const f = plan.factor;
  const axisBand = axisSize * f;
  const eraBand = eraSize * f;
  const pointRow = sizes.pointRow * f;
  const rangeRow = sizes.rangeRow * f;
  const lanePad = sizes.lanePad * f;
  const strip = stripSize * f;
  const { box, point } = frameMap(horizontal);

  // Lanes on the cross axis (c: y in horizontal, x in vertical), in order: horizontal = eras,
  // lanes, axis; vertical = axis, eras, lanes. A lane holds, along c:
  //   horizontal: "before" tracks (n … 1), its cluster strip, point row, range rows,
  //               "after" tracks (1 … n), padding;
  //   vertical:   point row, range rows, padding (the shared strip and tracks follow all lanes).
  // Horizontal track ranks (0 = nearest the marks) alternate: even ranks lie before, odd after,
  // the (rank >> 1) + 1-th from the marks. Vertical ranks count the shared tracks.
  const lanesStart = horizontal ? eraBand : axisBand + eraBand;
  const trackSize = plan.trackSize;
  let c = lanesStart;
  const frames: LaneFrame[] = specs.map((_, l) => {
    let before = horizontal && titleSpot[l] === TITLE_TRACK ? 1 : 0;
    let after = 0;
    let rows = 0;
    for (const e of laneIn[l] as Int32Array) {
      rows = Math.max(rows, row[e] as number);
      const rank = trackOf[e] as number;
      if (rank < 0 || !horizontal) continue;
      if (rank % 2 === 0) before = Math.max(before, (rank >> 1) + 1);
      else after = Math.max(after, (rank >> 1) + 1);
    }
    const offset = c;
    rows = Math.min(rows, (plan.lanes[l] as LaneBudget).rows);
    const stripC = offset + before * trackSize;
    const rowsC = stripC + (horizontal && (clusterSets[l] as ClusterSet).groups.length > 0 ? strip : 0);
    const afterC = rowsC + (pointRow + rows * rangeRow);
    const size = afterC + after * trackSize + lanePad - offset;
    c += size;
    return { offset, size, stripC, rowsC, rows, afterC, before };
  });
  const lanesEnd = c;
  // Vertical: the shared cluster strip (when used) and the shared label tracks follow the lanes.
  let sharedUsed = 0;
  if (!horizontal) for (let e = 0; e < n; e++) sharedUsed = Math.max(sharedUsed, (trackOf[e] as number) + 1);
  const tracksC = lanesEnd + (!horizontal && (clusterSets[0]?.groups.length ?? 0) > 0 ? strip : 0);
  const crossUsed = Math.min(horizontal ? lanesEnd + axisBand : tracksC + sharedUsed * trackSize, crossLength);
  const width = horizontal ? o.width : crossUsed;
  const height = horizontal ? crossUsed : o.height;
  /** Cross-axis start of the track with this rank. */
  const trackC = (frame: LaneFrame, rank: number): number =>
    !horizontal
      ? tracksC + rank * trackSize
      : rank % 2 === 0
        ? frame.offset + (frame.before - ((rank >> 1) + 1)) * trackSize
        : frame.afterC + (rank >> 1) * trackSize;

  // Cross-axis extent of a visible mark (marks, leaders and connectors use it), into `cross`.
  const radius = Math.min(4, pointRow * 0.3);
  const cross = new Float64Array(2);
  const markCross = (e: number): Float64Array => {
    const frame = frames[laneOf[e] as number] as LaneFrame;
    const r = row[e] as number;
    if (kinds[e] === KIND_POINT || r <= 0) {
      const mid = frame.rowsC + pointRow / 2;
      cross[0] = r < 0 ? mid : mid - radius;
      cross[1] = r < 0 ? mid : mid + radius;
    } else {
      const top = frame.rowsC + pointRow + (r - 1) * rangeRow;
      cross[0] = top + rangeRow * 0.125;
      cross[1] = top + rangeRow * 0.875;
    }
    return cross;
  };

  // Labels, lane by lane in time order.
  const labelIndex = scratch.i32("labelIndex", n).fill(-1);
  const labels: LabelLayout[] = [];
  specs.forEach((_, l) => {
    const frame = frames[l] as LaneFrame;
    for (const e of laneIn[l] as Int32Array) {
      const rank = trackOf[e] as number;
      if (rank < 0) continue;
      const text = texts.get(e) as LabelText;
      const lines = text.lines.length;
      const tl = horizontal ? text.width : lines * lh;
      const cl = horizontal ? lines * lh : text.width;
      // Horizontal: even ranks lie before (above) the marks.
      const above = horizontal && rank % 2 === 0;
      const tc = trackC(frame, rank);
      const boxC = above ? tc + trackSize - 2 - cl : tc + (horizontal ? 2 : gap / 2);
      const st = startOf.get(e) as number;
      const anchorT = t[e] as number;
      const preferred = clamp(anchorT + (horizontal ? 0 : -tl / 2), horizontal ? 0 : header, timeLength - tl);
      const mc = markCross(e);
      const event = events[e] as TimelineEvent;
      const index = horizontal ? (rank >> 1) + 1 : rank + 1;
      labelIndex[e] = labels.length;
      labels.push({
        eventId: event.id,
        eventIndex: e,
        lane: l,
        track: above ? -index : index,
        box: box(st, boxC, tl, cl),
        lines: text.lines,
        text: event.title,
        truncated: text.truncated,
        ...(text.dateText !== undefined ? { dateText: text.dateText } : {}),
        anchor: "start",
        fontSize,
        lineHeight: lh,
        leader: [point(anchorT, mc[above ? 0 : 1] as number), point(clamp(anchorT, st, st + tl), above ? boxC + cl : boxC)],
        displacement: Math.abs(st - preferred),
      });
    }
  });

  // Clusters.
  const clusterIndex = scratch.i32("clusterIndex", n).fill(-1);
  const clusters: ClusterLayout[] = [];
  clusterSets.forEach(({ members, groups }, set) => {
    const stripC = horizontal ? (frames[set] as LaneFrame).stripC : lanesEnd;
    groups.forEach((g, k) => {
      const count = g.to - g.from;
      const text = badgeText(count);
      const crossSize = (horizontal ? strip : Math.min(measure(text, axisFont) + 10, strip)) - 2 * f;
      let d0 = Infinity;
      let d1 = -Infinity;
      let before = 0;
      let after = 0;
      // Horizontal: the lane of this strip. Vertical: the members' lane, or -1 when they differ.
      let lane = horizontal ? set : (laneOf[members[g.from] as number] as number);
      const indices = Array.from(members.subarray(g.from, g.to));
      for (const e of indices) {
        clusterIndex[e] = clusters.length;
        if (lane !== laneOf[e]) lane = -1;
        d0 = Math.min(d0, ms0[e] as number);
        d1 = Math.max(d1, ms1[e] as number);
        if (sides[e] === BEFORE) before++;
        else if (sides[e] === AFTER) after++;
      }
      clusters.push({
        id: `cluster-${set}-${k}`,
        lane,
        t: g.t,
        box: box(g.start, stripC + f, g.length, Math.max(crossSize, 0)),
        label: text,
        count,
        eventIds: indices.map((e) => ids[e] as string),
        eventIndices: indices,
        domain: [d0, d1],
        edge: before === count ? "before" : after === count ? "after" : null,
      });
    });
  });

  // Marks of visible events, in timeline order.
  const span = (p0: number, p1: number): TimeSpan => ({ t0: clamp(p0, r0, r1), t1: clamp(p1, r0, r1) });
  const marks: Mark[] = [];
  let visibleCount = 0;
  for (let e = 0; e < n; e++) if (sides[e] === INSIDE) visibleCount++;
  // Beyond maxMarks visible events, clustered events are drawn by their clusters only.
  const clusteredMarks = visibleCount <= o.maxMarks;
  for (let e = 0; e < n; e++) {
    if (sides[e] !== INSIDE || (!clusteredMarks && (labelIndex[e] as number) < 0)) continue;
    const kind = kinds[e] as number;
    const mc = markCross(e);
    const c0 = mc[0] as number;
    const c1 = mc[1] as number;
    const p0 = toPx(ms0[e] as number);
    const p1 = toPx(ms1[e] as number);
    const anchorT = t[e] as number;
    const whole = span(p0, p1);
    let b0 = whole.t0;
    let b1 = whole.t1;
    if (kind === KIND_POINT) {
      b0 = anchorT - radius;
      b1 = anchorT + radius;
    } else if (b1 - b0 < 2) {
      const mid = (b0 + b1) / 2;
      b0 = mid - 1;
      b1 = mid + 1;
    }
    b0 = clamp(b0, 0, timeLength);
    b1 = clamp(b1, b0, timeLength);
    const flags = columns.flags[e] as number;
    const range = kind === KIND_RANGE;
    const event = events[e] as TimelineEvent;
    marks.push({
      id: ids[e] as string,
      eventIndex: e,
      kind: KINDS[kind] as MarkKind,
      lane: laneOf[e] as number,
      row: row[e] as number,
      t0: whole.t0,
      t1: whole.t1,
      t: anchorT,
      startSpan: range ? span(p0, toPx(columns.startEnd[e] as number)) : whole,
      endSpan: range ? span(toPx((event.end ?? event.start).start), p1) : whole,
      box: box(b0, c0, b1 - b0, c1 - c0),
      anchor: point(anchorT, (c0 + c1) / 2),
      approximate: (flags & APPROXIMATE) !== 0,
      precision: PRECISIONS[columns.precision[e] as number] as Precision,
      endPrecision: PRECISIONS[columns.endPrecision[e] as number] as Precision,
      openStart: (flags & OPEN_START) !== 0,
      openEnd: (flags & OPEN_END) !== 0,
      clippedStart: p0 < r0,
      clippedEnd: p1 > r1,
      label: labelIndex[e] as number,
      cluster: clusterIndex[e] as number,
    });
  }

  // Lanes.
  const lanes: LaneLayout[] = specs.map((spec, l) => {
    const frame = frames[l] as LaneFrame;
    let labelBox: Box | null = null;
    const spot = titleSpot[l];
    if (!horizontal) {
      // The header above the lane's column, when the column is at least a line of text wide.
      const cross = frame.size - lanePad;
      if (spot === TITLE_TRACK && cross >= fontSize) labelBox = box(0, frame.offset, header, cross);
    } else if (spot === TITLE_TRACK) {
      labelBox = box(2, trackC(frame, 0) + trackSize - 2 - lh, titles[l] as number, lh);
    } else if (spot !== TITLE_NONE) {
      // Centred in the strip (or point row), at most a line high: the layout checked it holds the text.
      const c0 = spot === TITLE_STRIP ? frame.stripC : frame.rowsC;
      const band = spot === TITLE_STRIP ? strip : pointRow;
      const size = Math.min(lh, band);
      labelBox = box(2, c0 + (band - size) / 2, titles[l] as number, size);
    }
    return {
      id: spec.id,
      label: spec.label,
      index: l,
      offset: frame.offset,
      size: frame.size,
      rows: 1 + frame.rows,
      rowsOffset: frame.rowsC,
      pointRowSize: pointRow,
      rowSize: rangeRow,
      box: box(0, frame.offset, timeLength, frame.size),
      labelBox,
    };
  });

  // Eras across the lanes, titles in their strip.
  const eras: EraLayout[] = visibleEras.map((era) => {
    const { t0, t1 } = span(toPx(era.start.start), toPx(era.end.end));
    return {
      title: era.title,
      t0,
      t1,
      box: box(t0, lanesStart, t1 - t0, lanesEnd - lanesStart),
      labelBox: box(t0, horizontal ? 0 : axisBand, t1 - t0, eraBand),
    };
  });

  const axis = assembleAxis(scale, ticks, {
    horizontal,
    map: { box, point },
    lineC: horizontal ? lanesEnd : axisBand,
    c0: horizontal ? lanesEnd : 0,
    c1: horizontal ? lanesEnd + axisBand : axisBand,
    breakC0: horizontal ? lanesStart : 0,
    breakC1: horizontal ? lanesEnd + axisBand : lanesEnd,
    tickLength: TICK * f,
    fontSize: axisFont,
    lineHeight: axisLh * f,
    timeLength,
    labels: f === 1,
  });

  // Relations are read from the events themselves; past maxMarks events, only from labelled
  // ones (touching a million relation lists would cost more than the rest of the layout).
  const related: number[] = [];
  if (n <= o.maxMarks) for (let e = 0; e < n; e++) related.push(e);
  else for (const label of labels) related.push(label.eventIndex);
  const connectors = connectRelations(
    events,
    related,
    {
      point: (e) => {
        const ci = clusterIndex[e] as number;
        if (ci < 0) {
          const c = markCross(e);
          return point(t[e] as number, ((c[0] as number) + (c[1] as number)) / 2);
        }
        const b = (clusters[ci] as ClusterLayout).box;
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      },
      cluster: clusterIndex,
    },
    horizontal,
    width,
    height,
  );

  return {
    orientation: o.orientation,
    size: { width, height },
    plot: box(r0, lanesStart, r1 - r0, lanesEnd - lanesStart),
    scale,
    axis,
    lanes,
    marks,
    labels,
    clusters,
    connectors,
    eras,
    visibleCount,
    eventCount: n,
    locale,
    timeZone: o.timeZone,
  };
}

/** Folded events of one strip (by position) and their badges (runs of `members`). */
interface ClusterSet {
  readonly members: Int32Array;
  readonly groups: readonly ClusterGroup[];
}

/** Cross-axis positions of one lane's parts, px. */
interface LaneFrame {
  readonly offset: number;
  readonly size: number;
  /** Horizontal: the cluster strip. */
  readonly stripC: number;
  readonly rowsC: number;
  /** Range rows (below the point row). */
  readonly rows: number;
  /** Start of the "after" tracks (the "before" tracks start at `offset`). */
  readonly afterC: number;
  /** Number of "before" tracks. */
  readonly before: number;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/**
 * Event indexes per lane, keeping the order of `order` (or index order when null), for the
 * events `keep` accepts: one Int32Array per lane (subarrays of `into`, which must hold them all).
 */
function groupByLane(
  into: Int32Array,
  order: Uint32Array | null,
  laneOf: Int32Array,
  laneCount: number,
  keep: (event: number) => boolean,
): Int32Array[] {
  const n = laneOf.length;
  const counts = new Int32Array(laneCount + 1);
  for (let i = 0; i < n; i++) if (keep(i)) counts[(laneOf[i] as number) + 1] = (counts[(laneOf[i] as number) + 1] as number) + 1;
  for (let l = 0; l < laneCount; l++) counts[l + 1] = (counts[l + 1] as number) + (counts[l] as number);
  const starts = counts.slice();
  const buffer = into.subarray(0, counts[laneCount] as number);
  for (let k = 0; k < n; k++) {
    const e = order === null ? k : (order[k] as number);
    if (!keep(e)) continue;
    const l = laneOf[e] as number;
    buffer[starts[l] as number] = e;
    starts[l] = (starts[l] as number) + 1;
  }
  return Array.from({ length: laneCount }, (_, l) => buffer.subarray(counts[l] as number, counts[l + 1] as number));
}

/** The entries of `list` that `keep` accepts, as a new Int32Array (two passes, no temporary list). */
function select(list: ArrayLike<number>, keep: (event: number) => boolean): Int32Array {
  let count = 0;
  for (let i = 0; i < list.length; i++) if (keep(list[i] as number)) count++;
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as number;
    if (keep(e)) out[k++] = e;
  }
  return out;
}
