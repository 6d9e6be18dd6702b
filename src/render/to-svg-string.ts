import type { Diagnostic } from "../errors.js";
import { invalidOption } from "../errors.js";
import { layoutTimeline } from "../layout/layout.js";
import type { GapRange, Layout, LabelOptions, Orientation } from "../layout/types.js";
import { createTimeline } from "../model/timeline.js";
import type { DateInput, EventInput, Timeline, TimelineInput } from "../model/types.js";
import { SAFE_ID, checkPalette, checkStrings } from "./check-option.js";
import { scene } from "./scene.js";
import { serialiseScene } from "./svg-string.js";
import type { ThemeName } from "./theme.js";
import { THEMES } from "./theme.js";

/**
 * The SVG string output, end to end: model (unless given a Timeline) → layout → scene →
 * markup. Node-only friendly: no DOM, no clock, no host time zone.
 *
 *   input ─createTimeline─▶ Timeline ─layoutTimeline─▶ Layout ─scene─▶ SceneNode ─serialiseScene─▶ string
 */

/** Options of {@link toSVGString} and {@link renderToSVG}. All optional; defaults per field. */
export interface SVGOptions {
  /** Drawing width, px. Default 960. */
  width?: number;
  /**
   * Drawing height, px. Default: horizontal — as tall as the content needs, at most
   * `max(600, 0.75 × width)`; vertical — the time axis gets `max(480, min(3000, 40 px × events))`,
   * lengthened (up to `min(3000, max(1600, 4 × width))`) while labels of a timeline of at most
   * 500 events would otherwise fold into clusters.
   */
  height?: number;
  /** Default `"horizontal"`. */
  orientation?: Orientation;
  /** Default `"auto"`: light, or dark when the viewer prefers a dark colour scheme. */
  theme?: ThemeName;
  /** Group colours, in lane order (each `#rgb`, `#rrggbb`, `rgb()`, `hsl()` or a named colour). Default Okabe–Ito. */
  palette?: readonly string[];
  /** Compress long empty stretches: `"auto"` (default), `"none"`, or explicit ranges. */
  gaps?: "auto" | "none" | readonly GapRange[];
  /** BCP-47 locale of dates and accessible names. Default: the timeline's, else `"en-US"`. */
  locale?: string;
  /** What relative dates resolve against (when building the timeline). No default. */
  referenceDate?: DateInput;
  /** IANA zone for reading dates (when building the timeline) and for the axis. Default: the timeline's, else `"UTC"`. */
  timeZone?: string;
  /** Title of the drawing (its `<title>`). Default: the timeline's title, else `strings.untitled` ("Timeline"). */
  title?: string;
  /** `width="100%"` with a viewBox and no fixed height, to scale with the container. Default false. */
  responsive?: boolean;
  /**
   * Prefix of the ids inside the SVG (`/^[A-Za-z][A-Za-z0-9_-]*$/`). Default: `chronoline-`
   * plus a hash of the content and options, so different timelines on one page never clash;
   * pass one when the same timeline is drawn twice on a page.
   */
  idPrefix?: string;
  /** Label sizing (font size, wrap width, lines). Defaults: the layout's. */
  labels?: LabelOptions;
  /**
   * Beyond this many events, clustered events get no mark of their own: their badge stands for
   * them (and lists them for assistive technology). Default: the layout's (10,000).
   */
  maxMarks?: number;
  /**
   * The words the drawing writes itself, for other languages (any subset; default English).
   * Titles, dates and lane names come from the data and the locale.
   *
   * @example
   * ```ts
   * toSVGString(timeline, {
   *   locale: "de-DE",
   *   strings: { summary: (n, when) => `Zeitleiste mit ${n} Ereignissen, ${when}.`, lanes: "Spuren", events: "Ereignisse" },
   * });
   * ```
   */
  strings?: {
    /** The `<desc>` summary; `when` is the span in words ("from 2017 to January 29, 2025"), "" without events. Default "Timeline of 10 events, from … to …." */
    summary?: (count: number, when: string) => string;
    /** A number of events, in a cluster badge's tooltip. Default "12 events" / "1 event". */
    count?: (count: number) => string;
    /** After the first titles a cluster badge lists. Default "and 7 more". */
    more?: (count: number) => string;
    /** Heading of the lane names in the summary. Default "Lanes". */
    lanes?: string;
    /** Heading of the era names in the summary. Default "Eras". */
    eras?: string;
    /** Name of the list of events. Default "Events". */
    events?: string;
    /** Name of the list of cluster badges (when they stand in for their events). Default "Grouped events". */
    clusters?: string;
    /** What assistive technology calls the drawing (its `aria-roledescription`). Default "timeline". */
    timeline?: string;
    /** The drawing's title when neither the `title` option nor the data gives one. Default "Timeline". */
    untitled?: string;
  };
}

/** What {@link renderToSVG} returns. */
export interface SVGRenderResult {
  /** The standalone SVG document. */
  readonly svg: string;
  /** Findings of the model, plus the renderer's own (`text-sanitised`, dropped group colours). */
  readonly diagnostics: readonly Diagnostic[];
  /** The geometry that was drawn, for tests and tooling. */
  readonly layout: Layout;
}

const DEFAULT_WIDTH = 960;

/**
 * Renders a timeline to a standalone SVG document and returns it with every diagnostic.
 * Deterministic: the same input and options give byte-identical output in any host time zone.
 *
 * @throws {@link ChronolineError} for bad input (naming the event and field) or a bad option.
 * @example
 * ```ts
 * const { svg, diagnostics } = renderToSVG(
 *   [{ id: "a", title: "Inauguration", start: "2025-01-20" }],
 *   { width: 600, theme: "light" },
 * );
 * ```
 */
export function renderToSVG(input: Timeline | TimelineInput | readonly EventInput[], options: SVGOptions = {}): SVGRenderResult {
  const opts = checkOptions(options);
  const timeline = isTimeline(input) ? input : createTimeline(input, { referenceDate: opts.referenceDate, timeZone: opts.timeZone, locale: opts.locale });
  const diagnostics: Diagnostic[] = [...timeline.diagnostics];
  const orientation = opts.orientation ?? "horizontal";
  const width = opts.width ?? DEFAULT_WIDTH;
  // A horizontal drawing whose height is "auto" takes what its content needs, up to
  // `max(600, 0.75 × width)`: beyond that, labels fold into clusters instead of the drawing
  // growing into a tall strip nobody can take in at once. A vertical one gives its time axis
  // room for the events, within reason.
  let height =
    opts.height ??
    (orientation === "horizontal"
      ? Math.max(600, Math.round(width * 0.75))
      : Math.max(480, Math.min(MAX_TIME_LENGTH, timeline.events.length * 40)));
  const layoutAt = (h: number): Layout =>
    layoutTimeline(timeline, {
      width,
      height: h,
      orientation,
      gaps: opts.gaps,
      locale: opts.locale,
      timeZone: opts.timeZone,
      labels: opts.labels,
      maxMarks: opts.maxMarks,
    });
  let layout = layoutAt(height);
  // An auto-height vertical drawing may simply grow down the page: rather than fold a small
  // timeline's labels into "+N" badges, lengthen the time axis (a few steps, up to a cap).
  if (opts.height === undefined && orientation === "vertical" && timeline.events.length <= MAX_GROW_EVENTS) {
    const cap = Math.max(height, Math.min(MAX_TIME_LENGTH, Math.max(1600, 4 * width)));
    while (layout.clusters.length > 0 && height < cap) {
      height = Math.min(cap, Math.round(height * 1.25));
      layout = layoutAt(height);
    }
  }
  const root = scene(layout, timeline, {
    idPrefix: opts.idPrefix ?? contentId(timeline, opts, width, height),
    theme: opts.theme,
    palette: opts.palette,
    title: opts.title,
    responsive: opts.responsive,
    locale: layout.locale,
    fontSize: opts.labels?.fontSize,
    diagnostics,
    strings: opts.strings,
  });
  return { svg: serialiseScene(root), diagnostics, layout };
}

/**
 * Renders a timeline (or raw events) to a standalone SVG document string: `xmlns`, `viewBox`,
 * an embedded style sheet with light/dark themes, a `<title>` and `<desc>`, and every event as
 * a list item named by its title and date in words. Use {@link renderToSVG} to get the
 * diagnostics too.
 *
 * @throws {@link ChronolineError} for bad input (naming the event and field) or a bad option.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * const svg = toSVGString(
 *   { title: "Trust Act", events: [{ title: "Illinois passes the Trust Act", start: "2017" }] },
 *   { width: 800 },
 * );
 * writeFileSync("timeline.svg", svg);
 * ```
 */
export function toSVGString(input: Timeline | TimelineInput | readonly EventInput[], options: SVGOptions = {}): string {
  return renderToSVG(input, options).svg;
}

/**
 * True for a model built by createTimeline (as opposed to raw input).
 *
 * @example
 * ```ts
 * isTimeline(createTimeline([])); // true
 * isTimeline({ events: [] });     // false
 * ```
 */
export function isTimeline(input: unknown): input is Timeline {
  return (
    typeof input === "object" &&
    input !== null &&
    !Array.isArray(input) &&
    "extent" in input &&
    Array.isArray((input as Timeline).diagnostics) &&
    Array.isArray((input as Timeline).events)
  );
}


/** Longest auto time axis of a vertical drawing, px. */
const MAX_TIME_LENGTH = 3000;
/** Beyond this many events, folding is expected: a vertical drawing does not grow to avoid it. */
const MAX_GROW_EVENTS = 500;

/** The options this module checks itself, in order: what each accepts, as a test and in words. */
const CHECKS: readonly [keyof SVGOptions, (value: unknown) => boolean, string][] = [
  ["theme", (v) => THEMES.includes(v as ThemeName), "'auto', 'light' or 'dark'"],
  ["idPrefix", (v) => typeof v === "string" && SAFE_ID.test(v), "letters, digits, '-' or '_', starting with a letter"],
  ["responsive", (v) => typeof v === "boolean", "true or false"],
  ["title", (v) => typeof v === "string", "a string"],
  // Checked here too (the layout checks it again): an explicit null must not read as "auto".
  ["height", (v) => typeof v === "number" && Number.isFinite(v) && v > 0, "a finite number > 0"],
];

/** Checks the options this module reads itself, before any work; the layout checks its own (width, gaps, …). */
function checkOptions(options: SVGOptions): SVGOptions {
  if (options === null || typeof options !== "object") invalidOption("options", "an object", options);
  for (const [name, ok, allowed] of CHECKS) {
    const value = options[name];
    if (value !== undefined && !ok(value)) invalidOption(name, allowed, value);
  }
  if (options.strings !== undefined) checkStrings(options.strings);
  return options.palette === undefined ? options : { ...options, palette: checkPalette(options.palette) };
}

/**
 * A deterministic id prefix from what the drawing shows (FNV-1a, 32 bits): two different
 * timelines on one page get different ids without anyone choosing them.
 */
function contentId(timeline: Timeline, opts: SVGOptions, width: number, height: number): string {
  let h = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  };
  add(timeline.title ?? "");
  add(`${width}|${height}|${opts.orientation ?? ""}|${opts.theme ?? ""}|${opts.title ?? ""}|${(opts.palette ?? []).join(",")}`);
  for (const event of timeline.events) {
    add(event.id);
    add(event.title);
    add(`${event.start.start}|${event.end?.end ?? ""}|${event.group ?? ""}`);
  }
  return `chronoline-${(h >>> 0).toString(36)}`;
}
