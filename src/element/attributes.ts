/**
 * The `<chrono-line>` attributes and the options they stand for, checked once at the boundary:
 * a bad value throws `invalid-option` naming the attribute and what it accepts, and the element
 * shows that message instead of a blank box.
 */
import type { Format } from "../formats/types.js";
import type { MountOptions } from "../render/mount-options.js";
import { DEFAULT_MOUNT_OPTIONS } from "../render/mount-options.js";
import { invalidOption, oneOf as checkOneOf } from "../render/check-option.js";
import { THEMES } from "../render/theme.js";

/** Attributes the element reacts to (it re-reads its data for `src` and `format`). */
export const CHRONO_LINE_ATTRIBUTES = Object.freeze([
  "src",
  "format",
  "orientation",
  "theme",
  "height",
  "reference-date",
  "time-zone",
  "gaps",
  "locale",
  "vertical-below",
] as const);

/** Formats the `format` attribute accepts. */
const ELEMENT_FORMATS: readonly Format[] = Object.freeze(["json", "csv", "timelinejs", "text"]);

/**
 * Options that `setOptions` cannot take back once given (they have no "default" value to pass):
 * removing one of these attributes re-mounts the timeline instead.
 */
export const STICKY_OPTIONS = Object.freeze(["height", "locale", "timeZone", "referenceDate"] as const);

/** What the attributes describe: mount options and the data format. */
export interface ElementOptions {
  /**
   * Mount options. `orientation`, `theme`, `gaps` and `verticalBelow` are always present (their
   * defaults when the attribute is absent), so removing an attribute restores the default.
   */
  readonly mount: MountOptions;
  /** The `format` attribute; undefined means "detect". */
  readonly format: Format | undefined;
}

/**
 * Reads the element's attributes into options. Absent or blank attributes give the defaults:
 * orientation `"auto"`, theme `"auto"`, gaps `"auto"`, vertical-below 480; height, locale,
 * time-zone and reference-date are then left to the data and to mount.
 *
 * @throws `ChronolineError` `invalid-option` naming the attribute.
 * @example
 * ```ts
 * const el = document.createElement("chrono-line");
 * el.setAttribute("orientation", "vertical");
 * optionsFromAttributes(el).mount.orientation; // "vertical"
 * ```
 */
export function optionsFromAttributes(element: Element): ElementOptions {
  const attr = (name: string): string | undefined => {
    const value = element.getAttribute(name);
    return value === null || value.trim() === "" ? undefined : value.trim();
  };
  const mount: MountOptions = {
    orientation: oneOf("orientation", attr("orientation"), ["auto", "horizontal", "vertical"] as const) ?? DEFAULT_MOUNT_OPTIONS.orientation,
    theme: oneOf("theme", attr("theme"), THEMES) ?? DEFAULT_MOUNT_OPTIONS.theme,
    gaps: oneOf("gaps", attr("gaps"), ["auto", "none"] as const) ?? "auto",
    verticalBelow: pixels("vertical-below", attr("vertical-below"), true) ?? DEFAULT_MOUNT_OPTIONS.verticalBelow,
  };
  const height = pixels("height", attr("height"), false);
  if (height !== undefined) mount.height = height;
  const locale = attr("locale");
  if (locale !== undefined) mount.locale = checkLocale(locale);
  const referenceDate = attr("reference-date");
  if (referenceDate !== undefined) mount.referenceDate = referenceDate;
  const timeZone = attr("time-zone");
  if (timeZone !== undefined) mount.timeZone = timeZone;
  return { mount, format: oneOf("format", attr("format"), ELEMENT_FORMATS) };
}

/** An attribute's value among `allowed`, in any case; undefined when absent. */
function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  return value === undefined ? undefined : checkOneOf(name, value, allowed, value.toLowerCase());
}

function pixels(name: string, value: string | undefined, allowZero: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/px$/i, "").trim());
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) {
    invalidOption(name, allowZero ? "a number of pixels ≥ 0" : "a number of pixels > 0", value);
  }
  return n;
}

function checkLocale(value: string): string {
  try {
    return Intl.getCanonicalLocales(value)[0] ?? value;
  } catch {
    return invalidOption("locale", "a BCP-47 language tag such as 'en-US'", value);
  }
}
