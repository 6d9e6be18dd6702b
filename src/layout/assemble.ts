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
import type { LaneSpec } from "./lanes.js";
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
  Point,
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
  readonly lanes: readonly LaneSpec[];
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
  /** Lane of each event. */
  readonly laneOf: Int32Array;
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
  const { timeline, o, horizontal, scale, cols, row, trackOf, startOf, texts, columns } = a;
  const events = timeline.events;
  const n = events.length;
  const map = frameMap(horizontal);
  const laneIndex = a.laneOf;
  const timeLength = horizontal ? o.width : o.height;
  const crossLength = horizontal ? o.height : o.width;
  const [r0, r1] = scale.range;
  const f = a.plan.factor;
  const lh = o.lineHeight;
  const s = {
    axis: a.sizes.axis * f,
    era: a.sizes.era * f,
    pointRow: a.sizes.pointRow * f,
    rangeRow: a.sizes.rangeRow * f,
    lanePad: a.sizes.lanePad * f,
    strip: a.sizes.strip * f,
  };

  // Cross-axis order: horizontal = eras, lanes, axis; vertical = axis, eras, lanes.
  const eraC = horizontal ? 0 : s.axis;
  const lanesStart = horizontal ? s.era : s.axis + s.era;
  const frames: LaneFrame[] = [];
  let c = lanesStart;
  const trackSize = a.plan.trackSize;
  a.lanes.forEach((_, l) => {
    let before = horizontal && a.titleSpot[l] === TITLE_TRACK ? 1 : 0;
    let after = 0;
    for (const e of a.laneIn[l] as Int32Array) {
      const rank = trackOf[e] as number;
      if (rank < 0) continue;
      const { side, index } = trackOfRank(rank, horizontal);
      if (side < 0) before = Math.max(before, index);
      else after = Math.max(after, index);
    }
    const budget = a.plan.lanes[l] as LaneBudget;
    let rows = 0;
    for (const e of a.laneIn[l] as Int32Array) rows = Math.max(rows, row[e] as number);
    const frame = laneFrame({
      horizontal,
      offset: c,
      title: 0,
      tracksBefore: horizontal ? before : 0,
      tracksAfter: horizontal ? after : 0,
      trackSize,
      strip: horizontal && (a.clusterSets[l] as ClusterSet).groups.length > 0 ? s.strip : 0,
      pointRow: s.pointRow,
      rangeRow: s.rangeRow,
      rows: Math.min(rows, budget.rows),
      pad: s.lanePad,
    });
    frames.push(frame);
    c += frame.size;
  });
  const lanesEnd = c;
  // Vertical: the shared cluster strip (when used) and the shared label tracks follow the lanes.
  let sharedUsed = 0;
  if (!horizontal) for (let e = 0; e < n; e++) sharedUsed = Math.max(sharedUsed, (trackOf[e] as number) + 1);
  const sharedStrip = !horizontal && (a.clusterSets[0]?.groups.length ?? 0) > 0 ? s.strip : 0;
  const tracksC = lanesEnd + sharedStrip;
  const trackC = (frame: LaneFrame, rank: number): number =>
    horizontal ? trackStart(frame, rank, true) : tracksC + rank * trackSize;
  const crossUsed = Math.min(horizontal ? lanesEnd + s.axis : tracksC + sharedUsed * trackSize, crossLength);
  const width = horizontal ? o.width : crossUsed;
  const height = horizontal ? crossUsed : o.height;

  // Mark geometry on the cross axis (the same function serves marks, leaders and connectors).
  const radius = Math.min(4, s.pointRow * 0.3);
  // Cross-axis extent of a visible mark (marks, leaders and connectors use it), into `cross`.
  const cross = new Float64Array(2);
  const markCross = (e: number): Float64Array => {
    const frame = frames[laneIndex[e] as number] as LaneFrame;
    const r = row[e] as number;
    if (cols.kind[e] === KIND_POINT || r <= 0) {
      const mid = frame.rowsC + s.pointRow / 2;
      cross[0] = r < 0 ? mid : mid - radius;
      cross[1] = r < 0 ? mid : mid + radius;
    } else {
      const top = frame.rowsC + s.pointRow + (r - 1) * s.rangeRow;
      cross[0] = top + s.rangeRow * 0.125;
      cross[1] = top + s.rangeRow * 0.875;
    }
    return cross;
  };
  function laneOfEvent(e: number): number {
    return laneIndex[e] as number;
  }
  const anchorPoint = (e: number): Point => {
    const c = markCross(e);
    return map.point(cols.t[e] as number, ((c[0] as number) + (c[1] as number)) / 2);
  };

  // Labels, lane by lane in time order.
  const labelIndex = a.scratch.i32("labelIndex", n).fill(-1);
  const labels: LabelLayout[] = [];
  a.lanes.forEach((_, l) => {
    const frame = frames[l] as LaneFrame;
    for (const e of a.laneIn[l] as Int32Array) {
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
      const anchorT = cols.t[e] as number;
      const preferred = clamp(anchorT + (horizontal ? 0 : -tl / 2), horizontal ? 0 : a.header, timeLength - tl);
      const mc = markCross(e);
      const m0 = mc[0] as number;
      const m1 = mc[1] as number;
      const from = map.point(anchorT, side < 0 ? m0 : m1);
      const to = map.point(clamp(anchorT, st, st + tl), side < 0 ? boxC + cl : boxC);
      const event = events[e] as TimelineEvent;
      const label: LabelLayout = {
        eventId: event.id,
        eventIndex: e,
        lane: l,
        track: side * index,
        box: map.box(st, boxC, tl, cl),
        lines: text.lines,
        text: event.title,
        truncated: text.truncated,
        ...(text.dateText !== undefined ? { dateText: text.dateText } : {}),
        anchor: "start",
        fontSize: o.fontSize,
        lineHeight: lh,
        leader: [from, to],
        displacement: Math.abs(st - preferred),
      };
      labelIndex[e] = labels.length;
      labels.push(label);
    }
  });

  // Clusters.
  const clusterIndex = a.scratch.i32("clusterIndex", n).fill(-1);
  const clusters: ClusterLayout[] = [];
  a.clusterSets.forEach(({ members, groups }, set) => {
    const stripC = horizontal ? (frames[set] as LaneFrame).stripC : lanesEnd;
    groups.forEach((g, k) => {
      const count = g.to - g.from;
      const text = badgeText(count);
      const crossSize = horizontal ? s.strip - 2 * f : Math.min(o.measure(text, a.axisFont) + 10, s.strip) - 2 * f;
      let d0 = Infinity;
      let d1 = -Infinity;
      let before = 0;
      let after = 0;
      // Horizontal: the lane of this strip. Vertical: the members' lane, or -1 when they differ.
      let lane = horizontal ? set : (laneIndex[members[g.from] as number] as number);
      const ids = new Array<string>(count);
      const indices = new Array<number>(count);
      for (let i = 0; i < count; i++) {
        const e = members[g.from + i] as number;
        clusterIndex[e] = clusters.length;
        ids[i] = columns.ids[e] as string;
        indices[i] = e;
        if (lane !== laneIndex[e]) lane = -1;
        const m0 = cols.ms0[e] as number;
        const m1 = cols.ms1[e] as number;
        if (m0 < d0) d0 = m0;
        if (m1 > d1) d1 = m1;
        const side = cols.side[e];
        if (side === BEFORE) before++;
        else if (side === AFTER) after++;
      }
      clusters.push({
        id: `cluster-${set}-${k}`,
        lane,
        t: g.t,
        box: map.box(g.start, stripC + f, g.length, Math.max(crossSize, 0)),
        label: text,
        count,
        eventIds: ids,
        eventIndices: indices,
        domain: [d0, d1],
        edge: before === count ? "before" : after === count ? "after" : null,
      });
    });
  });

  // Marks of visible events, in timeline order.
  const toPx = compileScale(scale);
  const span = (ms0: number, ms1: number) => ({ t0: clamp(toPx(ms0), r0, r1), t1: clamp(toPx(ms1), r0, r1) });
  const marks: Mark[] = [];
  let visibleCount = 0;
  for (let e = 0; e < n; e++) if (cols.side[e] === INSIDE) visibleCount++;
  // Beyond maxMarks visible events, clustered events are drawn by their clusters only.
  const clusteredMarks = visibleCount <= o.maxMarks;
  for (let e = 0; e < n; e++) {
    if (cols.side[e] !== INSIDE) continue;
    if (!clusteredMarks && (labelIndex[e] as number) < 0) continue;
    const kind = cols.kind[e] as number;
    const mc = markCross(e);
    const c0 = mc[0] as number;
    const c1 = mc[1] as number;
    const p0 = toPx(cols.ms0[e] as number);
    const p1 = toPx(cols.ms1[e] as number);
    const anchorT = cols.t[e] as number;
    let b0: number;
    let b1: number;
    if (kind === KIND_POINT) {
      b0 = anchorT - radius;
      b1 = anchorT + radius;
    } else {
      b0 = clamp(p0, r0, r1);
      b1 = clamp(p1, r0, r1);
      if (b1 - b0 < 2) {
        const mid = (b0 + b1) / 2;
        b0 = mid - 1;
        b1 = mid + 1;
      }
    }
    b0 = clamp(b0, 0, timeLength);
    b1 = clamp(b1, b0, timeLength);
    const whole = { t0: clamp(p0, r0, r1), t1: clamp(p1, r0, r1) };
    const f = columns.flags[e] as number;
    marks.push({
      id: columns.ids[e] as string,
      eventIndex: e,
      kind: KINDS[kind] ?? "point",
      lane: laneOfEvent(e),
      row: row[e] as number,
      t0: whole.t0,
      t1: whole.t1,
      t: anchorT,
      startSpan: kind === KIND_RANGE ? span(cols.ms0[e] as number, columns.startEnd[e] as number) : whole,
      endSpan: kind === KIND_RANGE ? span(((events[e] as TimelineEvent).end ?? (events[e] as TimelineEvent).start).start, cols.ms1[e] as number) : whole,
      box: map.box(b0, c0, b1 - b0, c1 - c0),
      anchor: map.point(anchorT, (c0 + c1) / 2),
      approximate: (f & APPROXIMATE) !== 0,
      precision: PRECISIONS[columns.precision[e] as number] ?? "millisecond",
      endPrecision: PRECISIONS[columns.endPrecision[e] as number] ?? "millisecond",
      openStart: (f & OPEN_START) !== 0,
      openEnd: (f & OPEN_END) !== 0,
      clippedStart: p0 < r0,
      clippedEnd: p1 > r1,
      label: labelIndex[e] as number,
      cluster: clusterIndex[e] as number,
    });
  }

  // Lanes.
  const lanes: LaneLayout[] = a.lanes.map((spec, l) => {
    const frame = frames[l] as LaneFrame;
    let labelBox: Box | null = null;
    const spot = a.titleSpot[l];
    if (!horizontal) {
      // The header above the lane's column, when the column is at least a line of text wide.
      const cross = frame.size - s.lanePad;
      if (spot === TITLE_TRACK && cross >= o.fontSize) labelBox = map.box(0, frame.offset, a.header, cross);
    } else if (spot === TITLE_TRACK) {
      labelBox = map.box(2, trackStart(frame, 0, true) + trackSize - 2 - lh, a.titleLength(l), lh);
    } else if (spot !== TITLE_NONE) {
      // Centred in the strip (or point row), at most a line high: the layout checked it holds the text.
      const c0 = spot === TITLE_STRIP ? frame.stripC : frame.rowsC;
      const band = spot === TITLE_STRIP ? s.strip : s.pointRow;
      const size = Math.min(lh, band);
      labelBox = map.box(2, c0 + (band - size) / 2, a.titleLength(l), size);
    }
    return {
      id: spec.id,
      label: spec.label,
      index: l,
      offset: frame.offset,
      size: frame.size,
      rows: 1 + Math.round((frame.rowsSize - s.pointRow) / (s.rangeRow || 1)),
      rowsOffset: frame.rowsC,
      pointRowSize: s.pointRow,
      rowSize: s.rangeRow,
      box: map.box(0, frame.offset, timeLength, frame.size),
      labelBox,
    };
  });

  // Eras across the lanes, titles in their strip.
  const eras: EraLayout[] = a.visibleEras.map((era) => {
    const t0 = clamp(toPx(era.start.start), r0, r1);
    const t1 = clamp(toPx(era.end.end), r0, r1);
    return {
      title: era.title,
      t0,
      t1,
      box: map.box(t0, lanesStart, t1 - t0, lanesEnd - lanesStart),
      labelBox: map.box(t0, eraC, t1 - t0, s.era),
    };
  });

  const axisLine = horizontal ? lanesEnd : s.axis;
  const axis = assembleAxis(scale, a.ticks, {
    horizontal,
    map,
    lineC: axisLine,
    c0: horizontal ? lanesEnd : 0,
    c1: horizontal ? lanesEnd + s.axis : s.axis,
    breakC0: horizontal ? lanesStart : 0,
    breakC1: horizontal ? lanesEnd + s.axis : lanesEnd,
    tickLength: a.tick * f,
    fontSize: a.axisFont,
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
        if (ci < 0) return anchorPoint(e);
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
    plot: map.box(r0, lanesStart, r1 - r0, lanesEnd - lanesStart),
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
