/**
 * The `<chrono-line>` attributes and the options they stand for, checked once at the boundary:
 * a bad value throws `invalid-option` naming the attribute and what it accepts, and the element
 * shows that message instead of a blank box.
 */
import type { Format } from "../formats/types.js";
import type { MountOptions, ResolvedMountOptions } from "../render/mount-options.js";
import { DEFAULT_MOUNT_OPTIONS, ORIENTATIONS } from "../render/mount-options.js";
import { invalidOption, oneOf as checkOneOf } from "../render/check-option.js";
import { THEMES } from "../render/theme.js";
import { checkLocale } from "../options.js";

/** Reads a non-blank attribute value into an option, or throws `invalid-option` naming the attribute. */
type Read = (value: string, name: string) => unknown;

/** One of `allowed`, in any case. */
const choice =
  (allowed: readonly string[]): Read =>
  (value, name) =>
    checkOneOf(name, value, allowed, value.toLowerCase());

/** A number of pixels, with or without `px`: > 0 when `positive`, else ≥ 0. */
const pixels =
  (positive: boolean): Read =>
  (value, name) => {
    const n = Number(value.replace(/px$/i, ""));
    return (positive ? n > 0 : n >= 0) && n < Infinity ? n : invalidOption(name, `a number of pixels ${positive ? ">" : "≥"} 0`, value);
  };

const text: Read = (value) => value;

/**
 * The attributes that stand for mount options (`vertical-below` → `verticalBelow`) and how each
 * is read. Locales are canonicalised (`en-gb` → `en-GB`).
 */
const OPTION_ATTRIBUTES: readonly (readonly [string, Read])[] = [
  ["orientation", choice(ORIENTATIONS)],
  ["theme", choice(THEMES)],
  ["height", pixels(true)],
  ["reference-date", text],
  ["time-zone", text],
  ["gaps", choice(["auto", "none"])],
  // Checked as every locale option is (options.ts), then canonicalised.
  ["locale", (value) => Intl.getCanonicalLocales(checkLocale(value))[0]],
  ["vertical-below", pixels(false)],
];

/** Attributes the element reacts to (it re-reads its data for `src` and `format`). */
export const CHRONO_LINE_ATTRIBUTES = Object.freeze(["src", "format", ...OPTION_ATTRIBUTES.map(([name]) => name)]) as readonly [
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
];

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
  const read = (name: string, check: Read): unknown => {
    const value = element.getAttribute(name)?.trim();
    return value ? check(value, name) : undefined;
  };
  const mount: Record<string, unknown> = {};
  for (const [name, check] of OPTION_ATTRIBUTES) {
    const key = name.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase()) as keyof ResolvedMountOptions;
    // Absent: the default where there is one (height's null and the undefined ones are left out).
    const value = read(name, check) ?? DEFAULT_MOUNT_OPTIONS[key] ?? undefined;
    if (value !== undefined) mount[key] = value;
  }
  return { mount, format: read("format", choice(ELEMENT_FORMATS)) as Format | undefined };
}
