/**
 * The last phase: given where everything sits on the time axis and what each lane holds, fix the
 * cross-axis positions (era strip, lanes, axis), then emit lanes, marks, labels, clusters, eras
 * and connectors in final x/y.
 */

import type { Timeline, TimelineEvent } from "../model/types.js";
import { assembleAxis } from "./axis.js";
import { badgeText } from "./badge.js";
import { APPROXIMATE, OPEN_END, OPEN_START, type EventColumns } from "./columns.js";
import { PRECISIONS } from "../model/precision.js";
import type { CrossPlan, CrossSizes, LaneBudget } from "./budget.js";
import type { ClusterGroup } from "./clusters.js";
import { connectRelations } from "./connectors.js";
import { frameMap } from "./frame-map.js";
import { laneFrame, TITLE_NONE, TITLE_STRIP, TITLE_TRACK, trackOfRank, trackStart, type LaneFrame } from "./lane-frame.js";
import type { LabelText } from "./label-text.js";
import { AFTER, BEFORE, INSIDE, KIND_POINT, KIND_RANGE, KINDS, type MarkColumns } from "./marks.js";
import { compileScale } from "./scale.js";
import type { Scratch } from "./scratch.js";
import type { PlannedTick } from "./ticks.js";
import type {
  Box,
  ClusterLayout,
  EraLayout,
  LabelLayout,
  LaneLayout,
  Layout,
  LayoutScale,
  Mark,
  TimeSpan,
} from "./types.js";
import type { ResolvedViewport } from "./viewport.js";

/** Folded events of one strip (by position) and their badges (runs of `members`). */
export interface ClusterSet {
  readonly members: Int32Array;
  readonly groups: readonly ClusterGroup[];
}

/** Everything the earlier phases worked out. */
export interface AssembleInput {
  readonly timeline: Timeline;
  readonly o: ResolvedViewport;
  readonly horizontal: boolean;
  /** Where each lane's title goes (`TITLE_*` of lane-frame.ts). */
  readonly titleSpot: Uint8Array;
  /** Horizontal lane title length, 0 when untitled. */
  readonly titleLength: (lane: number) => number;
  readonly header: number;
  /** Reusable memory for per-event arrays (never referenced by the result). */
  readonly scratch: Scratch;
  readonly scale: LayoutScale;
  readonly ticks: readonly PlannedTick[];
  readonly cols: MarkColumns;
  readonly row: Int32Array;
  readonly trackOf: Int32Array;
  readonly startOf: ReadonlyMap<number, number>;
  readonly texts: ReadonlyMap<number, LabelText>;
  /** One set per lane (horizontal) or a single shared set (vertical). */
  readonly clusterSets: readonly ClusterSet[];
  /** Visible events per lane, by position. */
  readonly laneIn: readonly Int32Array[];
  readonly columns: EventColumns;
  readonly plan: CrossPlan;
  readonly sizes: CrossSizes;
  readonly visibleEras: Timeline["eras"];
  readonly axisFont: number;
  readonly axisLh: number;
  readonly tick: number;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/**
 * Builds the final {@link Layout}.
 *
 * @example
 * ```ts
 * // called by layoutTimeline only
 * ```
 */
export function assemble(a: AssembleInput): Layout {
  const { timeline, o, horizontal, scale, row, trackOf, startOf, texts, columns, laneIn, titleSpot, clusterSets, plan } = a;
  const { t: anchor, kind: kinds, side: sides, ms0, ms1 } = a.cols;
  const { ids, lane: laneIndex, lanes: specs } = columns;
  const events = timeline.events;
  const n = events.length;
  const map = frameMap(horizontal);
  const { box, point } = map;
  const timeLength = horizontal ? o.width : o.height;
  const crossLength = horizontal ? o.height : o.width;
  const [r0, r1] = scale.range;
  const f = plan.factor;
  const lh = o.lineHeight;
  const { sizes, header, titleLength, axisFont } = a;
  const axisSize = sizes.axis * f;
  const eraSize = sizes.era * f;
  const pointRow = sizes.pointRow * f;
  const rangeRow = sizes.rangeRow * f;
  const lanePad = sizes.lanePad * f;
  const strip = sizes.strip * f;

  // Cross-axis order: horizontal = eras, lanes, axis; vertical = axis, eras, lanes.
  const lanesStart = horizontal ? eraSize : axisSize + eraSize;
  const frames: LaneFrame[] = [];
  let c = lanesStart;
  const trackSize = plan.trackSize;
  specs.forEach((_, l) => {
    let before = horizontal && titleSpot[l] === TITLE_TRACK ? 1 : 0;
    let after = 0;
    let rows = 0;
    for (const e of laneIn[l] as Int32Array) {
      rows = Math.max(rows, row[e] as number);
      const rank = trackOf[e] as number;
      if (rank < 0 || !horizontal) continue;
      const { side, index } = trackOfRank(rank, true);
      if (side < 0) before = Math.max(before, index);
      else after = Math.max(after, index);
    }
    const frame = laneFrame({
      horizontal,
      offset: c,
      tracksBefore: before,
      tracksAfter: after,
      trackSize,
      strip: horizontal && (clusterSets[l] as ClusterSet).groups.length > 0 ? strip : 0,
      pointRow,
      rangeRow,
      rows: Math.min(rows, (plan.lanes[l] as LaneBudget).rows),
      pad: lanePad,
    });
    frames.push(frame);
    c += frame.size;
  });
  const lanesEnd = c;
  // Vertical: the shared cluster strip (when used) and the shared label tracks follow the lanes.
  let sharedUsed = 0;
  if (!horizontal) for (let e = 0; e < n; e++) sharedUsed = Math.max(sharedUsed, (trackOf[e] as number) + 1);
  const tracksC = lanesEnd + (!horizontal && (clusterSets[0]?.groups.length ?? 0) > 0 ? strip : 0);
  const crossUsed = Math.min(horizontal ? lanesEnd + axisSize : tracksC + sharedUsed * trackSize, crossLength);
  const width = horizontal ? o.width : crossUsed;
  const height = horizontal ? crossUsed : o.height;
  const trackC = (frame: LaneFrame, rank: number): number =>
    horizontal ? trackStart(frame, rank, true) : tracksC + rank * trackSize;

  // Mark geometry on the cross axis (the same function serves marks, leaders and connectors).
  const radius = Math.min(4, pointRow * 0.3);
  // Cross-axis extent of a visible mark (marks, leaders and connectors use it), into `cross`.
  const cross = new Float64Array(2);
  const markCross = (e: number): Float64Array => {
    const frame = frames[laneIndex[e] as number] as LaneFrame;
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
  const labelIndex = a.scratch.i32("labelIndex", n).fill(-1);
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
      const { side, index } = trackOfRank(rank, horizontal);
      const tc = trackC(frame, rank);
      const boxC = horizontal && side < 0 ? tc + trackSize - 2 - cl : tc + (horizontal ? 2 : o.gap / 2);
      const st = startOf.get(e) as number;
      const anchorT = anchor[e] as number;
      const preferred = clamp(anchorT + (horizontal ? 0 : -tl / 2), horizontal ? 0 : header, timeLength - tl);
      const mc = markCross(e);
      const event = events[e] as TimelineEvent;
      labelIndex[e] = labels.length;
      labels.push({
        eventId: event.id,
        eventIndex: e,
        lane: l,
        track: side * index,
        box: box(st, boxC, tl, cl),
        lines: text.lines,
        text: event.title,
        truncated: text.truncated,
        ...(text.dateText !== undefined ? { dateText: text.dateText } : {}),
        anchor: "start",
        fontSize: o.fontSize,
        lineHeight: lh,
        leader: [point(anchorT, mc[side < 0 ? 0 : 1] as number), point(clamp(anchorT, st, st + tl), side < 0 ? boxC + cl : boxC)],
        displacement: Math.abs(st - preferred),
      });
    }
  });

  // Clusters.
  const clusterIndex = a.scratch.i32("clusterIndex", n).fill(-1);
  const clusters: ClusterLayout[] = [];
  clusterSets.forEach(({ members, groups }, set) => {
    const stripC = horizontal ? (frames[set] as LaneFrame).stripC : lanesEnd;
    groups.forEach((g, k) => {
      const count = g.to - g.from;
      const text = badgeText(count);
      const crossSize = (horizontal ? strip : Math.min(o.measure(text, axisFont) + 10, strip)) - 2 * f;
      let d0 = Infinity;
      let d1 = -Infinity;
      let before = 0;
      let after = 0;
      // Horizontal: the lane of this strip. Vertical: the members' lane, or -1 when they differ.
      let lane = horizontal ? set : (laneIndex[members[g.from] as number] as number);
      const indices = Array.from(members.subarray(g.from, g.to));
      for (const e of indices) {
        clusterIndex[e] = clusters.length;
        if (lane !== laneIndex[e]) lane = -1;
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
  const toPx = compileScale(scale);
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
    const anchorT = anchor[e] as number;
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
      kind: KINDS[kind] ?? "point",
      lane: laneIndex[e] as number,
      row: row[e] as number,
      t0: whole.t0,
      t1: whole.t1,
      t: anchorT,
      startSpan: range ? span(p0, toPx(columns.startEnd[e] as number)) : whole,
      endSpan: range ? span(toPx((event.end ?? event.start).start), p1) : whole,
      box: box(b0, c0, b1 - b0, c1 - c0),
      anchor: point(anchorT, (c0 + c1) / 2),
      approximate: (flags & APPROXIMATE) !== 0,
      precision: PRECISIONS[columns.precision[e] as number] ?? "millisecond",
      endPrecision: PRECISIONS[columns.endPrecision[e] as number] ?? "millisecond",
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
      if (spot === TITLE_TRACK && cross >= o.fontSize) labelBox = box(0, frame.offset, header, cross);
    } else if (spot === TITLE_TRACK) {
      labelBox = box(2, trackStart(frame, 0, true) + trackSize - 2 - lh, titleLength(l), lh);
    } else if (spot !== TITLE_NONE) {
      // Centred in the strip (or point row), at most a line high: the layout checked it holds the text.
      const c0 = spot === TITLE_STRIP ? frame.stripC : frame.rowsC;
      const band = spot === TITLE_STRIP ? strip : pointRow;
      const size = Math.min(lh, band);
      labelBox = box(2, c0 + (band - size) / 2, titleLength(l), size);
    }
    return {
      id: spec.id,
      label: spec.label,
      index: l,
      offset: frame.offset,
      size: frame.size,
      rows: 1 + Math.round((frame.rowsSize - pointRow) / (rangeRow || 1)),
      rowsOffset: frame.rowsC,
      pointRowSize: pointRow,
      rowSize: rangeRow,
      box: box(0, frame.offset, timeLength, frame.size),
      labelBox,
    };
  });

  // Eras across the lanes, titles in their strip.
  const eras: EraLayout[] = a.visibleEras.map((era) => {
    const { t0, t1 } = span(toPx(era.start.start), toPx(era.end.end));
    return {
      title: era.title,
      t0,
      t1,
      box: box(t0, lanesStart, t1 - t0, lanesEnd - lanesStart),
      labelBox: box(t0, horizontal ? 0 : axisSize, t1 - t0, eraSize),
    };
  });

  const axis = assembleAxis(scale, a.ticks, {
    horizontal,
    map,
    lineC: horizontal ? lanesEnd : axisSize,
    c0: horizontal ? lanesEnd : 0,
    c1: horizontal ? lanesEnd + axisSize : axisSize,
    breakC0: horizontal ? lanesStart : 0,
    breakC1: horizontal ? lanesEnd + axisSize : lanesEnd,
    tickLength: a.tick * f,
    fontSize: axisFont,
    lineHeight: a.axisLh * f,
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
          return point(anchor[e] as number, ((c[0] as number) + (c[1] as number)) / 2);
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
    locale: o.locale,
    timeZone: o.timeZone,
  };
}
