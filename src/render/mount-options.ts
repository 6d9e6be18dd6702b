/**
 * Options of `mount`, checked and normalised once at the boundary. Every default is stated here
 * and nowhere else; a bad value throws `ChronolineError` `invalid-option` naming the option and
 * what it accepts.
 */

import type { GapRange, LabelOptions, Orientation, TextMeasurer } from "../layout/types.js";
import type { DateInput } from "../model/types.js";
import type { TimelineOptions } from "../options.js";
import type { SceneStrings } from "./a11y.js";
import { DEFAULT_STRINGS } from "./a11y.js";
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
   * The words the timeline writes itself, for other languages (any subset; default English):
   * the drawing's (as `toSVGString`'s `strings`: summary, list names, badge tooltips) and the
   * controls' and details popover's ({@link ChromeStrings}).
   *
   * @example
   * ```ts
   * mount(element, data, { locale: "de-DE", strings: { events: "Ereignisse", zoomIn: "Vergrößern", sources: "Quellen" } });
   * ```
   */
  strings?: Partial<MountStrings>;
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
  readonly strings: Partial<MountStrings> | undefined;
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

/** The words of the interactive timeline's controls and details popover; English by default (listed in docs/accessibility.md). */
export interface ChromeStrings {
  /** Name of the group of zoom buttons. */
  readonly zoom: string;
  /** Name of the "+" button. */
  readonly zoomIn: string;
  /** Name of the "−" button. */
  readonly zoomOut: string;
  /** Text of the button that shows every event. */
  readonly fit: string;
  /** Name (and tooltip) of that button. */
  readonly fitAll: string;
  /** Name of the details popover's close button ("×"). */
  readonly close: string;
  /** Tooltip of an approximate date in the popover. */
  readonly approximate: string;
  /** Name of the popover's list of sources. */
  readonly sources: string;
}

/** Every word `mount` writes itself: the drawing's and the chrome's. */
export type MountStrings = SceneStrings & ChromeStrings;

/**
 * The English words of the controls and the details popover (the defaults of
 * {@link MountOptions.strings} beside the drawing's).
 *
 * @example
 * ```ts
 * DEFAULT_CHROME_STRINGS.fitAll; // "Fit all events"
 * ```
 */
export const DEFAULT_CHROME_STRINGS: ChromeStrings = Object.freeze({
  zoom: "Zoom",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  fit: "Fit",
  fitAll: "Fit all events",
  close: "Close details",
  approximate: "Approximate date",
  sources: "Sources",
});

/** Every default word of `mount`, for checking a `strings` option. */
const MOUNT_STRINGS: MountStrings = { ...DEFAULT_STRINGS, ...DEFAULT_CHROME_STRINGS };

/** Orientations `mount` and `<chrono-line>` accept. */
export const ORIENTATIONS = ["auto", "horizontal", "vertical"] as const;

/** Checks one option's value (named `name`), returning it (normalised) or throwing `invalid-option`. */
type Check = (value: never, name: string) => unknown;

/** A check that keeps the value when `test` passes, else throws saying it expected `expected`. */
const is =
  (test: (value: never) => unknown, expected: string): Check =>
  (value, name) =>
    test(value) ? value : invalidOption(name, expected, value);

const pass: Check = (value) => value;
const positive = is((v: number) => typeof v === "number" && v > 0 && v < Infinity, "a finite number > 0");
const boolean = is((v) => typeof v === "boolean", "true or false");
const text = is((v: string) => typeof v === "string" && v.trim() !== "", "a non-empty string");
const object = is((v) => v !== null && typeof v === "object", "an object");

/**
 * Every option: its default and its check, in the order they are checked. `gaps` is checked by
 * the layout, `referenceDate` by createTimeline.
 */
const OPTIONS: { readonly [K in keyof ResolvedMountOptions]: readonly [ResolvedMountOptions[K], Check] } = {
  orientation: ["auto", (value, name) => oneOf(name, value, ORIENTATIONS)],
  verticalBelow: [480, is((v: number) => typeof v === "number" && v >= 0 && v < Infinity, "a finite number ≥ 0")],
  height: [null, positive],
  theme: ["auto", (value, name) => oneOf(name, value, THEMES)],
  palette: [undefined, checkPalette],
  gaps: ["auto", pass],
  labels: [undefined, object],
  locale: [undefined, text],
  strings: [undefined, (value) => checkStrings(value, MOUNT_STRINGS)],
  timeZone: [undefined, text],
  referenceDate: [undefined, pass],
  title: [undefined, is((v) => typeof v === "string", "a string")],
  measureText: ["auto", is((v: string) => typeof v === "function" || ["auto", "canvas", "table"].includes(v), "'auto', 'canvas', 'table' or a function")],
  controls: [true, boolean],
  details: [true, boolean],
  animate: [true, boolean],
  minSpan: [null, positive],
  maxElements: [2000, is((v: number) => Number.isInteger(v) && v >= 100, "an integer ≥ 100")],
  timeline: [undefined, object],
};

/** The defaults of {@link MountOptions}. */
export const DEFAULT_MOUNT_OPTIONS: ResolvedMountOptions = Object.freeze(
  Object.fromEntries(Object.entries(OPTIONS).map(([key, [value]]) => [key, value])) as unknown as ResolvedMountOptions,
);

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
  if (options == null) return base;
  object(options as never, "options");
  const out: Record<string, unknown> = { ...base };
  for (const key in OPTIONS) {
    const value = options[key as keyof MountOptions];
    if (value !== undefined) out[key] = OPTIONS[key as keyof MountOptions][1](value as never, key);
  }
  return Object.freeze(out as unknown as ResolvedMountOptions);
}
