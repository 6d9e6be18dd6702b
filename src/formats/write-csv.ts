/**
 * Writes chronoline's CSV (the columns {@link readCsv} reads). Cells a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'`, which the reader
 * removes again; date cells made only of digits and date punctuation (`-0043`) are left alone.
 */
import type { EventInput, GroupInput, TimelineInput } from "../model/types.js";
import { formatRelations, needsFormulaGuard } from "./fields.js";
import type { Writable } from "./to-input.js";
import { dateInputText, toWritableInput } from "./to-input.js";

/** Options of {@link toCSV}. */
export interface ToCSVOptions {
  /** Cell separator. Default `","`. */
  delimiter?: "," | ";" | "\t";
  /** Line ending. Default `"\n"` (`"\r\n"` is RFC 4180's; both are read). */
  newline?: "\n" | "\r\n";
  /** Start with a byte-order mark, which Excel needs to open UTF-8 correctly. Default false. */
  bom?: boolean;
}

const DATE_COLUMNS = new Set(["start", "end", "reference_date"]);

/** The cells of one row, by column name. */
type Row = Map<string, string>;

function encodeCell(value: string, column: string, delimiter: string): string {
  const isDate = DATE_COLUMNS.has(column) || column.endsWith("_date");
  const guarded = needsFormulaGuard(value, isDate) ? `'${value}` : value;
  let quote = false;
  for (let i = 0; i < guarded.length && !quote; i++) {
    const c = guarded[i];
    quote = c === '"' || c === "\n" || c === "\r" || c === delimiter;
  }
  if (!quote && guarded !== guarded.trim()) quote = true;
  return quote ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

function eventRow(event: EventInput): Row {
  const row: Row = new Map();
  const set = (column: string, value: string | undefined) => {
    if (value !== undefined && value !== "") row.set(column, value);
  };
  set("id", event.id);
  set("title", event.title);
  set("start", dateInputText(event.start));
  if (event.end !== undefined) set("end", dateInputText(event.end));
  set("group", event.group);
  if (event.tags && event.tags.length > 0) set("tags", event.tags.join(", "));
  set("description", event.description);
  if (typeof event.quote === "string") set("quote", event.quote);
  else if (event.quote) {
    set("quote", event.quote.text);
    set("speaker", event.quote.speaker);
  }
  if (!row.has("speaker")) set("speaker", event.speaker);
  if (event.importance !== undefined) set("importance", String(event.importance));
  if (event.relations && event.relations.length > 0) set("relations", formatRelations(event.relations));
  (event.sources ?? []).forEach((source, s) => {
    const prefix = s === 0 ? "source_" : `source${s + 1}_`;
    set(`${prefix}url`, source.url);
    set(`${prefix}title`, source.title);
    set(`${prefix}publisher`, source.publisher);
    if (source.date !== undefined) set(`${prefix}date`, dateInputText(source.date));
  });
  if (event.media) {
    set("media_url", event.media.url);
    set("media_caption", event.media.caption);
    set("media_credit", event.media.credit);
    set("media_alt", event.media.alt);
    set("media_thumbnail", event.media.thumbnail);
  }
  return row;
}

function documentRows(input: TimelineInput): Row[] {
  const rows: Row[] = [];
  const doc: Row = new Map([["type", "title"]]);
  if (input.title) doc.set("title", input.title);
  if (input.description) doc.set("description", input.description);
  if (input.timeZone) doc.set("time_zone", input.timeZone);
  if (input.referenceDate !== undefined && input.referenceDate !== null) doc.set("reference_date", dateInputText(input.referenceDate));
  if (input.locale) doc.set("locale", input.locale);
  if (doc.size > 1) rows.push(doc);
  for (const item of input.groups ?? []) {
    const group: GroupInput = typeof item === "string" ? { id: item } : item;
    const row: Row = new Map([["type", "group"], ["id", group.id]]);
    if (group.label) row.set("title", group.label);
    if (group.description) row.set("description", group.description);
    if (group.color) row.set("color", group.color);
    rows.push(row);
  }
  for (const era of input.eras ?? []) {
    rows.push(new Map([["type", "era"], ["title", era.title], ["start", dateInputText(era.start)], ["end", dateInputText(era.end)]]));
  }
  return rows;
}

const ORDER = [
  "type", "id", "title", "start", "end", "group", "tags", "description", "quote", "speaker", "importance", "relations",
];
const MEDIA = ["media_url", "media_caption", "media_credit", "media_alt", "media_thumbnail"];
const TRAILING = ["color", "time_zone", "reference_date", "locale"];

/**
 * A timeline (model) or timeline input as CSV in chronoline's columns, with a header row of only
 * the columns used (`title` and `start` always). Document settings, groups and eras become rows
 * with a `type` column (`title`, `group`, `era`), so `parseEvents(csv)` gives back the same input.
 *
 * @example
 * toCSV({ events: [{ title: "=cmd", start: "-0043" }] });
 * // → "title,start\n'=cmd,-0043\n"
 */
export function toCSV(timeline: Writable, options: ToCSVOptions = {}): string {
  const input = toWritableInput(timeline);
  const delimiter = options.delimiter ?? ",";
  const newline = options.newline ?? "\n";
  const rows = [...documentRows(input), ...input.events.map(eventRow)];
  const used = new Set<string>(["title", "start"]);
  let sourceCount = 0;
  for (const row of rows) {
    for (const column of row.keys()) {
      used.add(column);
      if (column.startsWith("source")) {
        const n = column.startsWith("source_") ? 1 : Number(column.slice(6, column.indexOf("_")));
        if (n > sourceCount) sourceCount = n;
      }
    }
  }
  const sources: string[] = [];
  for (let s = 0; s < sourceCount; s++) {
    const prefix = s === 0 ? "source_" : `source${s + 1}_`;
    for (const field of ["url", "title", "publisher", "date"]) sources.push(prefix + field);
  }
  const columns = [...ORDER, ...sources, ...MEDIA, ...TRAILING].filter((c) => used.has(c));
  const lines = [columns.join(delimiter)];
  for (const row of rows) {
    lines.push(columns.map((c) => encodeCell(row.get(c) ?? "", c, delimiter)).join(delimiter));
  }
  return `${options.bom ? "\ufeff" : ""}${lines.join(newline)}${newline}`;
}
