import type { Diagnostic } from "../errors.js";
import { messages } from "../errors.js";
import type {
  AxisLayout,
  Box,
  ClusterLayout,
  ConnectorLayout,
  EraLayout,
  LabelLayout,
  Layout,
  Mark,
  TextMeasurer,
} from "../layout/types.js";
import type { FrameMap } from "../layout/frame-map.js";
import { frameMap } from "../layout/frame-map.js";
import { measureText } from "../layout/measure.js";
import { formatRange, formatTimePoint } from "../model/format-date.js";
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
  /** Title of the drawing; default the timeline's title, else `strings.untitled` ("Timeline"). */
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
  const ctx = context(layout, timeline, options);
  const { width, height } = layout.size;
  const { connectors, eras, clusters: badges } = layout;
  const id = options.idPrefix;
  // Lane and era titles come last, so no mark or relation is ever drawn over them. Assistive
  // technology gets them from the description and the event list instead.
  const children = [
    el("title", { id: `${id}-title` }, [], ctx.clean(options.title ?? timeline.title ?? ctx.strings.untitled, "title")),
    el("desc", { id: `${id}-desc` }, [], ctx.clean(timelineSummary(timeline, ctx.locale, ctx.strings), "description")),
    textEl(
      "style",
      themeCss(id, {
        theme: options.theme ?? "auto",
        palette: options.palette,
        laneColors: laneColors(layout, timeline, options.diagnostics),
        fontSize: ctx.fontSize,
      }),
    ),
    connectors.length > 0 && defs(id),
    el("rect", { class: "chronoline-bg", width, height }),
    // Every other lane gets a stripe, so lanes read as rows without drawing borders.
    hiddenGroup(
      "chronoline-lanes",
      layout.lanes.filter((lane) => lane.index % 2 === 1).map((lane) => boxRect("chronoline-lane-band", lane.box)),
    ),
    eras.length > 0 && hiddenGroup("chronoline-eras", eras.map((era) => eraBand(era, ctx.horizontal))),
    axis(ctx),
    connectors.length > 0 && relations(connectors, id),
    events(ctx),
    badges.length > 0 && clusters(badges, ctx),
    titles(ctx),
  ].filter((node): node is SceneNode => node !== false);

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
      "aria-roledescription": ctx.strings.timeline,
      "aria-labelledby": `${id}-title`,
      "aria-describedby": `${id}-desc`,
    },
    children,
  );
}

/** Per-render state: the event index, cleaned strings and their diagnostics, cached texts. */
interface SceneContext {
  readonly layout: Layout;
  readonly timeline: Timeline;
  readonly horizontal: boolean;
  /** From time × cross coordinates to x/y. */
  readonly map: FrameMap;
  readonly locale: string;
  readonly fontSize: number;
  readonly measure: TextMeasurer;
  readonly strings: SceneStrings;
  /** The mark of each event (by index into `timeline.events`), undefined when not drawn. */
  readonly marks: readonly (Mark | undefined)[];
  /** Text from data, with characters XML cannot hold replaced (and reported). */
  clean(text: string, field: string, event?: TimelineEvent): string;
  /**
   * A `<desc>` naming a group's lane (`"Federal."`), one node shared by the lane's events (scene
   * nodes are never mutated); undefined when the drawing has a single lane.
   */
  laneDesc(group: string | undefined): SceneNode | undefined;
  /** The class list of an event's group (few distinct values: built once each). */
  eventClass(kind: Mark["kind"], lane: number, approximate: boolean, clustered: boolean): string;
  /** The event's date in words. */
  dateWords(event: TimelineEvent): string;
  /** The event's date as short text. */
  dateText(event: TimelineEvent): string;
}

function context(layout: Layout, timeline: Timeline, options: SceneOptions): SceneContext {
  const locale = options.locale ?? layout.locale;
  const diagnostics = options.diagnostics;
  // Within one render every event's date is formatted once anyway (and cheaply): only a
  // cache kept across renders pays for its lookups.
  const cache = options.cache;
  if (cache && cache.locale !== locale) {
    cache.words = new WeakMap();
    cache.text = new WeakMap();
    cache.locale = locale;
  }
  const classes = cache?.classes ?? new Map<number, string>();
  const cached =
    (map: WeakMap<TimelineEvent, string> | undefined, format: (event: TimelineEvent, locale: string) => string) =>
    (event: TimelineEvent): string => {
      let text = map?.get(event);
      if (text === undefined) {
        text = format(event, locale);
        map?.set(event, text);
      }
      return text;
    };
  const marks: (Mark | undefined)[] = new Array(timeline.events.length);
  for (const mark of layout.marks) marks[mark.eventIndex] = mark;
  let laneDescs: Map<string, SceneNode> | undefined;

  const ctx: SceneContext = {
    layout,
    timeline,
    horizontal: layout.orientation === "horizontal",
    map: frameMap(layout.orientation === "horizontal"),
    locale,
    fontSize: options.fontSize ?? 12,
    measure: options.measureText ?? measureText,
    strings: { ...DEFAULT_STRINGS, ...options.strings },
    marks,
    clean(text, field, event) {
      if (isXmlSafe(text)) return text;
      // Not XML-safe: at least one character is replaced.
      const { text: clean, replaced } = sanitiseText(text);
      if (diagnostics) {
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
        diagnostics.push(d);
      }
      return clean;
    },
    laneDesc(group) {
      if (laneDescs === undefined) {
        laneDescs = new Map();
        if (layout.lanes.length > 1) {
          for (const lane of layout.lanes) laneDescs.set(lane.id, textEl("desc", `${ctx.clean(lane.label, "group")}.`));
        }
      }
      return laneDescs.get(group ?? "");
    },
    eventClass(kind, lane, approximate, clustered) {
      // A number, not a string: no key to build and hash for every event.
      const key = lane * 1024 + kind.charCodeAt(0) * 4 + (approximate ? 2 : 0) + (clustered ? 1 : 0);
      let cls = classes.get(key);
      if (cls === undefined) {
        cls = `chronoline-event chronoline-event-${kind} chronoline-group-${lane}`;
        if (approximate) cls += " chronoline-approximate";
        if (clustered) cls += " chronoline-clustered";
        classes.set(key, cls);
      }
      return cls;
    },
    dateWords: cached(cache?.words, eventDateWords),
    dateText: cached(cache?.text, eventDateText),
  };
  return ctx;
}

/** One colour (or null for the palette) per lane; invalid group colours are dropped and reported. */
function laneColors(layout: Layout, timeline: Timeline, diagnostics: Diagnostic[] | undefined): (string | null)[] {
  const groups = timeline.groups;
  const byId = new Map(groups.map((g, i) => [g.id, i]));
  return layout.lanes.map((lane) => {
    const i = byId.get(lane.id) ?? -1;
    const group = groups[i];
    if (group?.color === undefined) return null;
    const color = validColor(group.color);
    if (color === null) {
      diagnostics?.push({
        severity: "warning",
        code: "wrong-type",
        message: `group '${group.id}': ${messages.wrongType("color", "a CSS colour (#rgb, #rrggbb, rgb(), hsl() or a named colour)", group.color)}; the palette colour is used instead`,
        field: `groups[${i}].color`,
      });
    }
    return color;
  });
}

/** An element holding only text (`title`, `desc`, `style`): no attributes or children of its own to allocate. */
function textEl(tag: SceneTag, text: string): SceneNode {
  return el(tag, undefined, undefined, text);
}

/** A group assistive technology skips: decoration, or said elsewhere (the description, the event list). */
function hiddenGroup(cls: string, children: SceneNode[]): SceneNode {
  return el("g", { class: cls, "aria-hidden": "true" }, children);
}

/** A rectangle filling a box. */
function boxRect(cls: string, { x, y, width, height }: Box, rx?: number): SceneNode {
  return el("rect", { class: cls, x, y, width, height, rx });
}

/** Baseline y of one line of text whose line box starts at `top`. */
function baseline(top: number, lineHeight: number, fontSize: number): number {
  return top + lineHeight / 2 + fontSize * BASELINE_SHIFT;
}

/** The class, position and anchor of one line of text in `box`, at its `anchor` edge. */
function textAttrs(cls: string, box: Box, anchor: "start" | "middle" | "end", lineHeight: number, fontSize: number): Record<string, SceneAttrValue> {
  return {
    class: cls,
    x: anchor === "start" ? box.x : anchor === "middle" ? box.x + box.width / 2 : box.x + box.width,
    y: baseline(box.y, lineHeight, fontSize),
    "text-anchor": anchor === "start" ? undefined : anchor,
  };
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
  return el("g", { class: "chronoline-era" }, [
    boxRect("chronoline-era-band", era.box),
    el("line", { class: "chronoline-era-edge", x1: x, y1: y, x2: horizontal ? x : x + width, y2: horizontal ? y + height : y }),
  ]);
}

/**
 * Lane and era titles, each on one line within its box, cut with "…" (and the whole title as a
 * tooltip) when longer: the layout reserves the boxes but does not fit the titles into them.
 */
function titles(ctx: SceneContext): SceneNode | false {
  const { layout, horizontal, fontSize } = ctx;
  const shift = fontSize * BASELINE_SHIFT;
  const lanes: SceneNode[] = [];
  const eras: SceneNode[] = [];
  // Lane titles are bold: the layout sizes their boxes with glyphs measured `factor` × wider;
  // half a pixel of slack absorbs rounding.
  const add = (out: SceneNode[], cls: string, text: string, room: number, factor: number, attrs: Record<string, SceneAttrValue>) => {
    const wrapped = wrapText(text, (room + 0.5) / factor, 1, fontSize, ctx.measure);
    const line = wrapped.lines[0] ?? "";
    // A lone "…" says nothing: leave the title out rather than draw it.
    if (line !== "" && line !== "…") out.push(el("text", { class: cls, ...attrs }, wrapped.truncated ? [textEl("title", text)] : [], line));
  };
  layout.eras.forEach((era, i) => {
    const box = era.labelBox;
    // In vertical drawings the era strip is a narrow column: its titles run downwards.
    add(
      eras,
      "chronoline-era-label",
      ctx.clean(era.title, `eras[${i}].title`),
      (horizontal ? box.width : box.height) - 4,
      1,
      horizontal
        ? { x: box.x + 2, y: baseline(box.y, box.height, fontSize) }
        : { transform: `translate(${formatNumber(box.x + box.width / 2 - shift)} ${formatNumber(box.y + 2)}) rotate(90)` },
    );
  });
  for (const lane of layout.lanes) {
    const box = lane.labelBox;
    if (!box || lane.label === "") continue;
    // Vertical lanes are narrow columns: their titles sit in the header above them, rotated to
    // read upwards from the header's bottom, so the header's height (not the lane's width) bounds them.
    const x = horizontal ? box.x : box.x + box.width / 2 + shift;
    const y = horizontal ? baseline(box.y, box.height, fontSize) : box.y + box.height - 4;
    const transform = horizontal ? undefined : `rotate(-90 ${formatNumber(x)} ${formatNumber(y)})`;
    add(lanes, "chronoline-lane-label", ctx.clean(lane.label, `groups[${lane.index}].label`), horizontal ? box.width : box.height - 6, BOLD_FACTOR, { x, y, transform });
  }
  lanes.push(...eras);
  return lanes.length > 0 && hiddenGroup("chronoline-titles", lanes);
}

function axis(ctx: SceneContext): SceneNode {
  const { layout, horizontal } = ctx;
  const a: AxisLayout = layout.axis;
  const { x1, y1, x2, y2 } = a.line;
  const plot = layout.plot;
  // Time and across it: x and y in horizontal drawings, y and x in vertical ones.
  const c0 = horizontal ? plot.y : plot.x;
  const c1 = c0 + (horizontal ? plot.height : plot.width);
  const axisAt = horizontal ? y1 : x1;
  const grid: SceneNode[] = [];
  const ticks: SceneNode[] = [];
  for (const tick of a.ticks) {
    const t = tick.t;
    grid.push(tline("chronoline-grid", horizontal, t, c0, t, c1));
    // Tick marks hang below a horizontal axis and stick out left of a vertical one.
    const parts = [tline("chronoline-tick-mark", horizontal, t, horizontal ? axisAt : axisAt - TICK_SIZE, t, horizontal ? axisAt + TICK_SIZE : axisAt)];
    if (tick.label !== "") {
      const box = tick.labelBox;
      parts.push(el("text", textAttrs("chronoline-tick-label", box, tick.anchor, box.height, a.fontSize), [], tick.label));
    }
    ticks.push(el("g", { class: tick.major ? "chronoline-tick chronoline-tick-major" : "chronoline-tick" }, parts));
  }
  // Slashes lean the same way on screen whichever way time runs.
  const lean = horizontal ? 1 : -1;
  const slash = (t: number) => ["M", ...xy(horizontal, t - 2 * lean, axisAt + 5 * lean), "L", ...xy(horizontal, t + 2 * lean, axisAt - 5 * lean)];
  return el("g", { class: "chronoline-axis", "aria-hidden": "true", "font-size": a.fontSize !== ctx.fontSize ? a.fontSize : undefined }, [
    el("g", { class: "chronoline-grid-lines" }, grid),
    el("line", { class: "chronoline-axis-line", x1, y1, x2, y2 }),
    // Two slashes across the axis line at the break's edges, with the line cut between them.
    ...a.breaks.map((b) =>
      el("g", { class: "chronoline-break" }, [
        boxRect("chronoline-break-band", b.box),
        boxRect("chronoline-bg", ctx.map.box(b.t0, axisAt - 1, b.t1 - b.t0, 2)),
        el("path", { class: "chronoline-break-mark", d: pathData(...slash(b.t0), ...slash(b.t1)) }),
      ]),
    ),
    el("g", { class: "chronoline-ticks" }, ticks),
  ]);
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
  const standIn = list.some((c) => c.eventIndices.some((i) => ctx.marks[i] === undefined));
  const badges = list.map((c) => {
    const box = c.box;
    const summary = clusterSummary(c, ctx);
    const label = textAttrs("chronoline-cluster-label", box, "middle", box.height, ctx.fontSize);
    label["aria-hidden"] = standIn ? "true" : undefined;
    // A badge at the edge stands for events outside the view (on that side), not at the edge's date: dashed.
    return el("g", { class: c.edge ? `chronoline-cluster chronoline-cluster-edge chronoline-cluster-${c.edge}` : "chronoline-cluster", "data-cluster": c.id, role: standIn ? "listitem" : undefined, "aria-label": standIn ? summary : undefined }, [
      textEl("title", summary),
      boxRect("chronoline-cluster-badge", box, Math.min(box.height / 2, 8)),
      el("text", label, [], c.label),
    ]);
  });
  return el(
    "g",
    {
      class: "chronoline-clusters",
      role: standIn ? "list" : undefined,
      "aria-label": standIn ? ctx.strings.clusters : undefined,
      "aria-hidden": standIn ? undefined : "true",
    },
    badges,
  );
}

/**
 * What a badge stands for: "12 events, Mar 3, 2017 – May 5, 2017: A; B; C; D; E; and 7 more".
 */
function clusterSummary(c: ClusterLayout, ctx: SceneContext): string {
  const members = c.eventIndices;
  // Clusters are never empty and name events that exist.
  const member = (i: number | undefined) => ctx.timeline.events[i as number] as TimelineEvent;
  // The span the members cover, from the earliest start to the latest end, as one range (each
  // member's own date may be a range already: "c. Jan 15 – Jan 28, 2025 – Jan 20, 2025" read badly).
  // Members are in time order, so the first starts first; an open side stays open ("… onward").
  const earliest = member(members[0]);
  let latest = earliest;
  for (const i of members) if ((member(i).end ?? member(i).start).end > (latest.end ?? latest.start).end) latest = member(i);
  const first = earliest.openStart ? null : earliest.start;
  const last = latest.openEnd ? null : (latest.end ?? latest.start);
  const locale = { locale: ctx.locale };
  const only = first === last || (first === null && last === null) ? earliest.start : null;
  const when = ctx.clean(only ? formatTimePoint(only, locale) : formatRange(first, last, locale), "date");
  const shown = members.slice(0, CLUSTER_TOOLTIP_TITLES).map((i) => ctx.clean(member(i).title, "title", member(i)));
  const rest = c.count - shown.length;
  const more = rest > 0 ? `; ${ctx.strings.more(rest)}` : "";
  return `${ctx.strings.count(c.count)}, ${when}: ${shown.join("; ")}${more}`;
}

function events(ctx: SceneContext): SceneNode {
  const items: SceneNode[] = [];
  ctx.timeline.events.forEach((event, i) => {
    const mark = ctx.marks[i];
    // Outside the visible window, or (past maxMarks) clustered and drawn by its badge only.
    if (mark) items.push(eventNode(event, mark, ctx));
  });
  return el("g", { class: "chronoline-events", role: "list", "aria-label": ctx.strings.events }, items);
}

/** An event: its tooltip, description, shapes, leader and label, in paint order. */
function eventNode(event: TimelineEvent, mark: Mark, ctx: SceneContext): SceneNode {
  const label = mark.label >= 0 ? ctx.layout.labels[mark.label] : undefined;
  const title = ctx.clean(event.title, "title", event);
  const cls = ctx.eventClass(mark.kind, mark.lane, mark.approximate, !label);
  const desc = eventDescription(event, ctx);
  let children: SceneNode[];
  if (!label && mark.kind === "point") {
    // Most events of a dense drawing: a dot without a label (built without growing an array).
    children = desc ? [desc, pointShape(mark)] : [pointShape(mark)];
  } else {
    children = [];
    const quoted = label ? quoteLines(label, event, ctx) : null;
    // A tooltip where the label lost words to the ellipsis, or shows a quote instead of the title.
    // Clustered events get none: their dots lie under a badge whose tooltip lists them, and dense
    // drawings would double in size.
    if (label && (label.truncated || quoted)) {
      children.push(textEl("title", `${title} (${ctx.clean(ctx.dateText(event), "date", event)})`));
    }
    if (desc) children.push(desc);
    if (mark.kind === "point") children.push(pointShape(mark));
    // A folded span or range (row -1) is one thin, faded bar in the point row: its extent, soft for
    // an imprecise date as a span is, without brackets, fuzz or arrows (too thin to show; at 10k
    // events there are a thousand such bars, and every node counts).
    else if (mark.row < 0) children.push(boxRect(mark.kind === "span" ? "chronoline-span" : "chronoline-range", mark.box));
    else intervalShapes(mark, ctx, children);
    if (label) {
      if (label.leader.length >= 2) {
        children.push(el("path", { class: "chronoline-leader", d: pathData(...label.leader.flatMap((p, i) => [i === 0 ? "M" : "L", p.x, p.y])) }));
      }
      children.push(labelText(label, quoted ?? label.lines.map((line) => ctx.clean(line, "title", event)), ctx));
    }
  }
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
  const { description, quote } = event;
  if (!description && !quote) return lane;
  const parts: string[] = [];
  if (lane) parts.push(lane.text as string);
  if (description) parts.push(ctx.clean(description, "description", event));
  if (quote) {
    const text = ctx.clean(quote.text, "quote.text", event);
    const speaker = quote.speaker ? ` (${ctx.clean(quote.speaker, "quote.speaker", event)})` : "";
    parts.push(`${OPEN_QUOTE}${text}${CLOSE_QUOTE}${speaker}`);
  }
  return textEl("desc", parts.join(" "));
}

/** A label's text: its (clean) lines in the layout's box. */
function labelText(label: LabelLayout, lines: readonly string[], ctx: SceneContext): SceneNode {
  const attrs = textAttrs("chronoline-label", label.box, label.anchor, label.lineHeight, label.fontSize);
  attrs["font-size"] = label.fontSize !== ctx.fontSize ? label.fontSize : undefined;
  if (lines.length === 1) return el("text", attrs, [], lines[0]);
  return el(
    "text",
    attrs,
    lines.map((line, i) => el("tspan", { x: attrs.x, dy: i === 0 ? undefined : label.lineHeight }, [], line)),
  );
}

/** A point: a dot, for an instant or a date too short to show as an interval at this scale. */
function pointShape(mark: Mark): SceneNode {
  const box = mark.box;
  return el("circle", { class: "chronoline-point", cx: box.x + box.width / 2, cy: box.y + box.height / 2, r: box.width / 2 });
}

/**
 * The drawn shapes of a span or range mark (points are {@link pointShape}), onto `out`: what the
 * date is, at its real precision. A span (an imprecise date) is a soft band over its whole
 * interval and a bracket along its top/left. A range is a solid bar where it certainly runs and
 * soft ends over imprecise start or end dates ("2017 – Jan 20, 2021" fades in across 2017).
 * Either gets arrows on its open side(s) (`"2017/.."`, `"../2021"`): the interval goes on.
 */
function intervalShapes(mark: Mark, ctx: SceneContext, out: SceneNode[]): void {
  const { horizontal, map } = ctx;
  const box = mark.box;
  const { t0, t1, startSpan, endSpan } = mark;
  const cross0 = horizontal ? box.y : box.x;
  const crossSize = horizontal ? box.height : box.width;
  if (mark.kind === "span") {
    const { x, y, width, height } = box;
    const bracket = horizontal
      ? pathData("M", x, y + height, "V", y, "H", x + width, "V", y + height)
      : pathData("M", x + width, y, "H", x, "V", y + height, "H", x + width);
    out.push(boxRect("chronoline-span", box), el("path", { class: "chronoline-bracket", d: bracket }));
  } else {
    const startFuzz = startSpan.t1 - startSpan.t0 >= MIN_FUZZ && !mark.openStart;
    const endFuzz = endSpan.t1 - endSpan.t0 >= MIN_FUZZ && !mark.openEnd;
    const solid0 = startFuzz ? Math.max(t0, startSpan.t1) : t0;
    const solid1 = endFuzz ? Math.min(t1, endSpan.t0) : t1;
    const rect = (cls: string, a: number, b: number, rx?: number) => out.push(boxRect(cls, map.box(a, cross0, b - a, crossSize), rx));
    if (startFuzz) rect("chronoline-range-fuzz", t0, Math.min(startSpan.t1, t1));
    if (endFuzz) rect("chronoline-range-fuzz", Math.max(endSpan.t0, t0), t1);
    if (solid1 > solid0) rect("chronoline-range", solid0, solid1, startFuzz || endFuzz ? undefined : Math.min(2, crossSize / 2));
  }
  const mid = cross0 + crossSize / 2;
  const half = crossSize / 2 + 1;
  const arrow = (t: number, dir: 1 | -1) =>
    out.push(
      el("path", {
        class: "chronoline-open",
        d: pathData("M", ...xy(horizontal, t, mid - half), "L", ...xy(horizontal, t + dir * (half + 3), mid), "L", ...xy(horizontal, t, mid + half), "Z"),
      }),
    );
  if (mark.openStart && !mark.clippedStart) arrow(t0, -1);
  if (mark.openEnd && !mark.clippedEnd) arrow(t1, 1);
}
