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

function positive(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) fail(name, "a finite number > 0", value);
  return value;
}

function optionalNumber(name: string, value: unknown, fallback: number, min: number, max = Infinity): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max)
    fail(name, `a finite number in [${min}, ${max}]`, value);
  return value;
}

// Checking a locale or zone builds an Intl object; remember the good ones (re-layout on every zoom).
const goodLocales = new Set<string>();
const goodZones = new Set<string>();

function validLocale(locale: string): boolean {
  if (goodLocales.has(locale)) return true;
  try {
    Intl.DateTimeFormat.supportedLocalesOf([locale]);
    goodLocales.add(locale);
    return true;
  } catch {
    return false;
  }
}

function validZone(zone: string): boolean {
  if (goodZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    goodZones.add(zone);
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
  if (typeof t.k !== "number" || !Number.isFinite(t.k) || t.k <= 0) fail("transform.k", "a finite number > 0", t.k);
  if (typeof t.x !== "number" || !Number.isFinite(t.x)) fail("transform.x", "a finite number", t.x);
  const transform: ZoomTransform = { k: Math.min(Math.max(t.k, MIN_ZOOM), MAX_ZOOM), x: t.x };

  const gaps = viewport.gaps ?? "auto";
  if (gaps !== "auto" && gaps !== "none") {
    if (!Array.isArray(gaps)) fail("gaps", "'auto', 'none' or an array of { start, end }", gaps);
    for (const g of gaps as readonly GapRange[]) {
      if (g === null || typeof g !== "object" || !Number.isFinite(g.start) || !Number.isFinite(g.end) || g.end <= g.start)
        fail("gaps", "ranges { start, end } of finite epoch ms with end > start", g);
    }
  }
  let domain: GapRange | null = null;
  if (viewport.domain !== undefined) {
    const d = viewport.domain;
    if (d === null || typeof d !== "object" || !Number.isFinite(d.start) || !Number.isFinite(d.end) || d.end <= d.start)
      fail("domain", "{ start, end } of finite epoch ms with end > start", d);
    domain = { start: d.start, end: d.end };
  }
  const measure = viewport.measureText ?? measureText;
  if (typeof measure !== "function") fail("measureText", "a function (text, fontSize) => width", measure);

  const labels = viewport.labels ?? {};
  const fontSize = optionalNumber("labels.fontSize", labels.fontSize, 12, 1, 200);
  const lineHeight = optionalNumber("labels.lineHeight", labels.lineHeight, Math.round(fontSize * 1.25), 1, 400);
  const maxLines = Math.floor(optionalNumber("labels.maxLines", labels.maxLines, 2, 1, 20));

  const locale = viewport.locale ?? timeline.locale ?? "en-US";
  if (typeof locale !== "string" || !validLocale(locale)) fail("locale", "a BCP-47 locale such as 'en-US'", locale);
  const timeZone = viewport.timeZone ?? timeline.timeZone ?? "UTC";
  if (typeof timeZone !== "string" || !validZone(timeZone))
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
    domain,
    measure,
    fontSize,
    lineHeight,
    maxWidth: optionalNumber("labels.maxWidth", labels.maxWidth, 160, 1),
    maxLines,
    showDate: labels.showDate === true,
    gap: optionalNumber("labels.gap", labels.gap, 4, 0, 1000),
    maxShift: optionalNumber("labels.maxShift", labels.maxShift, orientation === "vertical" ? 120 : 48, 0),
    locale,
    timeZone,
    laneLabels: viewport.laneLabels ?? null,
    maxMarks: viewport.maxMarks === Infinity ? Infinity : optionalNumber("maxMarks", viewport.maxMarks, 10_000, 0),
  };
}
