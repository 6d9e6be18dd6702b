/**
 * Reads chronoline's CSV: a header row names the columns (case, spaces, `_` and `-` do not
 * matter), one event per row. An optional `type` column adds rows for the document (`title`),
 * eras (`era`) and groups (`group`), so a CSV can carry everything the JSON schema can.
 */
import type { EraInput, EventInput, GroupInput, MediaInput, SourceInput, TimelineInput } from "../model/types.js";
import type { CsvCell, CsvRow } from "./csv-tokens.js";
import { sniffDelimiter, tokenizeCsv } from "./csv-tokens.js";
import { normaliseName, parseRelations, splitList, unguardCell } from "./fields.js";
import type { DateSite, ReadResult } from "./read-result.js";
import type { Reporter } from "./report.js";
import type { Location } from "./types.js";

/** The columns of chronoline's CSV, in the order the writer uses. */
export const CSV_COLUMNS = [
  "type",
  "id",
  "title",
  "start",
  "end",
  "group",
  "tags",
  "description",
  "quote",
  "speaker",
  "importance",
  "relations",
  "source_url",
  "source_title",
  "source_publisher",
  "source_date",
  "media_url",
  "media_caption",
  "media_credit",
  "media_alt",
  "media_thumbnail",
  "color",
  "time_zone",
  "reference_date",
  "locale",
] as const;

/** A column of chronoline's CSV. Sources after the first are `source2_url`, `source3_title`, … */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const SOURCE_FIELDS = ["url", "title", "publisher", "date"] as const;
type SourceField = (typeof SOURCE_FIELDS)[number];

/** Other spellings people use for a column (compared in normalised form). */
const ALIASES: Readonly<Record<string, CsvColumn>> = {
  date: "start",
  startdate: "start",
  begin: "start",
  enddate: "end",
  lane: "group",
  tag: "tags",
  text: "description",
  url: "source_url",
  source: "source_url",
  link: "source_url",
  relatesto: "relations",
  relation: "relations",
  media: "media_url",
  image: "media_url",
  mediaalttext: "media_alt",
  alttext: "media_alt",
  timezone: "time_zone",
  tz: "time_zone",
  dateline: "reference_date",
  referencedate: "reference_date",
};

const CANONICAL: ReadonlyMap<string, CsvColumn> = new Map(CSV_COLUMNS.map((c) => [normaliseName(c), c] as const));

/** A column the reader understands: a plain one, or field `field` of source number `source` (0-based). */
export type ColumnKey = { kind: "plain"; column: CsvColumn } | { kind: "source"; source: number; field: SourceField };

/**
 * Recognises a header cell, or returns null for an unknown column.
 *
 * @example
 * columnKey("Source 2 URL"); // → { kind: "source", source: 1, field: "url" }
 */
export function columnKey(header: string): ColumnKey | null {
  const name = normaliseName(header);
  const plain = CANONICAL.get(name) ?? (Object.prototype.hasOwnProperty.call(ALIASES, name) ? ALIASES[name] : undefined);
  if (plain !== undefined) {
    if (plain.startsWith("source_")) return { kind: "source", source: 0, field: plain.slice(7) as SourceField };
    return { kind: "plain", column: plain };
  }
  // source2url, source3title, …
  if (name.startsWith("source")) {
    let i = 6;
    while (i < name.length && name.charCodeAt(i) >= 48 && name.charCodeAt(i) <= 57) i++;
    const field = name.slice(i) as SourceField;
    const number = Number(name.slice(6, i));
    if (i > 6 && number >= 1 && number <= 99 && SOURCE_FIELDS.includes(field)) {
      return { kind: "source", source: number - 1, field };
    }
  }
  return null;
}

function keyName(key: ColumnKey): string {
  return key.kind === "plain" ? key.column : `source${key.source === 0 ? "" : key.source + 1}_${key.field}`;
}

/** The header, mapped: for each column position, what it holds (or null when ignored). */
interface Header {
  readonly keys: readonly (ColumnKey | null)[];
  /** How many numbered sources the header has columns for. */
  readonly sourceCount: number;
}

function readHeader(row: CsvRow, report: Reporter): Header {
  const keys: (ColumnKey | null)[] = [];
  const seen = new Map<string, number>();
  for (const [position, cell] of row.cells.entries()) {
    const at = { line: cell.line, column: cell.column };
    const label = cell.text.trim();
    if (label === "") {
      keys.push(null);
      continue;
    }
    const key = columnKey(label);
    if (key === null) {
      report.warn("unknown-column", `column '${label}' is not one chronoline reads; it was ignored`, at);
      keys.push(null);
      continue;
    }
    const name = keyName(key);
    const first = seen.get(name);
    if (first !== undefined) {
      report.error("parse-error", `column '${label}' repeats column ${first + 1} (${name}); the second one is ignored`, at);
      keys.push(null);
      continue;
    }
    seen.set(name, position);
    keys.push(key);
  }
  for (const required of ["title", "start"]) {
    if (!seen.has(required)) {
      report.fatal("parse-error", `the header has no '${required}' column (found: ${row.cells.map((c) => c.text.trim()).join(", ")})`, {
        line: row.line,
        column: 1,
      });
    }
  }
  const sourceCount = keys.reduce((max, key) => (key?.kind === "source" ? Math.max(max, key.source + 1) : max), 0);
  return { keys, sourceCount };
}

/** One row's cells by column name, trimmed and un-guarded, with their positions. */
interface RowValues {
  readonly values: Map<string, CsvCell>;
  readonly line: number;
}

function rowValues(row: CsvRow, header: Header, report: Reporter): RowValues {
  const values = new Map<string, CsvCell>();
  row.cells.forEach((cell, position) => {
    const text = unguardCell(cell.text.trim());
    if (position >= header.keys.length) {
      if (text !== "") {
        report.warn("unknown-column", `this cell is beyond the last column of the header and was ignored`, {
          line: cell.line,
          column: cell.column,
        });
      }
      return;
    }
    const key = header.keys[position];
    if (key && text !== "") values.set(keyName(key), { text, line: cell.line, column: cell.column });
  });
  return { values, line: row.line };
}

function at(cell: CsvCell): Location {
  return { line: cell.line, column: cell.column };
}

/**
 * Reads chronoline's CSV into a raw TimelineInput, with the position of every date.
 *
 * @example
 * readCsv("title,start\nTrust Act,2017\n", createReporter()).input.events;
 * // → [{ title: "Trust Act", start: "2017" }]
 */
export function readCsv(text: string, report: Reporter): ReadResult {
  const rows = tokenizeCsv(text, sniffDelimiter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), report);
  const headerRow = rows[0];
  if (headerRow === undefined) report.fatal("parse-error", "the CSV is empty (a header row is needed)", { line: 1, column: 1 });
  const header = readHeader(headerRow, report);
  const input: TimelineInput = { events: [] };
  const events: EventInput[] = [];
  const eras: EraInput[] = [];
  const groups: GroupInput[] = [];
  const dates: DateSite[] = [];
  const settings: { timeZoneAt?: Location } = {};

  for (let r = 1; r < rows.length; r++) {
    if (rows[r]?.broken) continue; // already reported; its cells cannot be trusted
    const row = rowValues(rows[r] as CsvRow, header, report);
    if (row.values.size === 0) continue;
    const typeCell = row.values.get("type");
    const type = typeCell ? typeCell.text.toLowerCase() : "event";
    if (type === "event") {
      const read = readEventRow(row, events.length, header.sourceCount, report);
      if (read) {
        events.push(read.event);
        dates.push(...read.dates);
      }
    } else if (type === "era") {
      const read = readEraRow(row, eras.length, report);
      if (read) {
        eras.push(read.era);
        dates.push(...read.dates);
      }
    } else if (type === "group") {
      const group = readGroupRow(row, report);
      if (group) groups.push(group);
    } else if (type === "title" || type === "timeline" || type === "document") {
      readDocumentRow(row, input, dates, settings, report);
    } else {
      report.error("parse-error", `type '${typeCell?.text}' is not one of event, era, group, title`, at(typeCell as CsvCell));
    }
  }
  input.events = events;
  if (groups.length > 0) input.groups = groups;
  if (eras.length > 0) input.eras = eras;
  return settings.timeZoneAt ? { input, dates, timeZoneAt: settings.timeZoneAt } : { input, dates };
}

function missing(row: RowValues, column: string, what: string, report: Reporter): void {
  report.error("missing-field", `${what} needs a '${column}' value`, { line: row.line }, { field: column });
}

function readEventRow(
  row: RowValues,
  index: number,
  sourceCount: number,
  report: Reporter,
): { event: EventInput; dates: DateSite[] } | null {
  const v = row.values;
  const title = v.get("title");
  const start = v.get("start");
  if (!title) {
    missing(row, "title", "an event", report);
    return null;
  }
  if (!start) {
    missing(row, "start", "an event", report);
    return null;
  }
  const event: EventInput = { title: title.text, start: start.text };
  const owner = { kind: "event", index } as const;
  const dates: DateSite[] = [{ value: start.text, at: at(start), field: "start", owner }];
  const id = v.get("id");
  if (id) event.id = id.text;
  const end = v.get("end");
  if (end) {
    event.end = end.text;
    dates.push({ value: end.text, at: at(end), field: "end", owner });
  }
  const group = v.get("group");
  if (group) event.group = group.text;
  const tags = v.get("tags");
  if (tags) event.tags = splitList(tags.text);
  const description = v.get("description");
  if (description) event.description = description.text;
  const quote = v.get("quote");
  const speaker = v.get("speaker");
  if (quote) event.quote = speaker ? { text: quote.text, speaker: speaker.text } : quote.text;
  else if (speaker) event.speaker = speaker.text;
  const importance = v.get("importance");
  if (importance) {
    const value = Number(importance.text);
    if (!Number.isFinite(value)) {
      report.error("wrong-type", `importance must be a number, got '${importance.text}'`, at(importance), {
        field: "importance",
        input: importance.text,
      });
      return null;
    }
    event.importance = value;
  }
  const relations = v.get("relations");
  if (relations) event.relations = parseRelations(relations.text);
  const sources = readSources(row, sourceCount, owner, dates);
  if (sources.length > 0) event.sources = sources;
  const media = readMedia(row, report);
  if (media === null) return null;
  if (media) event.media = media;
  return { event, dates };
}

function readSources(row: RowValues, count: number, owner: DateSite["owner"], dates: DateSite[]): SourceInput[] {
  const sources: SourceInput[] = [];
  for (let s = 0; s < count; s++) {
    const prefix = s === 0 ? "source_" : `source${s + 1}_`;
    const source: SourceInput = {};
    let any = false;
    for (const field of SOURCE_FIELDS) {
      const cell = row.values.get(prefix + field);
      if (!cell) continue;
      any = true;
      if (field === "date") {
        source.date = cell.text;
        dates.push({ value: cell.text, at: at(cell), field: `sources[${sources.length}].date`, owner });
      } else {
        source[field] = cell.text;
      }
    }
    if (any) sources.push(source);
  }
  return sources;
}

/** The media of a row; undefined when there is none, null when it is unusable (reported). */
function readMedia(row: RowValues, report: Reporter): MediaInput | undefined | null {
  const v = row.values;
  const url = v.get("media_url");
  const fields = ["caption", "credit", "alt", "thumbnail"] as const;
  if (!url) {
    const stray = fields.map((f) => v.get(`media_${f}`)).find((c) => c !== undefined);
    if (stray) {
      report.error("missing-field", "media needs a 'media_url' value", at(stray), { field: "media.url" });
      return null;
    }
    return undefined;
  }
  const media: MediaInput = { url: url.text };
  for (const f of fields) {
    const cell = v.get(`media_${f}`);
    if (cell) media[f] = cell.text;
  }
  return media;
}

function readEraRow(row: RowValues, index: number, report: Reporter): { era: EraInput; dates: DateSite[] } | null {
  const v = row.values;
  const title = v.get("title");
  const start = v.get("start");
  const end = v.get("end");
  if (!title || !start || !end) {
    missing(row, !title ? "title" : !start ? "start" : "end", "an era", report);
    return null;
  }
  const owner = { kind: "era", index } as const;
  return {
    era: { title: title.text, start: start.text, end: end.text },
    dates: [
      { value: start.text, at: at(start), field: `eras[${index}].start`, owner },
      { value: end.text, at: at(end), field: `eras[${index}].end`, owner },
    ],
  };
}

function readGroupRow(row: RowValues, report: Reporter): GroupInput | null {
  const v = row.values;
  const id = v.get("id") ?? v.get("title");
  if (!id) {
    missing(row, "id", "a group", report);
    return null;
  }
  const group: GroupInput = { id: id.text };
  const label = v.get("title");
  if (label && label.text !== id.text) group.label = label.text;
  const description = v.get("description");
  if (description) group.description = description.text;
  const color = v.get("color");
  if (color) group.color = color.text;
  return group;
}

function readDocumentRow(
  row: RowValues,
  input: TimelineInput,
  dates: DateSite[],
  settings: { timeZoneAt?: Location },
  report: Reporter,
): void {
  const v = row.values;
  if (input.title !== undefined || input.description !== undefined) {
    report.warn("parse-error", "a second title row; its values replace the first one's", { line: row.line });
  }
  const title = v.get("title");
  if (title) input.title = title.text;
  const description = v.get("description");
  if (description) input.description = description.text;
  const zone = v.get("time_zone");
  if (zone) {
    input.timeZone = zone.text;
    settings.timeZoneAt = at(zone);
  }
  const locale = v.get("locale");
  if (locale) input.locale = locale.text;
  const reference = v.get("reference_date");
  if (reference) {
    input.referenceDate = reference.text;
    dates.push({ value: reference.text, at: at(reference), field: "referenceDate", owner: { kind: "document", index: 0 } });
  }
}
