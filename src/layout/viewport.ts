/**
 * Validates a {@link Viewport} once, at the layout's boundary, and fills in every default, so
 * the phases after it never see a missing or bad option.
 */

import { inContext, invalidOption } from "../errors.js";
import { resolveTimeZone } from "../model/time-zone.js";
import { checkLocale } from "../options.js";
import type { Timeline } from "../model/types.js";
import { measureText } from "./measure.js";
import type { GapRange, Orientation, TextMeasurer, Viewport, ZoomTransform } from "./types.js";

/** A viewport with every option resolved. */
export interface ResolvedViewport {
  readonly width: number;
  readonly height: number;
  readonly orientation: Orientation;
  readonly transform: ZoomTransform;
  readonly gaps: "auto" | "none" | readonly GapRange[];
  readonly breakSize: number;
  readonly domain: GapRange | null;
  readonly measure: TextMeasurer;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly maxWidth: number;
  readonly maxLines: number;
  readonly showDate: boolean;
  readonly gap: number;
  readonly maxShift: number;
  readonly locale: string;
  readonly timeZone: string;
  readonly laneLabels: boolean | null;
  readonly maxMarks: number;
}

/** Zoom factors are clamped to `[MIN_ZOOM, MAX_ZOOM]` so positions stay finite. */
export const MIN_ZOOM = 1e-9;
/** See {@link MIN_ZOOM}. */
export const MAX_ZOOM = 1e12;

/** Stands for "> 0" as the lower bound of {@link num}. */
const POSITIVE = Number.MIN_VALUE;

/**
 * A number option: `fallback` when absent (none: required), else a finite number in
 * `[min, max]`. Throws `invalid-option` naming the option, the allowed values and the input.
 */
function num(name: string, value: unknown, fallback?: number, min = -Infinity, max = Infinity): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max)
    invalidOption(name, `a finite number${min === POSITIVE ? " > 0" : min > -Infinity ? ` in [${min}, ${max}]` : ""}`, value);
  return value;
}

/** Allowed values of a range option. */
const RANGE = "{ start, end } of finite epoch ms with end > start";

/** True unless `r` is `{ start, end }` of finite epoch ms with end > start. */
function badRange(r: GapRange | null): boolean {
  return r === null || typeof r !== "object" || !Number.isFinite(r.start) || !Number.isFinite(r.end) || r.end <= r.start;
}

/**
 * Checks a viewport and resolves its defaults against the timeline (locale and zone come from
 * the timeline unless given). Throws `ChronolineError` `invalid-option` naming the bad option.
 *
 * @example
 * ```ts
 * resolveViewport({ width: 800, height: 400 }, timeline).orientation; // → "horizontal"
 * ```
 */
export function resolveViewport(viewport: Viewport, timeline: Timeline): ResolvedViewport {
  if (viewport === null || typeof viewport !== "object") invalidOption("viewport", "an object with width and height", viewport);
  const width = num("width", viewport.width, undefined, POSITIVE);
  const height = num("height", viewport.height, undefined, POSITIVE);
  const orientation = viewport.orientation ?? "horizontal";
  if (orientation !== "horizontal" && orientation !== "vertical")
    invalidOption("orientation", "'horizontal' or 'vertical'", orientation);

  const t = viewport.transform ?? { k: 1, x: 0 };
  if (t === null || typeof t !== "object") invalidOption("transform", "{ k, x }", t);
  const transform = { k: Math.min(Math.max(num("transform.k", t.k, undefined, POSITIVE), MIN_ZOOM), MAX_ZOOM), x: num("transform.x", t.x) };

  const gaps = viewport.gaps ?? "auto";
  if (gaps !== "auto" && gaps !== "none") {
    if (!Array.isArray(gaps)) invalidOption("gaps", "'auto', 'none' or an array of { start, end }", gaps);
    for (const g of gaps as readonly GapRange[]) if (badRange(g)) invalidOption("gaps", "ranges " + RANGE, g);
  }
  const d = viewport.domain;
  if (d !== undefined && badRange(d)) invalidOption("domain", RANGE, d);
  const measure = viewport.measureText ?? measureText;
  if (typeof measure !== "function") invalidOption("measureText", "a function (text, fontSize) => width", measure);

  const labels = viewport.labels ?? {};
  const label = (key: keyof typeof labels, fallback: number, min: number, max?: number): number =>
    num("labels." + key, labels[key], fallback, min, max);
  const fontSize = label("fontSize", 12, 1, 200);
  const lineHeight = label("lineHeight", Math.round(fontSize * 1.25), 1, 400);
  const maxLines = Math.floor(label("maxLines", 2, 1, 20));
  const locale = checkLocale(viewport.locale ?? timeline.locale ?? "en-US");

  const timeZone = viewport.timeZone ?? timeline.timeZone ?? "UTC";
  inContext("option timeZone: ", { field: "timeZone" }, () => resolveTimeZone(timeZone));
  const laneLabels = viewport.laneLabels;
  if (laneLabels !== undefined && typeof laneLabels !== "boolean") invalidOption("laneLabels", "true or false", laneLabels);

  return {
    width,
    height,
    orientation,
    transform,
    gaps,
    breakSize: num("breakSize", viewport.breakSize, 24, 0, 1e6),
    domain: d === undefined ? null : { start: d.start, end: d.end },
    measure,
    fontSize,
    lineHeight,
    maxWidth: label("maxWidth", 160, 1),
    maxLines,
    showDate: labels.showDate === true,
    gap: label("gap", 4, 0, 1000),
    maxShift: label("maxShift", orientation === "vertical" ? 120 : 48, 0),
    locale,
    timeZone,
    laneLabels: laneLabels ?? null,
    maxMarks: viewport.maxMarks === Infinity ? Infinity : num("maxMarks", viewport.maxMarks, 10_000, 0),
  };
}
