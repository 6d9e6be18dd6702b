/**
 * Reads the TimelineJS3 Google Sheets template saved as CSV: columns Year, Month, Day, Time,
 * End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit,
 * Media Caption, Media Thumbnail, Alt Text, Type, Group, Background (any order, case and spaces
 * ignored). Type `title` is the title slide, `era` a background era; Background is presentation
 * only and is not read.
 */
import type { DateFields, EraInput, EventInput, TimelineInput } from "../model/types.js";
import type { CsvCell, CsvRow } from "./csv-tokens.js";
import { sniffDelimiter, tokenizeCsv } from "./csv-tokens.js";
import { normaliseName, unguardCell } from "./fields.js";
import { htmlToText } from "./html-text.js";
import type { DateSite, ReadResult } from "./read-result.js";
import type { Reporter } from "./report.js";
import type { Slide } from "./timelinejs-slide.js";
import { cleanInteger, parseTimeOfDay, slideToEvent } from "./timelinejs-slide.js";
import type { Location } from "./types.js";

/** The template's columns, as the template spells them. */
export const TIMELINEJS_COLUMNS = [
  "Year",
  "Month",
  "Day",
  "Time",
  "End Year",
  "End Month",
  "End Day",
  "End Time",
  "Display Date",
  "Headline",
  "Text",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Alt Text",
  "Type",
  "Group",
  "Background",
] as const;

const KNOWN: ReadonlyMap<string, string> = new Map([
  ...TIMELINEJS_COLUMNS.map((c) => [normaliseName(c), normaliseName(c)] as const),
  ["tag", "group"],
  ["mediaalttext", "alttext"],
  ["mediaalt", "alttext"],
]);

/**
 * True when a header row (its cells' text) is the TimelineJS template's: it has Year and Headline.
 *
 * @example
 * isTimelineJsHeader(["Year", "Month", "Headline"]); // → true
 */
export function isTimelineJsHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(normaliseName));
  return names.has("year") && names.has("headline");
}

type Cells = Map<string, CsvCell>;

function at(cell: CsvCell | undefined, line: number): Location {
  return cell ? { line: cell.line, column: cell.column } : { line };
}

/** Reads the date fields of one side (prefix "" or "end"); undefined when empty, null when bad. */
function readSide(cells: Cells, prefix: "" | "end", line: number, report: Reporter): DateFields | undefined | null {
  const fields: Partial<DateFields> = {};
  for (const name of ["year", "month", "day"] as const) {
    const cell = cells.get(prefix + name);
    if (!cell) continue;
    const value = cleanInteger(cell.text);
    if (value === null) {
      report.error(
        "invalid-date",
        `${prefix === "end" ? "End " : ""}${name[0]?.toUpperCase()}${name.slice(1)} must be a whole number, got '${cell.text}' (put wording such as 'c. 1850' in Display Date)`,
        at(cell, line),
        { field: prefix === "end" ? "end" : "start" },
      );
      return null;
    }
    if (value !== undefined) fields[name] = value;
  }
  const timeCell = cells.get(`${prefix}time`);
  if (timeCell) {
    const time = parseTimeOfDay(timeCell.text);
    if (time === null) {
      report.error("invalid-date", `'${timeCell.text}' is not a time of day (write 14:30, 14:30:05 or 2:30 PM)`, at(timeCell, line));
      return null;
    }
    Object.assign(fields, time);
  }
  if (fields.year === undefined) {
    const stray = ["month", "day", "time"].map((n) => cells.get(prefix + n)).find((c) => c !== undefined);
    if (stray && prefix === "end") {
      report.warn("missing-field", "End Month, End Day or End Time without an End Year is ignored (as TimelineJS does)", at(stray, line));
    } else if (stray) {
      report.error("missing-field", "Month, Day or Time without a Year", at(stray, line), { field: "start" });
      return null;
    }
    return undefined;
  }
  return fields as DateFields;
}

/**
 * Reads a TimelineJS sheet saved as CSV into a raw TimelineInput, with the position of every date.
 *
 * @example
 * readTimelineJsCsv("Year,Month,Headline\n2017,,Trust Act\n", createReporter()).input.events[0];
 * // → { title: "Trust Act", start: { year: 2017 } }
 */
export function readTimelineJsCsv(text: string, report: Reporter): ReadResult {
  const rows = tokenizeCsv(text, sniffDelimiter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), report);
  const headerRow = rows[0];
  if (headerRow === undefined) report.fatal("parse-error", "the CSV is empty (a header row is needed)", { line: 1, column: 1 });
  const names = readHeader(headerRow, report);
  const input: TimelineInput = { events: [] };
  const events: EventInput[] = [];
  const eras: EraInput[] = [];
  const dates: DateSite[] = [];
  let titleSeen = false;

  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as CsvRow;
    if (row.broken) continue; // already reported; its cells cannot be trusted
    const cells: Cells = new Map();
    row.cells.forEach((cell, i) => {
      const name = names[i];
      const value = unguardCell(cell.text.trim());
      if (name && value !== "") cells.set(name, { text: value, line: cell.line, column: cell.column });
    });
    if (cells.size === 0) continue;
    const type = cells.get("type")?.text.toLowerCase() ?? "";
    if (type === "title" && !titleSeen) {
      titleSeen = true;
      readTitleRow(cells, row.line, input, report);
      continue;
    }
    if (type === "title") report.warn("parse-error", "a second title row is read as an event (as TimelineJS does)", { line: row.line });
    else if (type !== "" && type !== "era" && type !== "event") {
      report.warn("unknown-field", `Type '${cells.get("type")?.text}' is not title or era; the row is read as an event`, at(cells.get("type"), row.line));
    }
    const start = readSide(cells, "", row.line, report);
    const end = readSide(cells, "end", row.line, report);
    if (start === null || end === null) continue;
    const slide = rowSlide(cells, start, end);
    const startAt = at(cells.get("year"), row.line);
    const endAt = at(cells.get("endyear"), row.line);
    if (type === "era") {
      const era = readEraRow(slide, eras.length, { line: row.line }, startAt, endAt, report, dates);
      if (era) eras.push(era);
      continue;
    }
    const read = slideToEvent(slide, events.length, { slide: { line: row.line }, start: startAt, end: endAt, media: at(cells.get("media"), row.line) }, report);
    if (read === null) continue;
    events.push(read.event);
    dates.push(...read.dates);
  }
  input.events = events;
  if (eras.length > 0) input.eras = eras;
  return { input, dates };
}

function readHeader(row: CsvRow, report: Reporter): (string | null)[] {
  const names: (string | null)[] = [];
  const seen = new Set<string>();
  for (const cell of row.cells) {
    const label = cell.text.trim();
    const name = label === "" ? undefined : KNOWN.get(normaliseName(label));
    const where = { line: cell.line, column: cell.column };
    if (label !== "" && name === undefined) {
      report.warn("unknown-column", `column '${label}' is not part of the TimelineJS template; it was ignored`, where);
    }
    if (name !== undefined && seen.has(name)) {
      report.error("parse-error", `column '${label}' appears twice; the second one is ignored`, where);
      names.push(null);
      continue;
    }
    if (name !== undefined) seen.add(name);
    names.push(name ?? null);
  }
  for (const required of ["year", "headline"]) {
    if (!seen.has(required)) {
      report.fatal("parse-error", `the header has no '${required === "year" ? "Year" : "Headline"}' column`, { line: row.line, column: 1 });
    }
  }
  return names;
}

function rowSlide(cells: Cells, start: DateFields | undefined, end: DateFields | undefined): Slide {
  const slide: Slide = {};
  const get = (name: string) => cells.get(name)?.text;
  if (start) slide.start = start;
  if (end) slide.end = end;
  const headline = get("headline");
  if (headline !== undefined) slide.headline = headline;
  const text = get("text");
  if (text !== undefined) slide.text = text;
  const display = get("displaydate");
  if (display !== undefined) slide.displayDate = display;
  const group = get("group");
  if (group !== undefined) slide.group = group;
  const url = get("media");
  if (url !== undefined) {
    slide.media = { url };
    const parts = [["caption", "mediacaption"], ["credit", "mediacredit"], ["thumbnail", "mediathumbnail"], ["alt", "alttext"]] as const;
    for (const [key, column] of parts) {
      const value = get(column);
      if (value !== undefined) slide.media[key] = value;
    }
  }
  return slide;
}

function readTitleRow(cells: Cells, line: number, input: TimelineInput, report: Reporter): void {
  const headline = htmlToText(cells.get("headline")?.text ?? "");
  const text = htmlToText(cells.get("text")?.text ?? "");
  if (headline.text !== "") input.title = headline.text;
  if (text.text !== "") input.description = text.text;
  if (headline.changed || text.changed) report.warn("html-stripped", "HTML in the title row was turned into plain text", { line });
}

function readEraRow(
  slide: Slide,
  index: number,
  where: Location,
  startAt: Location,
  endAt: Location,
  report: Reporter,
  dates: DateSite[],
): EraInput | null {
  const title = htmlToText(slide.headline ?? "").text;
  if (title === "") {
    report.error("missing-field", "an era row needs a Headline", where);
    return null;
  }
  if (!slide.start || !slide.end) {
    report.error("missing-field", `an era row needs ${slide.start ? "an End Year" : "a Year"}`, slide.start ? endAt : startAt);
    return null;
  }
  const display = slide.displayDate === undefined ? "" : htmlToText(slide.displayDate).text;
  const start: DateFields = display !== "" ? { ...slide.start, display_date: display } : slide.start;
  const owner = { kind: "era", index } as const;
  dates.push(
    { value: start, at: startAt, field: `eras[${index}].start`, owner },
    { value: slide.end, at: endAt, field: `eras[${index}].end`, owner },
  );
  return { title, start, end: slide.end };
}
