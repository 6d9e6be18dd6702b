import type { Diagnostic } from "../errors.js";
import { messages } from "../errors.js";
import type {
  AxisLayout,
  Box,
  ClusterLayout,
  ConnectorLayout,
  EraLayout,
  LabelLayout,
  LaneLayout,
  Layout,
  Mark,
  TextMeasurer,
} from "../layout/types.js";
import { measureText } from "../layout/measure.js";
import { wrapText } from "../layout/wrap.js";
import type { Timeline, TimelineEvent } from "../model/types.js";
import type { SceneStrings } from "./a11y.js";
import { DEFAULT_STRINGS, eventDateText, eventDateWords, timelineSummary } from "./a11y.js";
import { validColor } from "./color.js";
import { isXmlSafe, sanitiseText } from "./escape.js";
import { formatNumber, pathData } from "./number.js";
import type { SceneAttrValue, SceneNode, SceneTag } from "./scene-types.js";
import { el } from "./scene-types.js";
import type { ThemeName } from "./theme.js";
import type { SVGOptions } from "./to-svg-string.js";
import { themeCss } from "./theme.js";

/**
 * The scene stage: turns a Layout (numbers) and its Timeline (words) into the SVG element tree.
 * Every drawing decision lives here — what shape an imprecise date gets, what is hidden from
 * assistive technology, what a tooltip says — so the string and DOM outputs draw the same.
 *
 * Paint order, back to front: background, lane stripes, eras (translucent), grid, breaks, axis, relations,
 * events (marks, leaders, labels), clusters, lane and era titles.
 */

/** What {@link scene} needs besides the layout and the timeline. */
export interface SceneOptions {
  /**
   * Prefix of every id in the drawing (root id, marker ids) and the CSS scope: must match
   * `/^[A-Za-z][A-Za-z0-9_-]*$/`. Required: callers derive it (see `toSVGString`).
   */
  readonly idPrefix: string;
  /** Default `"auto"` (follows `prefers-color-scheme`). */
  readonly theme?: ThemeName;
  /** Replaces the group palette (colours already validated). Default: Okabe–Ito. */
  readonly palette?: readonly string[];
  /** Title of the drawing; default the timeline's title, else "Timeline". */
  readonly title?: string;
  /** `width="100%"` and no fixed height, so the drawing scales with its container. Default false. */
  readonly responsive?: boolean;
  /** BCP-47 locale for accessible names and tooltips. Default: the layout's locale. */
  readonly locale?: string;
  /** Font size the layout measured labels with, px. Default 12. */
  readonly fontSize?: number;
  /** Where non-fatal findings go (`text-sanitised`, a dropped group colour). */
  readonly diagnostics?: Diagnostic[];
  /** The words the drawing writes itself (summary, list names); see `SVGOptions.strings`. Default: English. */
  readonly strings?: SVGOptions["strings"];
  /** The measurer the layout used; fits lane and era titles into their boxes. Default: the layout's table. */
  readonly measureText?: TextMeasurer;
  /**
   * Formatted dates kept between renders (from {@link createSceneCache}), for callers that
   * re-render the same timeline, e.g. on every zoom step. Default: a fresh cache per call.
   */
  readonly cache?: SceneCache;
}

/** Date texts and class lists remembered between {@link scene} calls. Opaque: make one with {@link createSceneCache}. */
export interface SceneCache {
  locale: string | undefined;
  /** Per event object (the model is immutable): its dates in words and as short text. */
  words: WeakMap<TimelineEvent, string>;
  text: WeakMap<TimelineEvent, string>;
  readonly classes: Map<number, string>;
}

/**
 * An empty cache for {@link SceneOptions.cache}: formatting dates is the costliest step per
 * event, and a timeline re-rendered on zoom formats the same dates again and again.
 *
 * @example
 * ```ts
 * const cache = createSceneCache();
 * for (const layout of zoomSteps) scene(layout, timeline, { idPrefix: "tl", cache });
 * ```
 */
export function createSceneCache(): SceneCache {
  return { locale: undefined, words: new WeakMap(), text: new WeakMap(), classes: new Map() };
}

const SVG_NS = "http://www.w3.org/2000/svg";
/** Tick marks stick out of the axis line by this much, px. */
const TICK_SIZE = 5;
/** Baseline of a line of text below the middle of its line box, in em (half the cap height). */
const BASELINE_SHIFT = 0.35;
/** A fuzzy range end is drawn only when its interval is at least this wide, px. */
const MIN_FUZZ = 2;
/** A cluster badge's tooltip names at most this many of its events. */
const CLUSTER_TOOLTIP_TITLES = 5;
/** Lane titles are bold: the layout measures them this much wider than regular text. */
const BOLD_FACTOR = 1.1;

/**
 * Builds the scene tree (root `<svg>`) of a laid-out timeline.
 *
 * @example
 * ```ts
 * const layout = layoutTimeline(timeline, { width: 800, height: 400 });
 * const root = scene(layout, timeline, { idPrefix: "tl" });
 * serialiseScene(root); // '<svg xmlns="http://www.w3.org/2000/svg" …'
 * ```
 */
export function scene(layout: Layout, timeline: Timeline, options: SceneOptions): SceneNode {
  const ctx = new SceneContext(layout, timeline, options);
  const { width, height } = layout.size;
  const id = options.idPrefix;
  const title = ctx.clean(options.title ?? timeline.title ?? "Timeline", "title");
  const desc = ctx.clean(timelineSummary(timeline, ctx.locale, ctx.strings), "description");

  const children: SceneNode[] = [
    el("title", { id: `${id}-title` }, [], title),
    el("desc", { id: `${id}-desc` }, [], desc),
    textEl("style", themeCss(id, {
      theme: options.theme ?? "auto",
      palette: options.palette,
      laneColors: ctx.laneColors(),
      fontSize: ctx.fontSize,
    })),
  ];
  if (layout.connectors.length > 0) children.push(defs(id));
  children.push(el("rect", { class: "chronoline-bg", width, height }));
  children.push(laneBands(layout.lanes));
  if (layout.eras.length > 0) {
    const horizontal = layout.orientation === "horizontal";
    const bands = layout.eras.map((era) => eraBand(era, horizontal));
    children.push(hiddenGroup("chronoline-eras", bands));
  }
  children.push(axis(layout, ctx));
  if (layout.connectors.length > 0) children.push(relations(layout.connectors, id));
  children.push(events(ctx));
  if (layout.clusters.length > 0) children.push(clusters(layout.clusters, ctx));
  // Lane and era titles last, so no mark or relation is ever drawn over them. Assistive
  // technology gets them from the description and the event list instead.
  const eraTitles = layout.eras.map((era, i) => eraTitle(era, i, ctx)).filter((t) => t.text !== "");
  const titles = [...laneTitles(layout.lanes, ctx), ...eraTitles];
  if (titles.length > 0) children.push(hiddenGroup("chronoline-titles", titles));

  return el(
    "svg",
    {
      xmlns: SVG_NS,
      id,
      class: "chronoline",
      width: options.responsive ? "100%" : width,
      height: options.responsive ? undefined : height,
      viewBox: `0 0 ${formatNumber(width)} ${formatNumber(height)}`,
      role: "graphics-document document",
      "aria-roledescription": "timeline",
      "aria-labelledby": `${id}-title`,
      "aria-describedby": `${id}-desc`,
    },
    children,
  );
}

/** Per-render state: cleaned strings and their diagnostics, the event index, the locale. */
class SceneContext {
  readonly locale: string;
  readonly fontSize: number;
  readonly measure: TextMeasurer;
  readonly strings: SceneStrings;
  private readonly diagnostics: Diagnostic[] | undefined;
  private readonly cache: SceneCache | undefined;
  private readonly classCache: Map<number, string>;

  constructor(
    readonly layout: Layout,
    readonly timeline: Timeline,
    readonly options: SceneOptions,
  ) {
    this.locale = options.locale ?? layout.locale;
    this.fontSize = options.fontSize ?? 12;
    this.diagnostics = options.diagnostics;
    this.measure = options.measureText ?? measureText;
    this.strings = options.strings ? { ...DEFAULT_STRINGS, ...options.strings } : DEFAULT_STRINGS;
    // Within one render every event's date is formatted once anyway (and cheaply): only a
    // cache kept across renders pays for its lookups.
    const cache = options.cache;
    if (cache && cache.locale !== this.locale) {
      cache.words = new WeakMap();
      cache.text = new WeakMap();
      cache.locale = this.locale;
    }
    this.cache = cache;
    this.classCache = cache?.classes ?? new Map();
  }

  /** The mark of each event (by index into `timeline.events`), undefined when not drawn. */
  marksByEvent(): readonly (Mark | undefined)[] {
    if (this.marks === undefined) {
      const marks: (Mark | undefined)[] = new Array(this.timeline.events.length);
      for (const mark of this.layout.marks) marks[mark.eventIndex] = mark;
      this.marks = marks;
    }
    return this.marks;
  }
  private marks: (Mark | undefined)[] | undefined;

  /**
   * A `<desc>` naming a group's lane (`"Federal."`), one node shared by the lane's events (scene
   * nodes are never mutated); undefined when the drawing has a single lane.
   */
  laneDesc(group: string | undefined): SceneNode | undefined {
    if (this.laneDescs === undefined) {
      this.laneDescs = new Map();
      if (this.layout.lanes.length > 1) {
        for (const lane of this.layout.lanes) this.laneDescs.set(lane.id, textEl("desc", `${this.clean(lane.label, "group")}.`));
      }
    }
    return this.laneDescs.get(group ?? "");
  }
  private laneDescs: Map<string, SceneNode> | undefined;

  /** The class list of an event's group (few distinct values: built once each). */
  eventClass(kind: Mark["kind"], lane: number, approximate: boolean, clustered: boolean): string {
    // A number, not a string: no key to build and hash for every event.
    const key = lane * 1024 + kind.charCodeAt(0) * 4 + (approximate ? 2 : 0) + (clustered ? 1 : 0);
    let cls = this.classCache.get(key);
    if (cls === undefined) {
      cls = `chronoline-event chronoline-event-${kind} chronoline-group-${lane}`;
      if (approximate) cls += " chronoline-approximate";
      if (clustered) cls += " chronoline-clustered";
      this.classCache.set(key, cls);
    }
    return cls;
  }

  /** The event's date in words. */
  dateWords(event: TimelineEvent): string {
    return this.cached(this.cache?.words, event, eventDateWords);
  }

  /** The event's date as short text. */
  dateText(event: TimelineEvent): string {
    return this.cached(this.cache?.text, event, eventDateText);
  }

  private cached(
    map: WeakMap<TimelineEvent, string> | undefined,
    event: TimelineEvent,
    format: (event: TimelineEvent, locale: string) => string,
  ): string {
    let text = map?.get(event);
    if (text === undefined) {
      text = format(event, this.locale);
      map?.set(event, text);
    }
    return text;
  }

  /**
   * A title on one line within `width` px, cut with "…" when it is longer (the layout reserves
   * the box but does not fit lane and era titles into it).
   */
  fit(text: string, width: number, widthFactor = BOLD_FACTOR): { text: string; truncated: boolean } {
    // The layout sizes lane title boxes with bold glyphs in mind (measured × 1.1); half a pixel
    // of slack absorbs rounding.
    const wrapped = wrapText(text, (width + 0.5) / widthFactor, 1, this.fontSize, this.measure);
    const line = wrapped.lines[0] ?? "";
    // A lone "…" says nothing: leave the title out rather than draw it.
    return { text: line === "…" ? "" : line, truncated: wrapped.truncated };
  }

  /** Text from data, with characters XML cannot hold replaced (and reported). */
  clean(text: string, field: string, event?: TimelineEvent): string {
    if (isXmlSafe(text)) return text;
    const { text: clean, replaced } = sanitiseText(text);
    if (replaced > 0 && this.diagnostics) {
      const d: Diagnostic = {
        severity: "warning",
        code: "text-sanitised",
        message: `${event ? `event '${event.id}': ` : ""}${field}: ${replaced} character${replaced === 1 ? "" : "s"} that cannot appear in SVG replaced with U+FFFD`,
        field,
      };
      if (event) {
        d.index = event.index;
        d.eventId = event.id;
      }
      this.diagnostics.push(d);
    }
    return clean;
  }

  /** One colour (or null for the palette) per lane; invalid group colours are dropped and reported. */
  laneColors(): (string | null)[] {
    const byId = new Map(this.timeline.groups.map((g, i) => [g.id, { group: g, i }]));
    return this.layout.lanes.map((lane) => {
      const entry = byId.get(lane.id);
      if (!entry || entry.group.color === undefined) return null;
      const color = validColor(entry.group.color);
      if (color === null) {
        this.diagnostics?.push({
          severity: "warning",
          code: "wrong-type",
          message: `group '${entry.group.id}': ${messages.wrongType("color", "a CSS colour (#rgb, #rrggbb, rgb(), hsl() or a named colour)", entry.group.color)}; the palette colour is used instead`,
          field: `groups[${entry.i}].color`,
        });
      }
      return color;
    });
  }
}

/** An element holding only text (`title`, `desc`, `style`): no attributes or children of its own to allocate. */
function textEl(tag: SceneTag, text: string): SceneNode {
  return el(tag, undefined, undefined, text);
}

/** A group assistive technology skips: decoration, or said elsewhere (the description, the event list). */
function hiddenGroup(cls: string, children: SceneNode[]): SceneNode {
  return el("g", { class: cls, "aria-hidden": "true" }, children);
}

/** Baseline y of line `i` of text whose line boxes start at `top`. */
function baseline(top: number, i: number, lineHeight: number, fontSize: number): number {
  return top + i * lineHeight + lineHeight / 2 + fontSize * BASELINE_SHIFT;
}

/** `[x, y]` of a point at time position `t` and cross position `c`. */
function xy(horizontal: boolean, t: number, c: number): [number, number] {
  return horizontal ? [t, c] : [c, t];
}

/** A line from (t1, c1) to (t2, c2) in time × cross coordinates. */
function tline(cls: string, horizontal: boolean, t1: number, c1: number, t2: number, c2: number): SceneNode {
  const [x1, y1] = xy(horizontal, t1, c1);
  const [x2, y2] = xy(horizontal, t2, c2);
  return el("line", { class: cls, x1, y1, x2, y2 });
}

/** A rectangle from time `t` and cross position `c`, `length` along time and `size` across. */
function trect(cls: string, horizontal: boolean, t: number, c: number, length: number, size: number, rx?: number): SceneNode {
  const [x, y] = xy(horizontal, t, c);
  const [width, height] = xy(horizontal, length, size);
  return el("rect", { class: cls, x, y, width, height, rx });
}

function anchorX(box: Box, anchor: "start" | "middle" | "end"): number {
  return anchor === "start" ? box.x : anchor === "middle" ? box.x + box.width / 2 : box.x + box.width;
}

function defs(id: string): SceneNode {
  return el("defs", {}, [
    el(
      "marker",
      {
        id: `${id}-arrow`,
        viewBox: "0 0 10 10",
        refX: 9,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: "auto-start-reverse",
        markerUnits: "userSpaceOnUse",
      },
      [el("path", { class: "chronoline-arrow", d: "M0 1L10 5L0 9z" })],
    ),
  ]);
}

function eraBand(era: EraLayout, horizontal: boolean): SceneNode {
  const { x, y, width, height } = era.box;
  // A thin edge where the era begins, so back-to-back eras stay two.
  const edge = horizontal ? tline("chronoline-era-edge", true, x, y, x, y + height) : tline("chronoline-era-edge", false, y, x, y, x + width);
  return el("g", { class: "chronoline-era" }, [el("rect", { class: "chronoline-era-band", x, y, width, height }), edge]);
}

function eraTitle(era: EraLayout, i: number, ctx: SceneContext): SceneNode {
  const box = era.labelBox;
  const title = ctx.clean(era.title, `eras[${i}].title`);
  const horizontal = ctx.layout.orientation === "horizontal";
  // In vertical drawings the era strip is a narrow column: its titles run downwards.
  const fitted = ctx.fit(title, (horizontal ? box.width : box.height) - 4, 1);
  if (horizontal) return titleText("chronoline-era-label", { x: box.x + 2, y: baseline(box.y, 0, box.height, ctx.fontSize) }, title, fitted);
  const x = box.x + box.width / 2 - ctx.fontSize * BASELINE_SHIFT;
  const y = box.y + 2;
  return titleText("chronoline-era-label", { transform: `translate(${formatNumber(x)} ${formatNumber(y)}) rotate(90)` }, title, fitted);
}

/** A lane or era title fitted into its box, with the whole title as a tooltip when it was cut. */
function titleText(cls: string, attrs: Record<string, SceneAttrValue>, title: string, fitted: { text: string; truncated: boolean }): SceneNode {
  return el("text", { class: cls, ...attrs }, fitted.truncated ? [textEl("title", title)] : [], fitted.text);
}

function laneBands(lanes: readonly LaneLayout[]): SceneNode {
  // Every other lane gets a stripe, so lanes read as rows without drawing borders.
  const stripes = lanes
    .filter((lane) => lane.index % 2 === 1)
    .map((lane) => {
      const { x, y, width, height } = lane.box;
      return el("rect", { class: "chronoline-lane-band", x, y, width, height });
    });
  return hiddenGroup("chronoline-lanes", stripes);
}

function laneTitles(lanes: readonly LaneLayout[], ctx: SceneContext): SceneNode[] {
  const out: SceneNode[] = [];
  for (const lane of lanes) {
    if (!lane.labelBox || lane.label === "") continue;
    const box = lane.labelBox;
    const label = ctx.clean(lane.label, `groups[${lane.index}].label`);
    // Vertical lanes are narrow columns: their titles sit in the header above them, rotated to
    // read upwards from the header's bottom, so the header's height (not the lane's width) bounds them.
    const vertical = ctx.layout.orientation === "vertical";
    const fitted = ctx.fit(label, vertical ? box.height - 6 : box.width);
    if (fitted.text === "") continue;
    const x = vertical ? box.x + box.width / 2 + ctx.fontSize * BASELINE_SHIFT : box.x;
    const y = vertical ? box.y + box.height - 4 : baseline(box.y, 0, box.height, ctx.fontSize);
    const transform = vertical ? `rotate(-90 ${formatNumber(x)} ${formatNumber(y)})` : undefined;
    out.push(titleText("chronoline-lane-label", { x, y, transform }, label, fitted));
  }
  return out;
}

function axis(layout: Layout, ctx: SceneContext): SceneNode {
  const a: AxisLayout = layout.axis;
  const plot = layout.plot;
  const horizontal = layout.orientation === "horizontal";
  const grid: SceneNode[] = [];
  const ticks: SceneNode[] = [];
  // Time and across it: x and y in horizontal drawings, y and x in vertical ones.
  const c0 = horizontal ? plot.y : plot.x;
  const c1 = c0 + (horizontal ? plot.height : plot.width);
  for (const tick of a.ticks) {
    const t = horizontal ? tick.x : tick.y;
    const c = horizontal ? tick.y : tick.x;
    grid.push(tline("chronoline-grid", horizontal, t, c0, t, c1));
    // Tick marks hang below a horizontal axis and stick out left of a vertical one.
    const parts = [tline("chronoline-tick-mark", horizontal, t, horizontal ? c : c - TICK_SIZE, t, horizontal ? c + TICK_SIZE : c)];
    if (tick.label !== "") {
      const box = tick.labelBox;
      parts.push(
        el(
          "text",
          {
            class: "chronoline-tick-label",
            x: anchorX(box, tick.anchor),
            y: baseline(box.y, 0, box.height, a.fontSize),
            "text-anchor": tick.anchor === "start" ? undefined : tick.anchor,
          },
          [],
          tick.label,
        ),
      );
    }
    ticks.push(el("g", { class: tick.major ? "chronoline-tick chronoline-tick-major" : "chronoline-tick" }, parts));
  }
  const axisAt = horizontal ? a.line.y1 : a.line.x1;
  // Slashes lean the same way on screen whichever way time runs.
  const lean = horizontal ? 1 : -1;
  const slash = (t: number) => ["M", ...xy(horizontal, t - 2 * lean, axisAt + 5 * lean), "L", ...xy(horizontal, t + 2 * lean, axisAt - 5 * lean)];
  const breaks = a.breaks.map((b) => {
    const { x, y, width, height } = b.box;
    // Two slashes across the axis line at the break's edges, with the line cut between them.
    return el("g", { class: "chronoline-break" }, [
      el("rect", { class: "chronoline-break-band", x, y, width, height }),
      trect("chronoline-bg", horizontal, b.t0, axisAt - 1, b.t1 - b.t0, 2),
      el("path", { class: "chronoline-break-mark", d: pathData(...slash(b.t0), ...slash(b.t1)) }),
    ]);
  });
  const { x1, y1, x2, y2 } = a.line;
  const children: SceneNode[] = [el("g", { class: "chronoline-grid-lines" }, grid)];
  children.push(el("line", { class: "chronoline-axis-line", x1, y1, x2, y2 }));
  children.push(...breaks);
  children.push(el("g", { class: "chronoline-ticks" }, ticks));
  const axisFont = a.fontSize !== ctx.fontSize ? a.fontSize : undefined;
  return el("g", { class: "chronoline-axis", "aria-hidden": "true", "font-size": axisFont }, children);
}

function relations(connectors: readonly ConnectorLayout[], id: string): SceneNode {
  const paths = connectors.map((c) => {
    const [p0, p1, p2, p3] = c.path;
    return el("path", {
      class: "chronoline-relation",
      d: pathData("M", p0.x, p0.y, "C", p1.x, p1.y, p2.x, p2.y, p3.x, p3.y),
      "marker-end": `url(#${id}-arrow)`,
      "data-from": c.from,
      "data-to": c.to,
      "data-kind": c.kind,
    });
  });
  return hiddenGroup("chronoline-relations", paths);
}

function clusters(list: readonly ClusterLayout[], ctx: SceneContext): SceneNode {
  // When every member also has its own (faded) mark, the event list already names them and the
  // badges are decoration. When the layout left members' marks out (beyond its maxMarks), the
  // badges are the only trace of those events: they become a list of their own.
  const drawn = ctx.marksByEvent();
  const standIn = list.some((c) => c.eventIndices.some((i) => drawn[i] === undefined));
  const badges = list.map((c) => {
    const { x, y, width, height } = c.box;
    const summary = clusterSummary(c, ctx);
    const attrs = { class: "chronoline-cluster", "data-cluster": c.id, role: standIn ? "listitem" : undefined, "aria-label": standIn ? summary : undefined };
    return el("g", attrs, [
      textEl("title", summary),
      el("rect", { class: "chronoline-cluster-badge", x, y, width, height, rx: Math.min(height / 2, 8) }),
      el(
        "text",
        {
          class: "chronoline-cluster-label",
          x: x + width / 2,
          y: baseline(y, 0, height, ctx.fontSize),
          "text-anchor": "middle",
          "aria-hidden": standIn ? "true" : undefined,
        },
        [],
        c.label,
      ),
    ]);
  });
  return standIn
    ? el("g", { class: "chronoline-clusters", role: "list", "aria-label": ctx.strings.clusters }, badges)
    : hiddenGroup("chronoline-clusters", badges);
}

/**
 * What a badge stands for: "12 events, Mar 3, 2017 – May 5, 2017: A; B; C; D; E; and 7 more".
 */
function clusterSummary(c: ClusterLayout, ctx: SceneContext): string {
  const events = ctx.timeline.events;
  const members = c.eventIndices;
  const first = events[members[0] ?? -1];
  const last = events[members[members.length - 1] ?? -1];
  let when = "";
  if (first && last) {
    const a = ctx.clean(ctx.dateText(first), "date", first);
    const b = ctx.clean(ctx.dateText(last), "date", last);
    when = a === b ? `, ${a}` : `, ${a} – ${b}`;
  }
  const shown = members.slice(0, CLUSTER_TOOLTIP_TITLES).map((i) => {
    const event = events[i];
    return event ? ctx.clean(event.title, "title", event) : "";
  });
  const rest = c.count - shown.length;
  const more = rest > 0 ? `; ${ctx.strings.more(rest)}` : "";
  return `${ctx.strings.count(c.count)}${when}: ${shown.join("; ")}${more}`;
}

function events(ctx: SceneContext): SceneNode {
  const { layout, timeline } = ctx;
  const marks = ctx.marksByEvent();
  const items: SceneNode[] = [];
  timeline.events.forEach((event, i) => {
    const mark = marks[i];
    // Outside the visible window, or folded into a cluster without a mark of its own.
    if (mark === undefined) return;
    const label = mark.label >= 0 ? layout.labels[mark.label] : undefined;
    items.push(eventNode(event, mark, label, ctx));
  });
  return el("g", { class: "chronoline-events", role: "list", "aria-label": ctx.strings.events }, items);
}

function eventNode(event: TimelineEvent, mark: Mark, label: LabelLayout | undefined, ctx: SceneContext): SceneNode {
  const title = ctx.clean(event.title, "title", event);
  const cls = ctx.eventClass(mark.kind, mark.lane, mark.approximate, !label);
  const desc = eventDescription(event, ctx);
  const children: SceneNode[] =
    // Most events of a dense drawing: a dot without a label (built without growing an array).
    !label && mark.kind === "point" && mark.row >= 0 ? (desc ? [desc, pointShape(mark)] : [pointShape(mark)]) : [];
  if (children.length === 0) eventParts(event, mark, label, title, desc, ctx, children);

  return el(
    "g",
    {
      class: cls,
      "data-id": event.id,
      role: "listitem",
      "aria-label": `${title}, ${ctx.clean(ctx.dateWords(event), "date", event)}`,
    },
    children,
  );
}

/** An event's tooltip, description, shapes, leader and label, in paint order, onto `children`. */
function eventParts(
  event: TimelineEvent,
  mark: Mark,
  label: LabelLayout | undefined,
  title: string,
  desc: SceneNode | undefined,
  ctx: SceneContext,
  children: SceneNode[],
): void {
  const horizontal = ctx.layout.orientation === "horizontal";
  const quoted = label ? quoteLines(label, event, ctx) : null;
  // A tooltip where the label lost words to the ellipsis, or shows a quote instead of the title.
  // Clustered events get none: their dots lie under a badge whose tooltip lists them, and dense
  // drawings would double in size.
  if (label && (label.truncated || quoted)) {
    children.push(textEl("title", `${title} (${ctx.clean(ctx.dateText(event), "date", event)})`));
  }
  if (desc) children.push(desc);

  if (mark.row >= 0) {
    if (mark.kind === "point") children.push(pointShape(mark));
    else children.push(...markShapes(mark, horizontal));
  }
  if (label) {
    if (label.leader.length >= 2) {
      const parts: (string | number)[] = [];
      label.leader.forEach((p, i) => parts.push(i === 0 ? "M" : "L", p.x, p.y));
      children.push(el("path", { class: "chronoline-leader", d: pathData(...parts) }));
    }
    children.push(labelText(label, quoted ?? label.lines.map((line) => ctx.clean(line, "title", event)), ctx));
  }
}

const OPEN_QUOTE = "\u201c";
const CLOSE_QUOTE = "\u201d";
/** Fewest words of a cut quote worth drawing instead of the title. */
const MIN_QUOTE_WORDS = 3;

/**
 * A statement's label: who said it and as much of what they said as fits the lines the layout
 * gave its title — `Libs of TikTok: “Obstructing law enforcement is a crime…”` — with the date
 * line, if any, kept. The title stays in the tooltip and the accessible name, the whole quote in
 * the description. Null (the title is drawn) without a speaker, or when the lines hold fewer than
 * {@link MIN_QUOTE_WORDS} words of the quote.
 */
function quoteLines(label: LabelLayout, event: TimelineEvent, ctx: SceneContext): string[] | null {
  const quote = event.quote;
  if (!quote || !quote.speaker) return null;
  const speaker = ctx.clean(quote.speaker, "quote.speaker", event).trim();
  if (speaker === "" || quote.text.trim() === "") return null;
  const dateLine = label.dateText === undefined ? 0 : 1;
  const { fontSize } = label;
  // Room for the closing mark after an ellipsis: the excerpt still reads as a quotation.
  const room = label.box.width - ctx.measure(CLOSE_QUOTE, fontSize);
  const quoteText = `${speaker}: ${OPEN_QUOTE}${ctx.clean(quote.text, "quote.text", event)}${CLOSE_QUOTE}`;
  const wrapped = wrapText(quoteText, room, label.lines.length - dateLine, fontSize, ctx.measure);
  const lines = wrapped.lines;
  if (wrapped.truncated) {
    // A quote cut to a word or two says less than the title: then the title is the label.
    if (lines.join(" ").split(" ").length - speaker.split(/\s+/).length < MIN_QUOTE_WORDS) return null;
    // A cut after a full stop ends the sentence (no "…"); after a comma or colon, the "…" replaces it.
    const last = (lines[lines.length - 1] as string).replace(/([.!?])…$|[,;:]…$/, (_, stop?: string) => stop ?? "…");
    lines[lines.length - 1] = last + CLOSE_QUOTE;
  }
  if (dateLine) lines.push(label.lines[label.lines.length - 1] as string);
  return lines;
}

/** An event's `<desc>`: its lane, description and quote; undefined when it has none of them. */
function eventDescription(event: TimelineEvent, ctx: SceneContext): SceneNode | undefined {
  // Which lane the event is in, when there is more than one: the drawing says it by position.
  const lane = ctx.laneDesc(event.group);
  if (!event.description && !event.quote) return lane;
  const parts: string[] = [];
  if (lane) parts.push(lane.text as string);
  if (event.description) parts.push(ctx.clean(event.description, "description", event));
  if (event.quote) {
    const quote = ctx.clean(event.quote.text, "quote.text", event);
    const speaker = event.quote.speaker ? ` (${ctx.clean(event.quote.speaker, "quote.speaker", event)})` : "";
    parts.push(`“${quote}”${speaker}`);
  }
  return textEl("desc", parts.join(" "));
}

/** A label's text: its (clean) lines in the layout's box. */
function labelText(label: LabelLayout, lines: readonly string[], ctx: SceneContext): SceneNode {
  const box = label.box;
  const x = anchorX(box, label.anchor);
  const attrs = {
    class: "chronoline-label",
    x,
    y: baseline(box.y, 0, label.lineHeight, label.fontSize),
    "text-anchor": label.anchor === "start" ? undefined : label.anchor,
    "font-size": label.fontSize !== ctx.fontSize ? label.fontSize : undefined,
  };
  if (lines.length === 1) return el("text", attrs, [], lines[0]);
  return el(
    "text",
    attrs,
    lines.map((line, i) => el("tspan", { x, dy: i === 0 ? undefined : label.lineHeight }, [], line)),
  );
}

/** A point: a dot, for an instant or a date too short to show as an interval at this scale. */
function pointShape(mark: Mark): SceneNode {
  const box = mark.box;
  return el("circle", { class: "chronoline-point", cx: box.x + box.width / 2, cy: box.y + box.height / 2, r: box.width / 2 });
}

/** The drawn shapes of a span or range mark (points are {@link pointShape}): what the date is, at its real precision. */
function markShapes(mark: Mark, horizontal: boolean): SceneNode[] {
  if (mark.kind === "span") {
    // An imprecise date: a soft band over its whole interval and a bracket along its top/left.
    const { x, y, width, height } = mark.box;
    const bracket = horizontal
      ? pathData("M", x, y + height, "V", y, "H", x + width, "V", y + height)
      : pathData("M", x + width, y, "H", x, "V", y + height, "H", x + width);
    return [
      el("rect", { class: "chronoline-span", x, y, width, height }),
      el("path", { class: "chronoline-bracket", d: bracket }),
      ...openArrows(mark, horizontal),
    ];
  }
  return rangeShapes(mark, horizontal);
}

/** Arrows on the open side(s) of `"2017/.."` and `"../2021"`: the interval goes on. */
function openArrows(mark: Mark, horizontal: boolean): SceneNode[] {
  const box = mark.box;
  const cross0 = horizontal ? box.y : box.x;
  const crossSize = horizontal ? box.height : box.width;
  const mid = cross0 + crossSize / 2;
  const half = crossSize / 2 + 1;
  const arrow = (t: number, dir: 1 | -1): SceneNode => {
    const tip = t + dir * (half + 3);
    const d = horizontal
      ? pathData("M", t, mid - half, "L", tip, mid, "L", t, mid + half, "Z")
      : pathData("M", mid - half, t, "L", mid, tip, "L", mid + half, t, "Z");
    return el("path", { class: "chronoline-open", d });
  };
  const out: SceneNode[] = [];
  if (mark.openStart && !mark.clippedStart) out.push(arrow(mark.t0, -1));
  if (mark.openEnd && !mark.clippedEnd) out.push(arrow(mark.t1, 1));
  return out;
}

/**
 * A range: a solid bar where it certainly runs and soft ends over imprecise start or end dates
 * ("2017 – Jan 20, 2021" fades in across 2017), plus an arrow on an open side.
 */
function rangeShapes(mark: Mark, horizontal: boolean): SceneNode[] {
  const box = mark.box;
  const cross0 = horizontal ? box.y : box.x;
  const crossSize = horizontal ? box.height : box.width;
  const startFuzz = mark.startSpan.t1 - mark.startSpan.t0 >= MIN_FUZZ && !mark.openStart;
  const endFuzz = mark.endSpan.t1 - mark.endSpan.t0 >= MIN_FUZZ && !mark.openEnd;
  const solid0 = startFuzz ? Math.max(mark.t0, mark.startSpan.t1) : mark.t0;
  const solid1 = endFuzz ? Math.min(mark.t1, mark.endSpan.t0) : mark.t1;
  const rect = (cls: string, t0: number, t1: number, rx?: number): SceneNode => trect(cls, horizontal, t0, cross0, t1 - t0, crossSize, rx);
  const out: SceneNode[] = [];
  if (startFuzz) out.push(rect("chronoline-range-fuzz", mark.t0, Math.min(mark.startSpan.t1, mark.t1)));
  if (endFuzz) out.push(rect("chronoline-range-fuzz", Math.max(mark.endSpan.t0, mark.t0), mark.t1));
  if (solid1 > solid0) out.push(rect("chronoline-range", solid0, solid1, startFuzz || endFuzz ? undefined : Math.min(2, crossSize / 2)));
  out.push(...openArrows(mark, horizontal));
  return out;
}
