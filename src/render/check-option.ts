/**
 * Option checks shared by `toSVGString`, `mount` and `<chrono-line>`: one implementation and
 * one wording per kind of bad value, whichever entry point received it.
 */
import { errorAt, invalidOption } from "../errors.js";
import type { SceneStrings } from "./a11y.js";
import { DEFAULT_STRINGS } from "./a11y.js";
import { validColor } from "./color.js";

/** Ids and id prefixes the drawing may use (they go into CSS selectors and `url(#…)`). */
export const SAFE_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

export { invalidOption };

/**
 * `value` when `key` (default: `value` itself) is one of `allowed`; else throws `invalid-option`
 * listing them (`'auto', 'light' or 'dark'`).
 *
 * @example
 * ```ts
 * oneOf("theme", "dark", ["auto", "light", "dark"]); // "dark"
 * ```
 */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], key: unknown = value): T {
  const found = allowed.find((a) => a === key);
  if (found !== undefined) return found;
  // 'a', 'b' or 'c'
  return invalidOption(name, allowed.map((a) => `'${a}'`).join(", ").replace(/, ([^,]*)$/, " or $1"), value);
}

/**
 * A palette option: a non-empty array of colours, returned normalised (see `validColor`).
 *
 * @example
 * ```ts
 * checkPalette([" Red", "#0072B2"]); // ["red", "#0072b2"]
 * ```
 */
export function checkPalette(palette: unknown): string[] {
  if (!Array.isArray(palette) || palette.length === 0) invalidOption("palette", "a non-empty array of colours", palette);
  return palette.map((c, i) => validColor(c) ?? invalidOption(`palette[${i}]`, "a colour (#rgb, #rrggbb, rgb(), hsl() or a named colour)", c));
}

/**
 * A `strings` option: an object whose entries replace the words of `defaults` (default: the
 * drawing's, {@link DEFAULT_STRINGS}), each of its default's type (a string, or a function of a
 * count). Unknown keys are refused.
 *
 * @example
 * ```ts
 * checkStrings({ events: "Ereignisse" }); // { events: "Ereignisse" }
 * checkStrings({ evnts: "x" });           // throws invalid-option: strings.evnts
 * ```
 */
export function checkStrings<T extends object = SceneStrings>(strings: unknown, defaults: T = DEFAULT_STRINGS as T): Partial<T> {
  if (strings === null || typeof strings !== "object") invalidOption("strings", "an object", strings);
  for (const [key, value] of Object.entries(strings)) {
    if (!Object.hasOwn(defaults, key)) {
      throw errorAt("invalid-option", { field: `strings.${key}` }, `option strings.${key} is not a word chronoline writes here (it writes ${Object.keys(defaults).join(", ")})`, value);
    }
    const kind = typeof (defaults as Record<string, unknown>)[key];
    if (typeof value !== kind) invalidOption(`strings.${key}`, `a ${kind}`, value);
  }
  return strings as Partial<T>;
}
