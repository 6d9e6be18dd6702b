/**
 * Options of `mount`, checked and normalised once at the boundary. Every default is stated here
 * and nowhere else; a bad value throws `ChronolineError` `invalid-option` naming the option and
 * what it accepts.
 */

import type { GapRange, LabelOptions, Orientation, TextMeasurer } from "../layout/types.js";
import type { DateInput } from "../model/types.js";
import type { TimelineOptions } from "../options.js";
import type { SceneStrings } from "./a11y.js";
import { checkPalette, checkStrings, invalidOption, oneOf } from "./check-option.js";
import type { ThemeName } from "./theme.js";
import { THEMES } from "./theme.js";

/** Options of `mount(element, data, options)` and `handle.setOptions(options)`. All optional. */
export interface MountOptions {
  /**
   * `"auto"` (default): horizontal, and vertical when the element is narrower than
   * {@link MountOptions.verticalBelow}. `"horizontal"` / `"vertical"` fix it.
   */
  orientation?: "auto" | Orientation;
  /** Width in px below which `"auto"` orientation turns vertical. Default 480. */
  verticalBelow?: number;
  /**
   * Height of the drawing in px. Default: the element's own height when it has one (CSS), else
   * 400 (horizontal) or 640 (vertical).
   */
  height?: number;
  /** Default `"auto"` (follows `prefers-color-scheme`). */
  theme?: ThemeName;
  /** Group colours in lane order. Default Okabe–Ito. */
  palette?: readonly string[];
  /** Compress long empty stretches: `"auto"` (default), `"none"` or explicit ranges. */
  gaps?: "auto" | "none" | readonly GapRange[];
  /** Label sizing. Defaults: the layout's (12 px, 160 px wide, 2 lines). */
  labels?: LabelOptions;
  /** BCP-47 locale of dates and accessible names (and of the timeline built from raw input). Default: the timeline's. */
  locale?: string;
  /**
   * The words the drawing writes itself (summary, list names, "+N" and "and N more"), as for
   * `toSVGString`'s `strings`. Default: English.
   */
  strings?: Partial<SceneStrings>;
  /**
   * IANA zone for reading dates (when `data` is raw input) and for the axis. Default: the
   * timeline's, else `"UTC"`.
   */
  timeZone?: string;
  /** What relative dates ("Sunday") resolve against when `data` is raw input. No default. */
  referenceDate?: DateInput;
  /** Title of the drawing. Default: the timeline's title, else "Timeline". */
  title?: string;
  /**
   * How label text is measured: `"auto"` (default: the built-in Helvetica/Arial table when the
   * page's font has those metrics, which matches the server's layout exactly, else the canvas),
   * `"canvas"` (the browser's own font metrics), `"table"`, or a function.
   */
  measureText?: "auto" | "canvas" | "table" | TextMeasurer;
  /** Show the zoom buttons (+, −, fit). Default true. */
  controls?: boolean;
  /** Show the details popover on hover, focus and click. Default true. */
  details?: boolean;
  /**
   * Animate zooms and updates. Default true; never animates when the reader asks for reduced
   * motion (`prefers-reduced-motion: reduce`).
   */
  animate?: boolean;
  /**
   * The narrowest stretch of time the view may zoom to, ms. Default: 5 × the interval of the
   * most precise date in the data (a timeline of days stops at about five days), at least 1 s.
   */
  minSpan?: number;
  /**
   * Most elements the timeline keeps in the DOM; clustered marks beyond it are thinned out
   * (labels, clusters and the axis always stay). Default 2000: fewer elements paint faster
   * during zoom and pan, and the hard bound is 3000 whatever N.
   */
  maxElements?: number;
  /**
   * Further `createTimeline` options, used when `data` is raw input rather than a built
   * Timeline (e.g. `{ errors: "collect" }`). `timeZone`, `referenceDate` and `locale` above win.
   */
  timeline?: TimelineOptions;
}

/** {@link MountOptions} with every default applied. */
export interface ResolvedMountOptions {
  readonly orientation: "auto" | Orientation;
  readonly verticalBelow: number;
  readonly height: number | null;
  readonly theme: ThemeName;
  readonly palette: readonly string[] | undefined;
  readonly gaps: "auto" | "none" | readonly GapRange[];
  readonly labels: LabelOptions | undefined;
  readonly locale: string | undefined;
  readonly strings: Partial<SceneStrings> | undefined;
  readonly timeZone: string | undefined;
  readonly referenceDate: DateInput | undefined;
  readonly title: string | undefined;
  readonly measureText: "auto" | "canvas" | "table" | TextMeasurer;
  readonly controls: boolean;
  readonly details: boolean;
  readonly animate: boolean;
  readonly minSpan: number | null;
  readonly maxElements: number;
  readonly timeline: TimelineOptions | undefined;
}

/** The defaults of {@link MountOptions}. */
export const DEFAULT_MOUNT_OPTIONS: ResolvedMountOptions = Object.freeze({
  orientation: "auto",
  verticalBelow: 480,
  height: null,
  theme: "auto",
  palette: undefined,
  gaps: "auto",
  labels: undefined,
  locale: undefined,
  strings: undefined,
  timeZone: undefined,
  referenceDate: undefined,
  title: undefined,
  measureText: "auto",
  controls: true,
  details: true,
  animate: true,
  minSpan: null,
  maxElements: 2000,
  timeline: undefined,
});

function positiveNumber(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) invalidOption(name, "a finite number > 0", value);
  return value;
}

function boolean(name: string, value: unknown): boolean {
  if (typeof value !== "boolean") invalidOption(name, "true or false", value);
  return value;
}

function text(name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") invalidOption(name, "a non-empty string", value);
  return value;
}

/**
 * Checks `options` and merges them over `base` (the current options; default
 * {@link DEFAULT_MOUNT_OPTIONS}). Fields left `undefined` keep their current value. Never
 * mutates its arguments.
 *
 * @throws {@link ChronolineError} `invalid-option` for a bad value.
 * @example
 * ```ts
 * resolveMountOptions({ verticalBelow: 600 }).verticalBelow; // 600
 * resolveMountOptions({ orientation: "sideways" });          // throws invalid-option
 * ```
 */
export function resolveMountOptions(
  options: MountOptions | undefined,
  base: ResolvedMountOptions = DEFAULT_MOUNT_OPTIONS,
): ResolvedMountOptions {
  if (options === undefined || options === null) return base;
  if (typeof options !== "object") invalidOption("options", "an object", options);
  const o = options;
  const out: { -readonly [K in keyof ResolvedMountOptions]: ResolvedMountOptions[K] } = { ...base };
  if (o.orientation !== undefined) out.orientation = oneOf("orientation", o.orientation, ["auto", "horizontal", "vertical"]);
  if (o.verticalBelow !== undefined) {
    if (typeof o.verticalBelow !== "number" || !(o.verticalBelow >= 0) || !Number.isFinite(o.verticalBelow))
      invalidOption("verticalBelow", "a finite number ≥ 0 (px)", o.verticalBelow);
    out.verticalBelow = o.verticalBelow;
  }
  if (o.height !== undefined) out.height = positiveNumber("height", o.height);
  if (o.theme !== undefined) out.theme = oneOf("theme", o.theme, THEMES);
  if (o.palette !== undefined) out.palette = checkPalette(o.palette);
  if (o.gaps !== undefined) out.gaps = o.gaps; // the layout checks the ranges
  if (o.labels !== undefined) {
    if (o.labels === null || typeof o.labels !== "object") invalidOption("labels", "an object", o.labels);
    out.labels = o.labels;
  }
  if (o.locale !== undefined) out.locale = text("locale", o.locale);
  if (o.strings !== undefined) out.strings = checkStrings(o.strings);
  if (o.timeZone !== undefined) out.timeZone = text("timeZone", o.timeZone);
  if (o.referenceDate !== undefined) out.referenceDate = o.referenceDate; // createTimeline checks it
  if (o.title !== undefined) {
    if (typeof o.title !== "string") invalidOption("title", "a string", o.title);
    out.title = o.title;
  }
  if (o.measureText !== undefined) {
    if (o.measureText !== "auto" && o.measureText !== "canvas" && o.measureText !== "table" && typeof o.measureText !== "function")
      invalidOption("measureText", "'auto', 'canvas', 'table' or a function (text, fontSize) => width", o.measureText);
    out.measureText = o.measureText;
  }
  if (o.controls !== undefined) out.controls = boolean("controls", o.controls);
  if (o.details !== undefined) out.details = boolean("details", o.details);
  if (o.animate !== undefined) out.animate = boolean("animate", o.animate);
  if (o.minSpan !== undefined) out.minSpan = positiveNumber("minSpan", o.minSpan);
  if (o.maxElements !== undefined) {
    if (typeof o.maxElements !== "number" || !Number.isInteger(o.maxElements) || o.maxElements < 100)
      invalidOption("maxElements", "an integer ≥ 100", o.maxElements);
    out.maxElements = o.maxElements;
  }
  if (o.timeline !== undefined) {
    if (o.timeline === null || typeof o.timeline !== "object") invalidOption("timeline", "an object (createTimeline options)", o.timeline);
    out.timeline = o.timeline;
  }
  return Object.freeze(out);
}
