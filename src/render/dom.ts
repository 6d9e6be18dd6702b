/**
 * The interactive timeline: `mount(element, data, options)` draws the same Scene as
 * `toSVGString` into the page and keeps it live.
 *
 *   data ─createTimeline─▶ Timeline ─layoutTimeline(view)─▶ Layout ─cull─▶ scene ─keyed join─▶ <svg>
 *                                            ▲                                                  │
 *          wheel · drag · pinch · keys ─▶ View (dom-zoom) ◀──── buttons · zoomTo · focus ◀──────┘
 *
 * Every change of view re-lays the timeline out (semantic zoom: labels re-placed, clusters split
 * and merged), at most once per animation frame. When a full render costs more than a frame,
 * an active gesture moves the drawn picture with a transform instead and the layout runs when
 * the gesture rests.
 */

import { layoutTimeline } from "../layout/layout.js";
import { measureText as tableMeasure } from "../layout/measure.js";
import { pixelToTime } from "../layout/scale.js";
import type { Box, Layout, Mark, Orientation, TextMeasurer, Viewport, ZoomTransform } from "../layout/types.js";
import { parseDate } from "../model/parse-date.js";
import { createTimeline } from "../model/timeline.js";
import type { TimelineOptions } from "../options.js";
import type { DateInput, EventInput, Timeline, TimelineEvent, TimelineInput } from "../model/types.js";
import { SAFE_ID, invalidOption, oneOf } from "./check-option.js";
import type { ClientRect } from "./details.js";
import { fillDetails, placePopover } from "./details.js";
import { clusteredRoom, cullLayout } from "./dom-cull.js";
import type { ChronolineEventType, ChronolineListener, FocusDetail, RenderDetail } from "./dom-events.js";
import { EVENT_TYPES, createEmitter } from "./dom-events.js";
import { SVG_NS, createSceneRenderer } from "./dom-join.js";
import { autoMeasurer, canvasMeasurer } from "./dom-measure.js";
import { chromeCss } from "./dom-style.js";
import type { View } from "./dom-zoom.js";
import {
  FULL_VIEW,
  constrainView,
  fractionOfTime,
  interpolateView,
  minSpanFraction,
  panView,
  sameView,
  toTransform,
  zoomView,
} from "./dom-zoom.js";
import { attachGestures, onScreen } from "./interaction.js";
import type { LaneIndex } from "./keyboard.js";
import { keyAction, laneIndex, nextEventIndex } from "./keyboard.js";
import type { MountOptions, ResolvedMountOptions } from "./mount-options.js";
import { DEFAULT_CHROME_STRINGS, resolveMountOptions } from "./mount-options.js";
import type { SceneNode } from "./scene-types.js";
import { createSceneCache, scene } from "./scene.js";
import { isTimeline } from "./to-svg-string.js";

export type { ChromeStrings, MountOptions, MountStrings } from "./mount-options.js";
export type {
  ChronolineEventMap,
  ChronolineEventType,
  ChronolineListener,
  FocusDetail,
  RenderDetail,
  SelectDetail,
  ZoomDetail,
} from "./dom-events.js";

/** What `mount` and `update` accept: a built Timeline, a document, or an array of events. */
export type MountData = Timeline | TimelineInput | readonly EventInput[];

/** A time window for {@link MountHandle.zoomTo}: epoch ms, `Date`s or date text (`"2025-01"`). */
export interface TimeRange {
  readonly start: number | DateInput;
  readonly end: number | DateInput;
}

/** The live timeline returned by {@link mount}. */
export interface MountHandle {
  /** The element passed to `mount` (DOM events are dispatched on it). */
  readonly element: Element;
  /** The timeline being shown. */
  readonly timeline: Timeline;
  /**
   * The last layout drawn (before culling), or null before the first draw. With more than 2,500
   * events in view, clustered events have no mark in it (their clusters list them).
   */
  readonly layout: Layout | null;
  /** Replaces the data; the visible window is kept where it still makes sense. */
  update(data: MountData): void;
  /** Changes options (merged over the current ones). */
  setOptions(options: MountOptions): void;
  /**
   * Shows a time window (animated unless motion is reduced), the part of it on the time axis when
   * it reaches past the data; `null` shows everything.
   */
  zoomTo(range: TimeRange | null, options?: { animate?: boolean }): void;
  /** Moves keyboard focus to an event, scrolling it into view. Returns false for an unknown id. */
  focus(id: string): boolean;
  /** The visible window, epoch ms, or null when there is nothing to show. */
  visibleRange(): { start: number; end: number } | null;
  on<K extends ChronolineEventType>(type: K, fn: ChronolineListener<K>): MountHandle;
  off<K extends ChronolineEventType>(type: K, fn?: ChronolineListener<K>): MountHandle;
  /** Removes everything mount added and every listener; the handle becomes inert. */
  destroy(): void;
}

/** A full render slower than this during a gesture switches to transform-only frames, ms. */
const FRAME_BUDGET_MS = 12;
const ANIMATION_MS = 260;
/** Fraction of the window kept as margin when scrolling an event into view. */
const VIEW_MARGIN = 0.06;
/** A gesture with no input for this long has rested: re-lay out, ms. */
const REST_MS = 150;
/** During a long gesture on a slow timeline, re-lay out at least this often, ms. */
const REFRESH_MS = 1500;
/**
 * With more events than this in view, the layout leaves the marks of clustered events out (their
 * "+N" badges stand for them). The element budget draws a few hundred of those faded marks at
 * most, and building one per event cost a 10k-event first render about a quarter of its time.
 */
const MAX_MARKS = 2500;
/** Groups moved by the fast (transform-only) path: everything positioned in time. */
const MOVING_GROUPS =
  ":scope>:is(.chronoline-eras,.chronoline-relations,.chronoline-events,.chronoline-clusters)," +
  ":scope>.chronoline-axis>:is(.chronoline-grid-lines,.chronoline-ticks)";
const SELECTED = "chronoline-selected";
/** The notification detail naming an event (or none). */
const eventDetail = (event: TimelineEvent | undefined) => (event ? { id: event.id, event } : { id: null, event: null });

let mounted = 0;

/**
 * Mounts an interactive timeline in `element` (a container; or an `<svg>` made by
 * `toSVGString`, or a container holding one, which is taken over instead of redrawn).
 *
 * Zoom and pan with the wheel, a trackpad, drag, pinch, double-click (Shift: out), the +/−/fit
 * buttons or the keyboard; the timeline is one tab stop, arrows move between events. Hover,
 * focus or click shows the details. Notifications: `chronoline:select`, `chronoline:focus`,
 * `chronoline:zoom`, `chronoline:render` DOM events on `element`, and `handle.on(type, fn)`.
 *
 * @throws {@link ChronolineError} for bad data (as createTimeline) or a bad option.
 * @example
 * ```ts
 * const handle = mount(document.getElementById("story")!, seed, { height: 420 });
 * handle.on("select", ({ id }) => console.log("selected", id));
 * handle.zoomTo({ start: "2025-01", end: "2025-02" });
 * ```
 */
export function mount(element: Element, data: MountData, options?: MountOptions): MountHandle {
  if (typeof Element === "undefined" || !(element instanceof Element)) invalidOption("element", "a DOM element", element);
  let opts = resolveMountOptions(options);
  let raw: MountData = data;
  let timeline = toTimeline(raw, opts);

  const doc = element.ownerDocument;
  const win = doc.defaultView as Window;
  const now = () => win.performance.now();
  // Take over server markup: the element itself, or an <svg class="chronoline"> directly inside it.
  const isSvg = element instanceof SVGSVGElement;
  const existing = isSvg ? element : element.querySelector<SVGSVGElement>(":scope>svg.chronoline");
  const host = (isSvg ? element.parentElement : element) as Element;
  if (host === null) invalidOption("element", "an element inside the document", element);
  const hostHadHeight = host.clientHeight > 0;

  const idPrefix =
    existing !== null && SAFE_ID.test(existing.id)
      ? existing.id
      : `chronoline-m${++mounted}${Math.floor(Math.random() * 46656).toString(36)}`;

  /** Appends a new `tag` to `parent` with these properties and attributes. */
  const add = <K extends "div" | "button">(parent: Node, tag: K, props: object, attrs: Record<string, string> = {}) => {
    const node = parent.appendChild(Object.assign(doc.createElement(tag), props));
    for (const name in attrs) node.setAttribute(name, attrs[name] as string);
    return node;
  };
  const root = doc.createElement("div");
  root.className = "chronoline-root";
  host.insertBefore(root, existing);
  // A toolbar row above the drawing, so the buttons never cover events.
  // Named in draw() from the strings option, which may change.
  const controls = add(root, "div", { className: "chronoline-controls" }, { role: "group" });
  const button = (textContent: string, onclick: () => void) => add(controls, "button", { type: "button", textContent, onclick });
  const zoomInButton = button("+", () => zoomAtCentre(2));
  const zoomOutButton = button("−", () => zoomAtCentre(0.5));
  const fitButton = button("", () => animateTo(FULL_VIEW));
  const svg = root.appendChild(existing ?? (doc.createElementNS(SVG_NS, "svg") as SVGSVGElement));
  const details = add(root, "div", { className: "chronoline-details", id: `${idPrefix}-details`, hidden: true });
  const ring = add(root, "div", { className: "chronoline-ring", hidden: true }, { "aria-hidden": "true" });

  // The chrome's CSS and the drawing's theme go into one constructed sheet: an inline <style> in
  // the live SVG is blocked by a strict Content Security Policy (style-src 'self'). Where
  // constructed sheets are unsupported, the chrome gets a <style> in the root and the scene's
  // <style> stays in the drawing.
  const chrome = chromeCss();
  const scope = host.getRootNode() as Document | ShadowRoot;
  let sheet: CSSStyleSheet | null = null;
  let sheetText = chrome;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(chrome);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    // Hydration: the server's <style> would only duplicate (and after an update, contradict) the sheet.
    for (const style of existing?.querySelectorAll(":scope>style") ?? []) style.remove();
  } catch {
    sheet = null;
    root.prepend(Object.assign(doc.createElement("style"), { textContent: chrome }));
  }

  const emitter = createEmitter(element);
  const renderer = createSceneRenderer();
  // Dates formatted by the scene, kept across zoom steps; a new one for new data.
  let sceneCache = createSceneCache();
  let measurer = pickMeasurer(opts, doc);

  // ── state ──
  let view: View = FULL_VIEW;
  // Derived from the whole timeline (O(n)), so computed on first use, not on every mount.
  let minSpanCache: number | null = null;
  let baseScale: Layout["scale"] | null = null;
  /** The narrowest view allowed, as a fraction of the fitted axis. */
  const minSpan = (): number =>
    (minSpanCache ??= baseScale === null ? 0 : minSpanFraction(baseScale, autoMinSpan(timeline, opts)));
  let layout: Layout | null = null;
  /** The view the drawn DOM shows (the fast path transforms it towards `view`). */
  let drawnView: View = FULL_VIEW;
  let drawnRange: readonly [number, number] = [0, 1];
  let emittedView: View | null = null;
  /** Time-axis pixels of the plot for a (size, orientation) key. */
  let axis: { key: string; range: readonly [number, number] } | null = null;
  let pendingRange: { start: number; end: number } | null = null;
  let orientation: Orientation = "horizontal";
  let size = { width: 0, height: 0 };
  let lastCost = 0;
  /** The fast path's overlay: the groups it moved there (and from where), CSS px per drawing px along time. */
  let layer: { wrap: HTMLDivElement; svg: SVGSVGElement; moved: [Element, Node, Node | null][]; unit: number } | null = null;
  /** When the last gesture input arrived and the last full render ended (performance.now()). */
  let lastInput = 0;
  let lastDrawn = 0;
  let frame = 0;
  /** The next frame re-lays out even during a gesture (it rested, or the picture is stale). */
  let forceFull = false;
  let reason: RenderDetail["reason"] = "mount";
  let gesture = false;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  let animation: { from: View; to: View; start: number } | null = null;
  let idIndexCache: Map<string | undefined, number> | null = null;
  /** Index of the event with this id, -1 for none. */
  const indexOfId = (id: string | undefined): number => (idIndexCache ??= indexById(timeline)).get(id) ?? -1;
  let lanes: LaneIndex | null = null;
  /** Roving focus: the event that owns the tab stop (index into timeline.events), -1 for none. */
  let active = -1;
  let selected = -1;
  let open: { index: number; pinned: boolean } | null = null;
  let wantFocus = false;
  let destroyed = false;

  const reducedMotion = win.matchMedia?.("(prefers-reduced-motion: reduce)");
  const animate = () => opts.animate && !(reducedMotion?.matches ?? false);
  const widthNow = () => Math.floor(root.clientWidth || host.clientWidth);
  const horizontal = () => orientation === "horizontal";
  /** The box fields along time: position and length. */
  const along = () => (horizontal() ? (["x", "width"] as const) : (["y", "height"] as const));

  // ── rendering ──
  function schedule(why: RenderDetail["reason"]): void {
    if (destroyed) return;
    if (why !== "zoom" || reason === "zoom") reason = why;
    if (frame === 0) frame = win.requestAnimationFrame(flush);
  }

  function flush(): void {
    frame = 0;
    if (destroyed) return;
    if (animation !== null) {
      const u = Math.min(1, (now() - animation.start) / ANIMATION_MS);
      const eased = u < 0.5 ? 4 * u * u * u : 1 - Math.pow(-2 * u + 2, 3) / 2;
      view = constrainView(interpolateView(animation.from, animation.to, eased), minSpan());
      if (u >= 1) animation = null;
      else frame = win.requestAnimationFrame(flush);
    }
    const full = forceFull;
    forceFull = false;
    if ((gesture || animation !== null) && !full && lastCost > FRAME_BUDGET_MS && layout !== null && reason === "zoom") {
      transformDrawn();
      emitZoom();
    } else draw(reason);
  }

  /** Reads the drawing's size and orientation from the page. */
  function measureSize(): void {
    const width = widthNow();
    orientation =
      opts.orientation === "vertical" || (opts.orientation === "auto" && width > 0 && width < opts.verticalBelow)
        ? "vertical"
        : "horizontal";
    const toolbar = controls.offsetHeight; // 0 when hidden
    const height =
      opts.height ?? (hostHadHeight && host.clientHeight > toolbar ? host.clientHeight - toolbar : horizontal() ? 400 : 640);
    size = { width, height: Math.floor(height) };
  }

  // The resolved mount options go to the layout (and to the scene below) as they are: it reads
  // gaps, labels, locale, timeZone, laneLabels… and ignores the rest. So a new mount option must
  // not reuse a Viewport or SceneOptions field name with another meaning.
  const viewport = (transform?: ZoomTransform): Viewport => ({
    ...opts,
    ...size,
    orientation,
    measureText: measurer,
    maxMarks: MAX_MARKS,
    transform,
  });

  /** Lays out for the current view; learns the plot's time-axis pixels on the way. */
  function layoutForView(): Layout {
    const key = `${size.width}x${size.height}:${orientation}`;
    if (axis?.key !== key || pendingRange !== null) {
      const base = layoutTimeline(timeline, viewport());
      axis = { key, range: base.scale.range };
      baseScale = base.scale;
      minSpanCache = null;
      if (pendingRange !== null) {
        const start = fractionOfTime(base.scale, pendingRange.start);
        const span = fractionOfTime(base.scale, pendingRange.end) - start;
        // Not finite when either end is not.
        view = span > 0 && span < Infinity ? { start, span } : FULL_VIEW;
        pendingRange = null;
      }
      if (sameView(view, FULL_VIEW)) return base;
    }
    view = constrainView(view, minSpan());
    let result = layoutTimeline(timeline, viewport(toTransform(view, ...axis.range)));
    const [r0, r1] = result.scale.range;
    if (r0 !== axis.range[0] || r1 !== axis.range[1]) {
      // The plot moved (e.g. wider lane titles): redo with the right pixels so the view holds.
      axis = { key, range: [r0, r1] };
      result = layoutTimeline(timeline, viewport(toTransform(view, r0, r1)));
    }
    return result;
  }

  function draw(why: RenderDetail["reason"]): void {
    reason = "zoom";
    const started = now();
    if (why !== "zoom") {
      // The options' part of the chrome (first, as the toolbar's height counts below).
      controls.hidden = !opts.controls;
      const words = { ...DEFAULT_CHROME_STRINGS, ...opts.strings };
      controls.setAttribute("aria-label", words.zoom);
      fitButton.textContent = words.fit;
      for (const [button, label] of [[zoomInButton, words.zoomIn], [zoomOutButton, words.zoomOut], [fitButton, words.fitAll]] as const) {
        button.title = label;
        button.setAttribute("aria-label", label);
      }
      for (const theme of ["light", "dark"]) root.classList.toggle(`chronoline-theme-${theme}`, opts.theme === theme);
    }
    measureSize();
    if (size.width <= 0) return; // hidden (display: none): draw when the observer sees a size
    const next = layoutForView();
    const laidOut = now();
    const keep = new Set<number>([active, open?.index ?? -1]);
    // Cull to the element budget: estimate, build, count, and thin harder if the estimate was short.
    const budget = opts.maxElements - 5 - controls.childElementCount - details.getElementsByTagName("*").length;
    let room = clusteredRoom(next, budget);
    let tree: SceneNode;
    for (let attempt = 0; ; attempt++) {
      const drawn = cullLayout(next, room, keep);
      tree = scene(drawn, timeline, {
        ...opts,
        idPrefix,
        locale: next.locale,
        measureText: measurer,
        cache: sceneCache,
        fontSize: opts.labels?.fontSize,
      });
      const count = countNodes(tree);
      if (count <= budget || room === 0 || attempt === 3) break;
      room = Math.max(0, Math.min(room, drawn.marks.length) - Math.ceil((count - budget) / 3) - 8);
    }
    if (sheet !== null) {
      // The scene's <style> text goes into the sheet, after the chrome's.
      const css = [chrome];
      const children: SceneNode[] = [];
      for (const child of tree.children) {
        if (child.tag === "style") css.push(child.text ?? "");
        else children.push(child);
      }
      if (css.length > 1) {
        tree = { ...tree, children };
        const text = css.join("\n");
        if (text !== sheetText) sheet.replaceSync((sheetText = text));
      }
    }
    dropLayer();
    // The focused event's element goes when it leaves the view: then the focus must stay here.
    const hadFocus = svg.contains(focused());
    const result = renderer.render(svg, withFrame(tree, size));
    if (layout?.lanes.length !== next.lanes.length) lanes = null;
    layout = next;
    drawnView = view;
    drawnRange = next.scale.range;
    if (why === "update" && animate()) {
      for (const node of result.entered) if (node.classList.contains("chronoline-event")) node.classList.add("chronoline-enter");
    }
    root.classList.toggle("chronoline-vertical", !horizontal());
    applyState(hadFocus);
    lastDrawn = now();
    lastCost = lastDrawn - started;
    const detail: RenderDetail = {
      reason: why,
      orientation,
      ...size,
      elements: result.elements,
      layoutMs: laidOut - started,
      totalMs: lastCost,
      // Every label belongs to one mark.
      labelled: next.labels.length,
      clustered: next.eventCount - next.labels.length,
    };
    // The first render happens inside mount(), before anyone could listen: tell them a moment later.
    if (why === "mount") queueMicrotask(() => destroyed || emitter.emit("render", detail));
    else emitter.emit("render", detail);
    emitZoom();
  }

  /** How the fast path moves drawn positions along time to where `view` puts them: `t × s + d`, drawing px. */
  function drawnToView(): { s: number; d: number } {
    const from = toTransform(drawnView, ...drawnRange);
    const to = toTransform(view, ...drawnRange);
    const s = to.k / from.k;
    return { s, d: to.x - from.x * s };
  }

  /** The fast path: moves what is drawn to where `view` would put it, without a layout. */
  function transformDrawn(): void {
    const { s, d } = drawnToView();
    const matrix = (unit: number) => {
      const m = [1, 0, 0, 1, 0, 0];
      m[horizontal() ? 0 : 3] = s;
      m[horizontal() ? 4 : 5] = d * unit;
      return `matrix(${m})`;
    };
    // Moving a focused element out of the drawing would blur it: then move the groups in place.
    if (layer === null && !svg.contains(focused())) layer = liftDrawn();
    if (layer !== null) layer.svg.style.transform = matrix(layer.unit);
    else transformGroups(matrix(1));
    placeOverlays();
  }

  /**
   * Moves what moves along time into an overlay `<svg>` of its own, a compositor layer: moving
   * it costs the browser no layout and no paint, whereas transforming the groups inside the
   * drawing re-laid out and repainted all of it (every text at a new scale) on each frame.
   * The groups move rather than being copied, so the element count stays what it was.
   */
  function liftDrawn(): NonNullable<typeof layer> {
    const rootBox = root.getBoundingClientRect();
    const { box, ...scale } = onScreen(svg);
    const wrap = add(root, "div", { className: "chronoline-layer" }, { "aria-hidden": "true" });
    wrap.style.cssText = boxCss(box.left - rootBox.left, box.top - rootBox.top, box.width, box.height);
    // Same id and class as the drawing, so the drawing's CSS applies; the wrapper hides it from assistive technology.
    const copy = wrap.appendChild(svg.cloneNode(false) as SVGSVGElement);
    copy.style.cssText = `width:${box.width}px;height:${box.height}px`;
    const moved: [Element, Node, Node | null][] = [];
    const parents = new Map<Node, Node>([[svg, copy]]);
    for (const node of svg.querySelectorAll(MOVING_GROUPS)) {
      const parent = node.parentNode as Node;
      let to = parents.get(parent);
      if (to === undefined) parents.set(parent, (to = copy.appendChild(parent.cloneNode(false))));
      moved.push([node, parent, node.nextSibling]);
      to.appendChild(node);
    }
    // Right after the drawing: the focus ring and the details stay on top.
    svg.after(wrap);
    return { wrap, svg: copy, moved, unit: scale[along()[1]] };
  }

  /** Sets (or with "" clears) the in-place transform of the groups that move along time. */
  const transformGroups = (transform: string) => {
    for (const group of svg.querySelectorAll<SVGGElement>(MOVING_GROUPS)) group.style.transform = transform;
  };

  /** Puts the groups back into the drawing (before a full render), or clears their in-place transforms. */
  function dropLayer(): void {
    if (layer === null) return transformGroups("");
    // Last first, so that every saved next sibling is back in place when it is needed.
    for (const [node, parent, next] of layer.moved.reverse()) parent.insertBefore(node, next);
    layer.wrap.remove();
    layer = null;
  }

  /** Tells listeners the window moved (not on the first draw: nothing moved yet). */
  function emitZoom(): void {
    if (layout === null || sameView(view, emittedView)) return;
    const first = emittedView === null;
    emittedView = view;
    const range = visibleRange();
    if (range !== null && !first) emitter.emit("zoom", { ...range, k: 1 / view.span });
    const had = focused();
    zoomInButton.disabled = !first && view.span <= minSpan() * 1.0001;
    zoomOutButton.disabled = fitButton.disabled = view.span >= 1;
    // A button disabled under the focus drops it to the page: hand it to one that still works.
    if ([zoomInButton, zoomOutButton, fitButton].some((b) => b === had && b.disabled)) {
      ([zoomInButton, zoomOutButton].find((b) => !b.disabled) ?? eventElement(active) ?? svg).focus();
    }
  }

  function visibleRange(): { start: number; end: number } | null {
    if (layout === null || timeline.events.length === 0) return null;
    // Read through the drawn layout's scale, moved to the current view.
    const scale = layout.scale;
    const [r0, r1] = scale.range;
    const { k, x } = scale.transform;
    const time = (fraction: number) => pixelToTime(scale, (r0 + fraction * (r1 - r0)) * k + x);
    return { start: time(view.start), end: time(view.start + view.span) };
  }

  // ── view changes ──
  function setView(next: View): boolean {
    const v = constrainView(next, minSpan());
    if (sameView(v, view)) return false;
    animation = null;
    view = v;
    schedule("zoom");
    return true;
  }

  /** Moves to `target`, animated unless motion is reduced or `animated` is false. */
  function animateTo(target: View, animated?: boolean): void {
    const to = constrainView(target, minSpan());
    if (!((animated ?? true) && animate())) setView(to);
    else if (!sameView(to, view)) {
      animation = { from: view, to, start: now() };
      schedule("zoom");
    }
  }

  function zoomAtCentre(factor: number): void {
    const base = animation?.to ?? view;
    // Keep the focused event in place when there is one in view; else zoom about the middle.
    const u = (eventFraction(active) - base.start) / base.span;
    animateTo(zoomView(base, factor, u >= 0 && u <= 1 ? u : 0.5, minSpan()));
  }

  /** Where an event sits on the fitted axis (NaN for none). */
  function eventFraction(index: number): number {
    const event = timeline.events[index];
    if (event === undefined || layout === null) return NaN;
    const { start, end } = event.start;
    // A range's middle is not always in view: aim at its start when it is long.
    return fractionOfTime(layout.scale, event.end ? start : start + (end - start) / 2);
  }

  /** Pans (and if needed zooms out) so that an event is inside the window. */
  function scrollIntoView(index: number): void {
    if (layout === null) draw(reason);
    const f = eventFraction(index);
    if (!Number.isFinite(f)) return;
    const base = animation?.to ?? view;
    const margin = base.span * VIEW_MARGIN;
    const visible = f >= base.start && f <= base.start + base.span;
    // In a dense view the event may show only inside a "+N" badge (no mark of its own, see
    // MAX_MARKS): zoom in on it, so the focus ring and the details have something to point at.
    const hidden = visible && animation === null && markOf(index) === undefined;
    if (!hidden && visible && f >= base.start + margin && f <= base.start + base.span - margin) return;
    const span = hidden ? base.span / 8 : base.span;
    animateTo({ start: f - span / 2, span });
  }

  // ── interaction state ──
  function eventElement(index: number): SVGGElement | null {
    const id = timeline.events[index]?.id;
    if (id !== undefined) {
      for (const node of svg.querySelectorAll<SVGGElement>(".chronoline-event")) if (node.getAttribute("data-id") === id) return node;
    }
    return null;
  }

  let tabStop: Element | null = null;
  /**
   * The focused element as seen from the timeline's own tree: inside a shadow root
   * `document.activeElement` is the host, so ask the root node (document or shadow root).
   */
  const focused = (): Element | null => (root.getRootNode() as Partial<DocumentOrShadowRoot>).activeElement ?? null;
  let describedElement: Element | null = null;
  let selectedElement: Element | null = null;

  /**
   * Re-applies tab stop, selection, description and focus after a render or a state change.
   * `hadFocus`: the drawing had the focus before the render (which may have removed the element
   * holding it); the focus then goes to the tab stop, the drawing itself if the event is not drawn.
   */
  function applyState(hadFocus = svg.contains(focused())): void {
    const target = eventElement(active);
    const elementOf = (index: number) => (index < 0 ? null : index === active ? target : eventElement(index));
    /** Moves attribute `name` from the element that had it to `next`. */
    const move = (old: Element | null, next: Element | null, name: string, value: string) => {
      if (old !== next) old?.removeAttribute(name);
      next?.setAttribute(name, value);
      return next;
    };
    tabStop = move(tabStop, target, "tabindex", "0");
    if (target !== null) svg.removeAttribute("tabindex");
    else svg.setAttribute("tabindex", "0");
    const selectedTarget = elementOf(selected);
    if (selectedElement !== selectedTarget) selectedElement?.classList.remove(SELECTED);
    selectedTarget?.classList.add(SELECTED);
    selectedElement = move(selectedElement, selectedTarget, "aria-current", "true");
    describedElement = move(describedElement, elementOf(open?.index ?? -1), "aria-describedby", details.id);

    if ((wantFocus || hadFocus) && focused() !== (target ?? svg)) {
      (target ?? svg).focus({ preventScroll: !wantFocus });
    }
    if (wantFocus && target !== null) wantFocus = false;
    placeOverlays();
  }

  function placeOverlays(): void {
    const ringBox = tabStop !== null && focused() === tabStop ? anchorRect(active) : null;
    ring.hidden = ringBox === null;
    // Reading boxes forces a synchronous layout of the page: only when something is shown.
    if (ringBox === null && open === null) return;
    const rootBox = root.getBoundingClientRect();
    if (ringBox !== null) {
      ring.style.cssText = boxCss(ringBox.left - rootBox.left - 3, ringBox.top - rootBox.top - 3, ringBox.width + 6, ringBox.height + 6);
    }
    if (open === null) return;
    const a = anchorRect(open.index);
    details.style.visibility = a === null ? "hidden" : "";
    if (a === null) return;
    const place = placePopover(
      a,
      { width: details.offsetWidth, height: details.offsetHeight },
      { left: 0, top: 0, width: win.innerWidth, height: win.innerHeight },
    );
    details.style.left = `${place.left - rootBox.left}px`;
    details.style.top = `${place.top - rootBox.top}px`;
    details.dataset["side"] = place.side;
  }

  /** The drawn layout's mark of an event, if it has one. */
  const markOf = (index: number): Mark | undefined => layout?.marks.find((mark) => mark.eventIndex === index);

  /**
   * Where an event shows on screen, in client px: its mark and label; its mark alone when it is
   * clustered; its cluster's badge when the mark is not drawn either. From the layout's numbers,
   * moved like the picture while the fast path transforms it. Null when it is not in view.
   */
  function anchorRect(index: number): ClientRect | null {
    const mark = markOf(index);
    if (layout === null || mark === undefined) return null;
    let box = mark.box;
    const label = layout.labels[mark.label];
    const cluster = layout.clusters[mark.cluster];
    if (label !== undefined) box = union(box, label.box);
    else if (box.width * box.height === 0 && cluster !== undefined) box = cluster.box;
    const { box: screen, width: sx, height: sy } = onScreen(svg);
    const b = { ...box };
    if (drawnView !== view) {
      // The fast path moved the picture along time: move the box the same way.
      const { s, d } = drawnToView();
      const [position, length] = along();
      b[position] = b[position] * s + d;
      b[length] *= s;
    }
    return { left: screen.left + b.x * sx, top: screen.top + b.y * sy, width: b.width * sx, height: b.height * sy };
  }

  function moveTo(index: number, focusIt: boolean): void {
    const event = timeline.events[index];
    if (event === undefined) return;
    const changed = index !== active;
    active = index;
    wantFocus = focusIt;
    scrollIntoView(index);
    if (open !== null ? open.index !== index : opts.details) showDetails(index, false);
    // The element may be drawn already (no scroll needed): update right away.
    applyState();
    if (changed) emitter.emit("focus", eventDetail(event) as FocusDetail);
  }

  function showDetails(index: number, pinned: boolean): void {
    const event = timeline.events[index];
    if (!opts.details || event === undefined || (open?.index === index && open.pinned === pinned)) return;
    open = { index, pinned: pinned || (open?.index === index && open.pinned) };
    fillDetails(details, event, {
      locale: opts.locale ?? timeline.locale,
      pinned: open.pinned,
      onClose: closeAndRefocus,
      strings: opts.strings,
    });
    details.hidden = false;
    applyState();
  }

  function closeDetails(): boolean {
    if (open === null) return false;
    open = null;
    details.hidden = true;
    details.replaceChildren();
    applyState();
    return true;
  }

  function closeAndRefocus(): void {
    closeDetails();
    eventElement(active)?.focus();
  }

  function select(index: number): void {
    const event = timeline.events[index];
    if (index === selected && event !== undefined) return;
    selected = event === undefined ? -1 : index;
    applyState();
    emitter.emit("select", eventDetail(event));
  }

  const indexOfElement = (target: EventTarget | null): number =>
    indexOfId((target as Element | null)?.closest(".chronoline-event")?.getAttribute("data-id") ?? undefined);

  // ── listeners ──
  /** Gesture pixels along time as a fraction of the window on screen; notes the input's time. */
  const gesturePx = (px: number) => {
    lastInput = now();
    return px / (drawnRange[1] - drawnRange[0] || 1);
  };
  const listening = new AbortController();
  attachGestures(svg, {
    axis: () => (horizontal() ? "x" : "y"),
    // What is on screen always shows `view` (the fast path moves the picture to it).
    zoom: (factor, at) => setView(zoomView(view, factor, gesturePx(at - drawnRange[0]), minSpan())),
    pan: (pixels) => setView(panView(view, -gesturePx(pixels), minSpan())),
    active(on) {
      gesture = on;
      root.classList.toggle("chronoline-dragging", on);
      clearTimeout(restTimer);
      if (on) restTimer = setTimeout(gestureTick, REST_MS);
      else if (view !== drawnView) schedule("zoom");
    },
    tap(target) {
      const cluster = target.closest(".chronoline-cluster");
      if (cluster !== null && layout !== null) {
        const id = cluster.getAttribute("data-cluster");
        const c = layout.clusters.find((x) => x.id === id);
        // An edge badge counts what lies off-screen: go there. Others zoom in on their members.
        if (c?.edge) animateTo(panView(view, c.edge === "before" ? -0.8 : 0.8, minSpan()));
        else if (c !== undefined) zoomToMs(c.domain[0], c.domain[1], 0.15, undefined, true);
        return;
      }
      const index = indexOfElement(target);
      if (index < 0) {
        closeDetails();
        if (selected >= 0) select(-1);
        return;
      }
      active = index;
      wantFocus = true;
      select(index);
      showDetails(index, true);
    },
  }, listening.signal);

  /**
   * While a gesture goes on with transform-only frames, re-lay out when it rests (no input for
   * REST_MS after the last input or full render) and at least every REFRESH_MS.
   */
  function gestureTick(): void {
    if (!gesture) return;
    const t = now();
    if (view !== drawnView && (t - Math.max(lastInput, lastDrawn) >= REST_MS || t - lastDrawn >= REFRESH_MS)) {
      forceFull = true;
      schedule("zoom");
    }
    restTimer = setTimeout(gestureTick, REST_MS);
  }

  let hovered = -1;
  /** Adds a listener that destroy() removes. */
  const listen = (target: EventTarget, type: string, fn: (event: never) => void, capture = false) =>
    target.addEventListener(type, fn as EventListener, { capture, signal: listening.signal });

  listen(svg, "keydown", (event: KeyboardEvent) => {
    const action = keyAction(event, orientation);
    if (action === null) return;
    if (action.type === "move") {
      if (layout === null) return;
      lanes ??= laneIndex(timeline, layout.lanes.map((lane) => lane.id));
      // Before any event had focus, and when the drawing itself holds it because the focused event
      // left the view (wheel, drag), arrows start at the first visible event.
      const fromView = active < 0 || (focused() === svg && !wantFocus);
      let from = fromView ? -1 : active;
      if (from < 0) {
        const { marks } = layout;
        const firstMark = (withClipped: boolean) =>
          marks.reduce((best, mark) => (mark.clippedStart && !withClipped ? best : Math.min(best, mark.eventIndex)), Infinity);
        from = firstMark(false);
        // None starts in view: a range running into it, rather than the very first event, far away.
        if (!Number.isFinite(from)) from = firstMark(true);
        if (!Number.isFinite(from)) from = timeline.events.length > 0 ? 0 : -1;
      }
      const to = fromView && (action.to === "next" || action.to === "previous") ? from : nextEventIndex(timeline, lanes, from, action.to);
      if (to >= 0) moveTo(to, true);
    } else if (action.type === "open") {
      if (active < 0) return;
      select(active);
      showDetails(active, true);
    } else if (action.type === "close") {
      if (!closeDetails()) return;
    } else if (action.type === "zoom") zoomAtCentre(action.factor);
    else animateTo(action.type === "fit" ? FULL_VIEW : panView(animation?.to ?? view, action.screens, minSpan()));
    event.preventDefault();
    event.stopPropagation();
  });

  // On the root, not the <svg>: Chromium makes an SVG element with a focus listener focusable,
  // tab order included, and Shift+Tab from an event then landed on the svg, which gave the focus
  // straight back to the event.
  listen(root, "focusin", (event: FocusEvent) => {
    if (!svg.contains(event.target as Node)) return;
    const index = indexOfElement(event.target);
    if (index >= 0) {
      if (index !== active) emitter.emit("focus", eventDetail(timeline.events[(active = index)]) as FocusDetail);
      if (open?.index !== index) showDetails(index, false);
    }
    applyState();
  });

  listen(root, "focusout", (event: FocusEvent) => {
    if (root.contains(event.relatedTarget as Node | null)) return;
    // Left for the page (Tab, a click): a focus still on its way to an event must not pull it back.
    wantFocus = false;
    if (open?.pinned === false) closeDetails();
    ring.hidden = true;
  });

  listen(svg, "pointerover", (event: PointerEvent) => {
    if (gesture || event.pointerType === "touch") return;
    const index = indexOfElement(event.target);
    if (index === hovered) return;
    hovered = index;
    if (index >= 0 && !open?.pinned) showDetails(index, false);
  });

  listen(svg, "pointerout", (event: PointerEvent) => {
    if (hovered >= 0 && event.relatedTarget !== null && indexOfElement(event.relatedTarget) === hovered) return;
    hovered = -1;
    if (open?.pinned === false && !(focused() === tabStop && open.index === active)) closeDetails();
  });

  listen(details, "keydown", (event: KeyboardEvent) => {
    // Only "Escape": the old name "Esc" came from browsers that cannot run this code (see keyboard.ts).
    if (event.key !== "Escape") return;
    closeAndRefocus();
    event.preventDefault();
  });

  listen(doc, "pointerdown", (event: PointerEvent) => open !== null && !root.contains(event.target as Node) && closeDetails(), true);

  let observed = "";
  const observer =
    typeof ResizeObserver === "undefined"
      ? null
      : new ResizeObserver(() => {
          const width = widthNow();
          const key = `${width} ${hostHadHeight && host.clientHeight}`;
          if (key === observed) return;
          const first = observed === "";
          observed = key;
          if (!first || width !== size.width) schedule("resize");
        });
  observer?.observe(host);

  /** Shows `[start, end]` ms with `pad` (a fraction of it) on each side; `inOnly` never zooms out. */
  function zoomToMs(start: number, end: number, pad = 0, animated?: boolean, inOnly = false): void {
    if (layout === null) draw(reason);
    if (layout === null) return;
    let a = fractionOfTime(layout.scale, start);
    let b = fractionOfTime(layout.scale, end);
    if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) return;
    // Show only the part of the window that lies on the axis: kept whole, it would be pushed back
    // inside, and with a compressed gap near the edge a few pixels back are years earlier.
    if (a < 1 && b > 0) {
      a = Math.max(a, 0);
      b = Math.min(b, 1);
    }
    let span = Math.max((b - a) * (1 + 2 * pad), minSpan());
    if (inOnly) span = Math.min(span, view.span / 2);
    animateTo({ start: (a + b) / 2 - span / 2, span }, animated);
  }

  // First draw now, so the page never shows an empty box (and hydration happens at once).
  draw("mount");

  const handle: MountHandle = {
    element,
    get timeline() {
      return timeline;
    },
    get layout() {
      return layout;
    },
    update(next: MountData) {
      if (destroyed) return;
      const range = view.span < 1 ? visibleRange() : null;
      const idOf = (index: number) => timeline.events[index]?.id;
      const activeId = idOf(active);
      const selectedId = idOf(selected);
      const openId = open && idOf(open.index);
      const pinned = open?.pinned === true;
      raw = next;
      setTimeline(toTimeline(next, opts));
      pendingRange = range;
      active = indexOfId(activeId);
      selected = indexOfId(selectedId);
      const reopen = indexOfId(openId ?? undefined);
      open = null;
      details.hidden = true;
      if (reopen >= 0) showDetails(reopen, pinned);
      if (range === null) view = FULL_VIEW;
      draw("update");
    },
    setOptions(next: MountOptions) {
      if (destroyed) return;
      const before = opts;
      opts = resolveMountOptions(next, opts);
      const rebuild = TIMELINE_KEYS.some((key) => next[key] !== undefined);
      if (rebuild && !isTimeline(raw)) setTimeline(toTimeline(raw, opts));
      if (opts.measureText !== before.measureText) measurer = pickMeasurer(opts, doc);
      minSpanCache = axis = null;
      if (!opts.details) closeDetails();
      else if (open !== null && opts.strings !== before.strings) {
        // Refill the open popover in the new words.
        const { index, pinned } = open;
        open = null;
        showDetails(index, pinned);
      }
      draw("options");
    },
    zoomTo(range, zoomOptions) {
      if (destroyed) return;
      if (range === null) return animateTo(FULL_VIEW, zoomOptions?.animate);
      if (range === undefined || typeof range !== "object") invalidOption("range", "{ start, end } or null", range);
      /** One end of the range in epoch ms. */
      const ms = (name: "start" | "end"): number => {
        const value = range[name];
        if (typeof value !== "number") return parseDate(value, { timeZone: timeline.timeZone, referenceDate: timeline.referenceDate })[name];
        if (!Number.isFinite(value)) invalidOption(name, "finite epoch ms, a Date or date text", value);
        return value;
      };
      const start = ms("start");
      const end = ms("end");
      if (!(end > start)) invalidOption("range", "a window whose end is after its start", range);
      zoomToMs(start, end, 0, zoomOptions?.animate);
    },
    focus(id: string) {
      const index = indexOfId(id);
      if (destroyed || index < 0) return false;
      moveTo(index, true);
      return true;
    },
    visibleRange,
    on(type, fn) {
      oneOf("type", type, EVENT_TYPES);
      if (typeof fn !== "function") invalidOption("listener", "a function", fn);
      emitter.on(type, fn);
      return handle;
    },
    off(type, fn) {
      emitter.off(type, fn);
      return handle;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      win.cancelAnimationFrame(frame);
      clearTimeout(restTimer);
      observer?.disconnect();
      listening.abort();
      emitter.clear();
      if (sheet !== null) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
      root.remove();
    },
  };

  /** Shows another timeline: what was derived from the old one goes. */
  function setTimeline(next: Timeline): void {
    timeline = next;
    idIndexCache = lanes = minSpanCache = axis = null;
    sceneCache = createSceneCache();
  }
  return handle;
}

/** The options that (re)build the timeline from raw data. */
const TIMELINE_KEYS = ["timeline", "timeZone", "referenceDate", "locale"] as const;

const boxCss = (left: number, top: number, width: number, height: number) =>
  `left:${left}px;top:${top}px;width:${width}px;height:${height}px`;

function countNodes(node: SceneNode): number {
  let n = 1;
  for (const child of node.children) n += countNodes(child);
  return n;
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** Sets the root's size to the drawing area so the page does not jump as lanes grow and shrink. */
function withFrame(tree: SceneNode, size: { width: number; height: number }): SceneNode {
  const width = Number(tree.attrs["width"]);
  const height = Number(tree.attrs["height"]);
  const w = Math.max(width, size.width);
  const h = Math.max(height, size.height);
  return Number.isFinite(width + height) && (w > width || h > height)
    ? { ...tree, attrs: { ...tree.attrs, width: w, height: h, viewBox: `0 0 ${w} ${h}` } }
    : tree;
}

function toTimeline(data: MountData, opts: ResolvedMountOptions): Timeline {
  if (isTimeline(data)) return data;
  if (data === null || typeof data !== "object") invalidOption("data", "a timeline, a document { events } or an array of events", data);
  const options: Record<string, unknown> = { ...opts.timeline };
  // Mount's own timeZone, referenceDate and locale win over `timeline`'s.
  for (const key of TIMELINE_KEYS) if (key !== "timeline" && opts[key] !== undefined) options[key] = opts[key];
  return createTimeline(data as TimelineInput | readonly EventInput[], options as TimelineOptions);
}

const indexById = (timeline: Timeline) => new Map<string | undefined, number>(timeline.events.map((event, i) => [event.id, i]));

function pickMeasurer(opts: ResolvedMountOptions, doc: Document): TextMeasurer {
  const m = opts.measureText;
  return typeof m === "function" ? m : m === "table" ? tableMeasure : m === "canvas" ? canvasMeasurer(doc) : autoMeasurer(doc);
}

/** Default narrowest window: 5 × the interval of the most precise date, at least 1 s. */
function autoMinSpan(timeline: Timeline, opts: ResolvedMountOptions): number {
  if (opts.minSpan !== null) return opts.minSpan;
  let finest = Infinity;
  for (const { start, end } of timeline.events) {
    finest = Math.min(finest, start.end - start.start);
    if (end) finest = Math.min(finest, end.end - end.start);
  }
  return Number.isFinite(finest) ? Math.max(1000, finest * 5) : 86_400_000;
}
