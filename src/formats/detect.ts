/**
 * Format detection: the file extension first (in the CLI), then the content. JSON and CSV each
 * have a TimelineJS flavour, told apart by structure: TimelineJS JSON slides have `start_date`
 * or a `text` object; the TimelineJS sheet has Year and Headline columns.
 */
import { columnKey } from "./csv.js";
import { sniffDelimiter } from "./csv-tokens.js";
import { normaliseName } from "./fields.js";
import { isTimelineJsHeader } from "./timelinejs-csv.js";
import type { Format } from "./types.js";
import { isTimelineJsValue } from "./timelinejs-shape.js";

/** The family a text belongs to before its flavour is known. */
export type FormatFamily = "json" | "csv" | "text";

const EXTENSIONS: Readonly<Record<string, FormatFamily>> = {
  json: "json",
  csv: "csv",
  tsv: "csv",
  txt: "text",
  text: "text",
  md: "text",
  markdown: "text",
  chronoline: "text",
  timeline: "text",
};

/** A detection and why it was made, for the `format-detected` diagnostic. */
export interface Detection {
  readonly family: FormatFamily;
  readonly reason: string;
}

function firstContentIndex(text: string): number {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && " \t\r\n".includes(text[i] as string)) i++;
  return i;
}

function firstLine(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return text.slice(start, end);
}

/** Cells of a header line, split on the sniffed delimiter (quotes removed, good enough for names). */
function headerCells(line: string): string[] {
  const delimiter = sniffDelimiter(line);
  return line.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, ""));
}

/** True when a first line reads as a CSV header with at least two known column names. */
function isCsvHeader(line: string): boolean {
  const cells = headerCells(line);
  if (cells.length < 2) return false;
  if (isTimelineJsHeader(cells)) return true;
  const known = cells.filter((c) => columnKey(c) !== null).length;
  const names = new Set(cells.map(normaliseName));
  return known >= 2 && names.has("title");
}

/**
 * Decides the family of a text: by file extension when it is a known one, else by content (`{`
 * or `[` → JSON; a header row naming known columns → CSV; anything else → the text syntax).
 *
 * @example
 * detectFamily("title,start\nA,2017").family; // → "csv"
 */
export function detectFamily(text: string, filename?: string): Detection {
  if (filename !== undefined) {
    const dot = filename.lastIndexOf(".");
    const ext = dot < 0 ? "" : filename.slice(dot + 1).toLowerCase();
    const family = Object.prototype.hasOwnProperty.call(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
    if (family) return { family, reason: `from the .${ext} extension` };
  }
  const first = text[firstContentIndex(text)];
  if (first === "{" || first === "[") return { family: "json", reason: `the text starts with '${first}'` };
  if (isCsvHeader(firstLine(text))) return { family: "csv", reason: "the first line is a header of known columns" };
  return { family: "text", reason: "it is neither JSON nor a CSV with a known header" };
}

/**
 * The format of a text: `json`, `timelinejs` (its JSON or its sheet as CSV), `csv` or `text`.
 * The extension of `filename` (when given and known) decides the family; the content decides
 * the rest: JSON by its first character and then its structure, CSV by its header row.
 *
 * @example
 * detectFormat("Year,Month,Day,Headline\n2017,,,Trust Act");  // → "timelinejs"
 * detectFormat("---\ntitle: x\n---\n2017: Trust Act");        // → "text"
 * detectFormat('{"events": []}', "story.json");              // → "json"
 */
export function detectFormat(text: string, filename?: string): Format {
  const { family } = detectFamily(text, filename);
  if (family === "text") return "text";
  if (family === "csv") return isTimelineJsHeader(headerCells(firstLine(text))) ? "timelinejs" : "csv";
  try {
    return isTimelineJsValue(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)) ? "timelinejs" : "json";
  } catch {
    return "json"; // reading it will report where the JSON is broken
  }
}
