/**
 * The vocabulary of the text syntax, shared by its reader and writer: property keys, front-matter
 * keys, and the rules that say how a line will be read (so the writer knows what to escape).
 */
import { looksLikeDate } from "./date-like.js";
import { normaliseName } from "./fields.js";

/** Event properties (`key: value` lines under an event), by normalised key. */
export const EVENT_PROPERTIES: ReadonlyMap<string, string> = new Map([
  ["id", "id"],
  ["end", "end"],
  ["group", "group"],
  ["tags", "tags"],
  ["tag", "tags"],
  ["source", "source"],
  ["speaker", "speaker"],
  ["quote", "quote"],
  ["relatesto", "relations"],
  ["relations", "relations"],
  ["importance", "importance"],
  ["media", "media"],
]);

/** Group properties (`key: value` lines right under a `# heading`). */
export const GROUP_PROPERTIES: ReadonlyMap<string, string> = new Map([
  ["id", "id"],
  ["description", "description"],
  ["color", "color"],
  ["colour", "color"],
]);

/** Front-matter keys, by normalised key. */
export const FRONT_MATTER_KEYS: ReadonlyMap<string, string> = new Map([
  ["title", "title"],
  ["description", "description"],
  ["timezone", "timeZone"],
  ["tz", "timeZone"],
  ["dateline", "referenceDate"],
  ["referencedate", "referenceDate"],
  ["reference", "referenceDate"],
  ["locale", "locale"],
  ["language", "locale"],
  ["lang", "locale"],
]);

/** A `key: value` split of a line, or null when it has no key of the allowed shape. */
export interface KeyValue {
  readonly key: string;
  readonly value: string;
  /** Offset of the value within the line text given. */
  readonly valueAt: number;
}

/**
 * Splits `key: value` (key: letters, digits, `-`, `_`, up to 32 characters; then `:` and a space,
 * or `:` at the end). Returns null for anything else.
 *
 * @example
 * splitKeyValue("relates-to: trust-act"); // → { key: "relates-to", value: "trust-act", valueAt: 12 }
 */
export function splitKeyValue(text: string): KeyValue | null {
  let i = 0;
  while (i < text.length && i <= 32) {
    const c = text.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
    if (!ok) break;
    i++;
  }
  if (i === 0 || i > 32 || text.charCodeAt(i) !== 58 /* : */) return null;
  const next = text.charCodeAt(i + 1);
  if (i + 1 < text.length && next !== 32 && next !== 9) return null;
  let v = i + 1;
  while (v < text.length && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
  return { key: text.slice(0, i), value: text.slice(v).trimEnd(), valueAt: v };
}

/**
 * The property a trimmed body line sets (its key matched case-, `-`- and `_`-insensitively), or null.
 *
 * @example
 * propertyOf("Relates-To: a", EVENT_PROPERTIES)?.name; // → "relations"
 */
export function propertyOf(text: string, properties: ReadonlyMap<string, string>): (KeyValue & { name: string }) | null {
  const c = text.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null; // every key starts with a letter
  const kv = splitKeyValue(text);
  if (kv === null) return null;
  const name = properties.get(normaliseName(kv.key));
  return name === undefined ? null : { ...kv, name };
}

/**
 * True when a trimmed line is made only of `#tags` (each `#` followed by at least one character).
 *
 * @example
 * isTagLine("#police #statement"); // → true
 * isTagLine("# Federal");          // → false
 */
export function isTagLine(text: string): boolean {
  if (text.charCodeAt(0) !== 35 /* # */) return false;
  for (const token of text.split(/[ \t]+/)) {
    if (token.length < 2 || token.charCodeAt(0) !== 35 /* # */ || token.charCodeAt(1) === 35) return false;
  }
  return true;
}

/** The date part and title of an event line, or null when the line is not one. */
export interface EventLine {
  /** Offset of the date part (after an `era ` keyword). */
  readonly dateAt: number;
  readonly date: string;
  /** Offset of the title (-1 when the title is empty). */
  readonly titleAt: number;
  readonly title: string;
  readonly era: boolean;
}

/**
 * Reads an unindented line as `<date>: <title>` (or `era <date>: <title>`): the date part is
 * everything before the first `": "` (colon and space, or a colon at the end of the line), and it
 * must look like a date. ISO times never have a space after their colons, so
 * `2025-01-20T12:00: Title` splits after `12:00`.
 *
 * @example
 * eventLine("2025-01-20T12:00: Inauguration"); // → { date: "2025-01-20T12:00", title: "Inauguration", … }
 */
export function eventLine(text: string): EventLine | null {
  let at = -1;
  for (let i = text.indexOf(":"); i >= 0; i = text.indexOf(":", i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (i + 1 >= text.length || next === 32 || next === 9) {
      at = i;
      break;
    }
    if (i > 120) break;
  }
  if (at <= 0) return null;
  let dateAt = 0;
  let era = false;
  if (text.length > 4 && text.slice(0, 4).toLowerCase() === "era " && looksLikeDate(text.slice(4, at))) {
    era = true;
    dateAt = 4;
    while (text.charCodeAt(dateAt) === 32) dateAt++;
  }
  const date = text.slice(dateAt, at).trim();
  if (!era && !looksLikeDate(date)) return null;
  let titleAt = at + 1;
  while (titleAt < text.length && (text.charCodeAt(titleAt) === 32 || text.charCodeAt(titleAt) === 9)) titleAt++;
  const title = text.slice(titleAt).trim();
  return { dateAt, date, titleAt: title === "" ? -1 : titleAt, title, era };
}

/**
 * True when a heading line: `#` alone (ends the current group), or `#`s followed by a space.
 *
 * @example
 * isHeading("# Federal"); // → true
 * isHeading("#police");   // → false
 */
export function isHeading(text: string): boolean {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === 35) i++;
  return i > 0 && (i === text.length || text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9);
}

/**
 * The text of a heading line (after the `#`s), trimmed; "" for a bare `#`.
 *
 * @example
 * headingText("## Federal "); // → "Federal"
 */
export function headingText(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === 35) i++;
  return text.slice(i).trim();
}

/**
 * True when a URL-ish token starts the text: a scheme (`https:`), `//`, `/`, `./` or `../`.
 *
 * @example
 * startsWithUrl("https://example.com Story"); // → true
 * startsWithUrl("Story: the end");            // → false
 */
export function startsWithUrl(text: string): boolean {
  if (text.startsWith("/") || text.startsWith("./") || text.startsWith("../")) return true;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (i > 0 && ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46));
    if (!ok) break;
    i++;
  }
  return i > 1 && text.charCodeAt(i) === 58 && i + 1 < text.length && text.charCodeAt(i + 1) !== 32;
}
