/**
 * The text syntax's front matter: `key: value` lines between `---` lines at the top, indented
 * lines continuing the previous value (a blank line in between is a paragraph break).
 */
import type { TimelineInput } from "../model/types.js";
import { normaliseName } from "./fields.js";
import type { DateSite } from "./read-result.js";
import type { Reporter } from "./report.js";
import { FRONT_MATTER_KEYS, splitKeyValue } from "./text-syntax.js";

/** One source line: its text without the line break, and its 1-based number. */
export interface Line {
  readonly text: string;
  readonly number: number;
}

/** Where the front matter named the time zone, for messages about it. */
export interface FrontMatterSettings {
  timeZoneAt?: { line: number; column: number };
}

/**
 * Width of a line's indentation (spaces and tabs).
 *
 * @example
 * indentOf("  \tid: x"); // → 3
 */
export function indentOf(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** Removes one pair of surrounding double quotes (YAML habit): `"a: b"` → `a: b`. */
function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

/**
 * Reads the front matter (when line 1 is `---`) into `input`; returns the index of the first line
 * after it (0 when there is none).
 *
 * @example
 * readFrontMatter([{ text: "---", number: 1 }, { text: "title: T", number: 2 }, { text: "---", number: 3 }], input, [], {}, report);
 * // → 3, and input.title === "T"
 */
export function readFrontMatter(
  lines: readonly Line[],
  input: TimelineInput,
  dates: DateSite[],
  settings: FrontMatterSettings,
  report: Reporter,
): number {
  if (lines[0]?.text.trimEnd() !== "---") return 0;
  let key: string | undefined;
  let pendingBlank = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = line.text.trimEnd();
    if (text === "---") return i + 1;
    if (text.trim() === "") {
      pendingBlank++;
      continue;
    }
    const indent = indentOf(text);
    if (indent > 0 && key !== undefined) {
      // A continuation of the previous value (blank lines in between become paragraph breaks).
      const record = input as unknown as Record<string, string>;
      record[key] = `${record[key] ?? ""}${"\n".repeat(pendingBlank + 1)}${text.slice(indent)}`;
      pendingBlank = 0;
      continue;
    }
    pendingBlank = 0;
    if (text.startsWith("#")) continue; // a YAML-style comment
    const kv = splitKeyValue(text);
    if (kv === null) {
      report.error("parse-error", "front matter lines are 'key: value' (the front matter ends with a '---' line)", {
        line: line.number,
        column: 1,
      });
      key = undefined;
      continue;
    }
    const name = FRONT_MATTER_KEYS.get(normaliseName(kv.key));
    if (name === undefined) {
      report.warn("unknown-field", `'${kv.key}' is not a front-matter key chronoline reads (title, description, timezone, dateline, locale); it was ignored`, {
        line: line.number,
        column: 1,
      });
      key = undefined;
      continue;
    }
    const value = unquote(kv.value);
    (input as unknown as Record<string, string>)[name] = value;
    key = name;
    if (name === "timeZone") settings.timeZoneAt = { line: line.number, column: kv.valueAt + 1 };
    if (name === "referenceDate" && value !== "") {
      dates.push({ value, at: { line: line.number, column: kv.valueAt + 1 }, field: "referenceDate", owner: { kind: "document", index: 0 } });
    }
  }
  report.error("parse-error", "the front matter that starts here is never closed with a '---' line", { line: 1, column: 1 });
  return 1;
}
