/**
 * The layout's input ({@link Viewport}) and output ({@link Layout}) types.
 *
 * Coordinate system (every number is in CSS pixels unless its name says `ms`):
 * - The origin is the top-left corner of the drawing; x grows to the right, y grows downward.
 * - `horizontal`: time runs along x (left → right, earlier → later); lanes stack along y.
 *   The axis sits at the bottom.
 * - `vertical`: time runs along y (top → bottom, earlier → later); lanes sit side by side along x.
 *   The axis sits at the left.
 *
 * Besides final `x`/`y` boxes, geometry that depends on time also carries its position on the
 * *time axis* (`t…`, px along x in horizontal, along y in vertical) so that renderers and tests
 * can reason about time without caring about orientation. The *cross axis* is the other one.
 *
 * A Layout is plain data (JSON-serialisable: no functions, no class instances, no typed arrays),
 * so it can be snapshot-tested, cached and sent to a worker. Use `timeToPixel` / `pixelToTime`
 * from `scale.ts` with `layout.scale` to map between time and pixels.
 */

import type { Precision } from "../model/precision.js";

/** Which way time runs. */
export type Orientation = "horizontal" | "vertical";

/**
 * A zoom transform as d3-zoom produces it: time-axis pixel `p` of the unzoomed scale is drawn at
 * `p * k + x`. `x` is the translation *along the time axis* in both orientations (in vertical it
 * moves along y; the name follows d3-zoom). Default `{ k: 1, x: 0 }`.
 */
export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
}

/** An explicit stretch of time to compress into a break: `[start, end)` in epoch ms. */
export interface GapRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Measures the advance width in px of one line of text at a font size in px. Must be pure and
 * deterministic. In the browser pass a canvas-based measurer; Node uses the built-in table
 * (`measureText` in `measure.ts`).
 */
export type TextMeasurer = (text: string, fontSize: number) => number;

/** How event labels are sized and placed. All fields optional; defaults stated per field. */
export interface LabelOptions {
  /** Font size of label text in px. Default 12. */
  readonly fontSize?: number;
  /** Line height in px. Default `round(fontSize * 1.25)`. */
  readonly lineHeight?: number;
  /** Widest a label may be before it wraps, in px (horizontal). Default 160. */
  readonly maxWidth?: number;
  /** Most title lines before the text is truncated with "…". Default 2. */
  readonly maxLines?: number;
  /** Add the event's formatted date as an extra line under the title. Default false. */
  readonly showDate?: boolean;
  /** Free space kept between neighbouring labels, in px. Default 4. */
  readonly gap?: number;
  /**
   * How far a label may slide along the time axis away from its mark to find room, in px.
   * Displaced labels get a bent leader line. Default 48 (horizontal), 120 (vertical, where labels
   * stack down the page).
   */
  readonly maxShift?: number;
}

/**
 * Where and how to lay out: the drawing size plus options. Only `width` and `height` are
 * required; a bad value (NaN, negative, non-finite, unknown orientation) throws a
 * `ChronolineError` with code `invalid-option`.
 */
export interface Viewport {
  /** Drawing width in px (> 0, finite). */
  readonly width: number;
  /** Drawing height in px (> 0, finite). The layout may use less (lanes size to their content). */
  readonly height: number;
  /** Default `"horizontal"`. */
  readonly orientation?: Orientation;
  /** Zoom on top of the fitted scale. Default `{ k: 1, x: 0 }`. */
  readonly transform?: ZoomTransform;
  /**
   * Long empty stretches to compress into fixed-width breaks: `"auto"` finds them, `"none"` keeps
   * time linear, or explicit ranges. Default `"auto"`.
   */
  readonly gaps?: "auto" | "none" | readonly GapRange[];
  /** Width of one break on the time axis, px. Default 24. */
  readonly breakSize?: number;
  /** The time window to fit, `[start, end)` epoch ms. Default: the timeline's extent, padded. */
  readonly domain?: GapRange;
  /** Text measurer. Default: the built-in per-character table (`measureText`). */
  readonly measureText?: TextMeasurer;
  readonly labels?: LabelOptions;
  /** BCP-47 locale for tick and date labels. Default: the timeline's locale. */
  readonly locale?: string;
  /** IANA zone for tick boundaries and labels. Default: the timeline's time zone. */
  readonly timeZone?: string;
  /** Draw lane titles. Default: true when there is more than one lane. */
  readonly laneLabels?: boolean;
  /**
   * When more events than this are in view, marks of clustered events are left out of
   * `layout.marks` (their cluster stands for them; `cluster.eventIndices` lists them), which
   * keeps 100k–1M-event layouts fast and small. `Infinity` keeps every mark. Default 10,000.
   */
  readonly maxMarks?: number;
}

/** An axis-aligned rectangle in final drawing coordinates (px). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A point in final drawing coordinates (px). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A stretch along the time axis: `t0 <= t1`, px. */
export interface TimeSpan {
  readonly t0: number;
  readonly t1: number;
}

/**
 * One piece of the piecewise-linear scale: times in `[domain[0], domain[1]]` (epoch ms) map
 * linearly onto time-axis pixels `[range[0], range[1]]`. The zoom is already applied to `range`.
 * A `break` segment is a compressed gap: it keeps a fixed pixel width whatever its duration.
 */
export interface ScaleSegment {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  readonly kind: "linear" | "break";
}

/**
 * The time scale as plain data. Segments are contiguous and increasing in both domain and range;
 * times before the first or after the last segment extrapolate the nearest linear segment.
 */
export interface LayoutScale {
  readonly segments: readonly ScaleSegment[];
  /** The zoom applied on top of the fitted (k = 1) scale. */
  readonly transform: ZoomTransform;
  /** Visible time-axis pixels (the plot area along time): `[start, end]`. */
  readonly range: readonly [number, number];
  /** Times at the visible range's ends (epoch ms): what the viewport shows. */
  readonly visible: readonly [number, number];
}

/** One axis tick. */
export interface Tick {
  /** The instant, epoch ms. */
  readonly ms: number;
  /** Position on the time axis, px. */
  readonly t: number;
  /** The tick's point on the axis line. */
  readonly x: number;
  readonly y: number;
  /** Text under (horizontal) or beside (vertical) the tick; "" when the tick is unlabelled. */
  readonly label: string;
  /** Where the label's text sits; its anchor point is the box edge named by `anchor`. */
  readonly labelBox: Box;
  /** Text anchor of the label: `middle` (horizontal) or `end` (vertical, right-aligned). */
  readonly anchor: "start" | "middle" | "end";
  /** The finest calendar field the label shows (`year`, `month`, `day`, `hour`, …). */
  readonly precision: Precision;
  /** True where a coarser field rolls over (a new year on a month axis): draw it stronger. */
  readonly major: boolean;
}

/** A compressed gap drawn on the axis (and across lanes) as a break mark. */
export interface BreakMark {
  /** The compressed time, `[start, end)` epoch ms. */
  readonly domain: readonly [number, number];
  /** Its pixels on the time axis. */
  readonly t0: number;
  readonly t1: number;
  /** The break's area across the whole plot, final coordinates. */
  readonly box: Box;
}

/** The time axis: its line, ticks and breaks. */
export interface AxisLayout {
  /** The axis line from its start to its end, final coordinates. */
  readonly line: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
  /** The area holding the axis and its tick labels. */
  readonly box: Box;
  readonly ticks: readonly Tick[];
  readonly breaks: readonly BreakMark[];
  /** Font size of tick labels, px. */
  readonly fontSize: number;
}

/**
 * One lane (a group; ungrouped events go to a default lane with id `""`). Horizontal: along the
 * cross axis a lane holds, in order, label tracks "before" (the first of which starts with the lane
 * title), a cluster strip (only when some labels fold into clusters), the mark rows, and label
 * tracks "after". Vertical: a lane is just its mark rows; one shared cluster strip and the label
 * tracks shared by all lanes follow the last lane, and lane titles sit in a header at the top,
 * running along the time axis (rotate them by -90°).
 */
export interface LaneLayout {
  /** The group id, or `""` for the default lane. */
  readonly id: string;
  /** The group's label ("" for the default lane). */
  readonly label: string;
  readonly index: number;
  /** Start on the cross axis, px (y in horizontal, x in vertical). */
  readonly offset: number;
  /** Extent on the cross axis, px: computed from the lane's content. */
  readonly size: number;
  /** Number of mark rows (row 0 holds point marks; spans and ranges stack from row 1). */
  readonly rows: number;
  /** Cross-axis start of the mark rows, px (row 0 first). */
  readonly rowsOffset: number;
  /** Cross-axis size of row 0 (the point row), px. */
  readonly pointRowSize: number;
  /** Cross-axis size of each range row (rows 1…), px: row r ≥ 1 starts at
   * `rowsOffset + pointRowSize + (r - 1) * rowSize`. */
  readonly rowSize: number;
  /** The whole lane, final coordinates. */
  readonly box: Box;
  /**
   * Where the lane title goes (horizontal: the start of its first label track, or of its cluster
   * strip when it has no track; vertical: the header above its column). Null when lane titles are
   * off or the label is empty, and in squeezed drawings where the lane is thinner than a line of
   * text: the renderer can still name such a lane from `label` (e.g. in a tooltip).
   */
  readonly labelBox: Box | null;
}

/**
 * How an event is drawn:
 * - `point`: a dot (a precise instant, or an imprecise one too narrow to show its interval);
 * - `span`: an imprecise point drawn as a soft bracket over its whole interval ("2017" = the year);
 * - `range`: a bar from the start of `start` to the end of `end`.
 */
export type MarkKind = "point" | "span" | "range";

/**
 * The drawn mark of one event whose time intersects the visible window. Every such event has one,
 * except clustered events when more than `viewport.maxMarks` events are in view.
 */
export interface Mark {
  readonly id: string;
  /** Index into `timeline.events`. */
  readonly eventIndex: number;
  readonly kind: MarkKind;
  /** Lane index. */
  readonly lane: number;
  /**
   * Mark row inside the lane (0 for points). -1 when a span/range found no free row within the
   * lane's space: it is then counted in a cluster, and drawn as a thin bar along the middle of the
   * lane's point row (its extent is data), faded like the cluster's other marks.
   */
  readonly row: number;
  /** Time-axis px of the whole interval: `start.start` … (`end` ?? `start`).end. */
  readonly t0: number;
  readonly t1: number;
  /** Time-axis px of the anchor: a point's midpoint, a span's/range's start edge. */
  readonly t: number;
  /** Time-axis px covered by the start TimePoint's own interval (the fuzzy start of a range). */
  readonly startSpan: TimeSpan;
  /** Time-axis px covered by the end TimePoint's interval; equals `startSpan` for non-ranges. */
  readonly endSpan: TimeSpan;
  /** The mark's drawn box, final coordinates (a dot's box is its bounding square). */
  readonly box: Box;
  /** Where a leader line or connector attaches, final coordinates. */
  readonly anchor: Point;
  /** Either side is an estimate ("circa", "~", "?"). */
  readonly approximate: boolean;
  /** Precision of the start (and of the end, for ranges). */
  readonly precision: Precision;
  readonly endPrecision: Precision;
  /** Open-ended range sides (`"../2021"`, `"2017/.."`): draw an arrow or fade. */
  readonly openStart: boolean;
  readonly openEnd: boolean;
  /** The interval continues past the visible window on that side (t0/t1 are clamped). */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
  /** Index into `labels`, or -1 when the event is counted in a cluster instead. */
  readonly label: number;
  /** Index into `clusters`, or -1. Renderers may skip or fade clustered marks. */
  readonly cluster: number;
}

/** One event label. Never overlaps another label, a mark or a cluster; always inside the drawing. */
export interface LabelLayout {
  readonly eventId: string;
  readonly eventIndex: number;
  readonly lane: number;
  /** Which label track: negative = before the mark rows (-1 nearest), positive = after (1 nearest). */
  readonly track: number;
  /** The label's box, final coordinates; text lines start at its top. */
  readonly box: Box;
  /** Lines to draw, already wrapped and truncated (the date line last when `showDate`). */
  readonly lines: readonly string[];
  /** The full title, for a `<title>`/tooltip when the lines are truncated. */
  readonly text: string;
  /** True when `lines` lost text to the ellipsis. */
  readonly truncated: boolean;
  /** The formatted date when `showDate` is on. */
  readonly dateText?: string;
  /** Horizontal text alignment of the lines inside the box. */
  readonly anchor: "start" | "middle" | "end";
  readonly fontSize: number;
  readonly lineHeight: number;
  /**
   * Polyline from the mark's anchor to the label box, final coordinates; at least 2 points.
   * Always present, because label tracks sit apart from the mark rows; it bends when the label
   * slid along the time axis (`displacement > 0`).
   */
  readonly leader: readonly Point[];
  /** Time-axis distance in px between the label's preferred and actual position. */
  readonly displacement: number;
}

/**
 * Events whose labels did not fit, folded into a "+N" badge at their position. Zooming into
 * `domain` splits them. Off-screen events (after zoom) fold into `edge` clusters at the sides.
 */
export interface ClusterLayout {
  /** Stable within one layout: `"cluster-<lane>-<n>"` (`"cluster-0-<n>"` in vertical). */
  readonly id: string;
  /**
   * Lane of the members. Horizontal: each lane has its own cluster strip. Vertical: one strip
   * beside all lanes holds every badge, and `lane` is -1 when its members come from several lanes.
   */
  readonly lane: number;
  /** Time-axis px of the badge's anchor. */
  readonly t: number;
  /** The badge, final coordinates. */
  readonly box: Box;
  /** Badge text, e.g. `"+12"`. */
  readonly label: string;
  readonly count: number;
  readonly eventIds: readonly string[];
  /** Indexes into `timeline.events`, same order as `eventIds` (time order). */
  readonly eventIndices: readonly number[];
  /** Time covered by the members, `[min start, max end)` epoch ms: zoom here to split. */
  readonly domain: readonly [number, number];
  /** `"before"` / `"after"`: members lie outside the visible window on that side. */
  readonly edge: "before" | "after" | null;
}

/**
 * A relation drawn as a cubic Bézier curve between what stands for its two events: a labelled
 * event's mark, a folded event's cluster badge. Relations in the same cluster are not drawn.
 * Beyond `viewport.maxMarks` events, only relations of labelled events are drawn.
 */
export interface ConnectorLayout {
  readonly from: string;
  readonly to: string;
  readonly fromIndex: number;
  readonly toIndex: number;
  /** The relation kind, e.g. `"responds-to"`. */
  readonly kind: string;
  /** Start, two control points and end, final coordinates (SVG `M p0 C p1 p2 p3`). */
  readonly path: readonly [Point, Point, Point, Point];
}

/** A background era band. */
export interface EraLayout {
  readonly title: string;
  /** Time-axis px, clamped to the visible range. */
  readonly t0: number;
  readonly t1: number;
  /** The band across all lanes, final coordinates. */
  readonly box: Box;
  /**
   * Where the era title goes: a strip above the lanes (horizontal), or a column beside the axis
   * (vertical, where the title runs along the band: rotate it by 90°).
   */
  readonly labelBox: Box;
}

/** Everything a renderer needs, in px. See the module comment for the coordinate system. */
export interface Layout {
  readonly orientation: Orientation;
  /** The drawing's size, px: the full viewport along time, the content along the cross axis. */
  readonly size: { readonly width: number; readonly height: number };
  /** The area where time maps to pixels (lanes and eras), final coordinates. */
  readonly plot: Box;
  readonly scale: LayoutScale;
  readonly axis: AxisLayout;
  readonly lanes: readonly LaneLayout[];
  readonly marks: readonly Mark[];
  readonly labels: readonly LabelLayout[];
  readonly clusters: readonly ClusterLayout[];
  readonly connectors: readonly ConnectorLayout[];
  readonly eras: readonly EraLayout[];
  /** Events in the visible window (marks of clustered ones are omitted beyond `maxMarks`). */
  readonly visibleCount: number;
  /** Number of events in the timeline: `labels.length + Σ clusters.count`. */
  readonly eventCount: number;
  readonly locale: string;
  readonly timeZone: string;
}
