/**
 * Validates a {@link Viewport} once, at the layout's boundary, and fills in every default, so
 * the phases after it never see a missing or bad option.
 */

import { ChronolineError, messages } from "../errors.js";
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

function fail(name: string, allowed: string, input: unknown): never {
  throw new ChronolineError("invalid-option", messages.invalidOption(name, allowed, input), { field: name, input });
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function positive(name: string, value: unknown): number {
  if (!isNumber(value) || value <= 0) fail(name, "a finite number > 0", value);
  return value;
}

function optionalNumber(name: string, value: unknown, fallback: number, min: number, max = Infinity): number {
  if (value === undefined) return fallback;
  if (!isNumber(value) || value < min || value > max) fail(name, `a finite number in [${min}, ${max}]`, value);
  return value;
}

/** True unless `r` is `{ start, end }` of finite epoch ms with end > start. */
function badRange(r: GapRange | null): boolean {
  return r === null || typeof r !== "object" || !Number.isFinite(r.start) || !Number.isFinite(r.end) || r.end <= r.start;
}

// Checking a locale or zone builds an Intl object; remember the good ones (re-layout on every zoom).
const known = new Set<string>();

/** True when `check` does not throw; remembered under `key` when true. */
function passes(key: string, check: () => unknown): boolean {
  if (known.has(key)) return true;
  try {
    check();
    known.add(key);
    return true;
  } catch {
    return false;
  }
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
  if (viewport === null || typeof viewport !== "object") fail("viewport", "an object with width and height", viewport);
  const width = positive("width", viewport.width);
  const height = positive("height", viewport.height);
  const orientation = viewport.orientation ?? "horizontal";
  if (orientation !== "horizontal" && orientation !== "vertical")
    fail("orientation", "'horizontal' or 'vertical'", orientation);

  const t = viewport.transform ?? { k: 1, x: 0 };
  if (t === null || typeof t !== "object") fail("transform", "{ k, x }", t);
  const k = positive("transform.k", t.k);
  if (!isNumber(t.x)) fail("transform.x", "a finite number", t.x);
  const transform: ZoomTransform = { k: Math.min(Math.max(k, MIN_ZOOM), MAX_ZOOM), x: t.x };

  const gaps = viewport.gaps ?? "auto";
  if (gaps !== "auto" && gaps !== "none") {
    if (!Array.isArray(gaps)) fail("gaps", "'auto', 'none' or an array of { start, end }", gaps);
    for (const g of gaps as readonly GapRange[]) {
      if (badRange(g)) fail("gaps", "ranges { start, end } of finite epoch ms with end > start", g);
    }
  }
  const d = viewport.domain;
  if (d !== undefined && badRange(d)) fail("domain", "{ start, end } of finite epoch ms with end > start", d);
  const measure = viewport.measureText ?? measureText;
  if (typeof measure !== "function") fail("measureText", "a function (text, fontSize) => width", measure);

  const labels = viewport.labels ?? {};
  const label = (key: keyof typeof labels, fallback: number, min: number, max?: number): number =>
    optionalNumber("labels." + key, labels[key], fallback, min, max);
  const fontSize = label("fontSize", 12, 1, 200);
  const lineHeight = label("lineHeight", Math.round(fontSize * 1.25), 1, 400);
  const maxLines = Math.floor(label("maxLines", 2, 1, 20));

  const locale = viewport.locale ?? timeline.locale ?? "en-US";
  if (typeof locale !== "string" || !passes("locale " + locale, () => Intl.DateTimeFormat.supportedLocalesOf([locale])))
    fail("locale", "a BCP-47 locale such as 'en-US'", locale);
  const timeZone = viewport.timeZone ?? timeline.timeZone ?? "UTC";
  if (typeof timeZone !== "string" || !passes("zone " + timeZone, () => new Intl.DateTimeFormat("en-US", { timeZone })))
    throw new ChronolineError("invalid-time-zone", messages.invalidTimeZone(String(timeZone)), { field: "timeZone", input: timeZone });
  if (viewport.laneLabels !== undefined && typeof viewport.laneLabels !== "boolean")
    fail("laneLabels", "true or false", viewport.laneLabels);

  return {
    width,
    height,
    orientation,
    transform,
    gaps,
    breakSize: optionalNumber("breakSize", viewport.breakSize, 24, 0, 1e6),
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
    laneLabels: viewport.laneLabels ?? null,
    maxMarks: viewport.maxMarks === Infinity ? Infinity : optionalNumber("maxMarks", viewport.maxMarks, 10_000, 0),
  };
}
