/**
 * The text syntax's property lines: `key: value` under an event (id, end, tags, importance, quote,
 * speaker, relates-to, source, media, group) or under a `# heading` (id, description, color).
 */
import type { EventInput, GroupInput, MediaInput, SourceInput } from "../model/types.js";
import { parseRelations, splitList } from "./fields.js";
import type { DateSite } from "./read-result.js";
import type { Reporter } from "./report.js";
import { startsWithUrl } from "./text-syntax.js";

/** The event being read, with what is joined only when it ends (quote and speaker). */
export interface OpenEvent {
  kind: "event";
  event: EventInput;
  index: number;
  line: number;
  description: string[];
  speaker?: string;
  quote?: string;
}

/**
 * Applies one `key: value` line under a heading to its group; `id:` turns the heading into the label.
 *
 * @example
 * setGroupProperty(group, "id", "state", byName); // { id: "Illinois" } → { id: "state", label: "Illinois" }
 */
export function setGroupProperty(group: GroupInput, name: string, value: string, byName: Map<string, GroupInput>): void {
  if (name === "id") {
    if (group.id !== value) {
      group.label = group.label ?? group.id;
      group.id = value;
      byName.set(value, group);
    }
  } else if (name === "description") {
    group.description = value;
  } else if (name === "color") {
    group.color = value;
  }
}

/**
 * Applies one property line to the event being read; false when its value is unusable (reported).
 *
 * @example
 * setEventProperty(open, "importance", "3", { line: 4, column: 15 }, dates, report); // open.event.importance === 3
 */
export function setEventProperty(
  open: OpenEvent,
  name: string,
  value: string,
  at: { line: number; column: number },
  dates: DateSite[],
  report: Reporter,
): boolean {
  const event = open.event;
  if (value === "") {
    report.error("parse-error", `'${name}:' needs a value`, at, { field: name });
    return false;
  }
  switch (name) {
    case "id":
    case "group":
      event[name] = value;
      return true;
    case "end":
      event.end = value;
      dates.push({ value, at, field: "end", owner: { kind: "event", index: open.index } });
      return true;
    case "tags":
      event.tags = [...(event.tags ?? []), ...splitList(value)];
      return true;
    case "speaker":
      open.speaker = value;
      return true;
    case "quote":
      open.quote = value;
      return true;
    case "relations":
      event.relations = [...(event.relations ?? []), ...parseRelations(value)];
      return true;
    case "importance": {
      const n = Number(value);
      if (!Number.isFinite(n)) {
        report.error("wrong-type", `importance must be a number, got '${value}'`, at, { field: "importance", input: value });
        return false;
      }
      event.importance = n;
      return true;
    }
    case "source": {
      const source = parseSource(value);
      const sources = event.sources ?? [];
      if (source.date !== undefined) {
        const dateColumn = at.column + value.lastIndexOf(source.date as string);
        dates.push({
          value: source.date,
          at: { line: at.line, column: dateColumn },
          field: `sources[${sources.length}].date`,
          owner: { kind: "event", index: open.index },
        });
      }
      sources.push(source);
      event.sources = sources;
      return true;
    }
    case "media": {
      const parts = value.split("|").map((p) => p.trim());
      const url = parts[0] ?? "";
      if (url === "") {
        report.error("missing-field", "media needs a URL first: 'media: <url> | caption | credit | alt | thumbnail'", at, { field: "media.url" });
        return false;
      }
      const media: MediaInput = { url };
      const keys = ["caption", "credit", "alt", "thumbnail"] as const;
      keys.forEach((key, k) => {
        const part = parts[k + 1];
        if (part !== undefined && part !== "") media[key] = part;
      });
      event.media = media;
      return true;
    }
    default:
      return true;
  }
}

/**
 * A `source:` value: `[<url>] [title] | [publisher] | [date]`. The URL, when there is one, is the
 * first word of the first part.
 *
 * @example
 * parseSource("https://example.com/a Police statement | Waukegan PD | 2025-01-20");
 * // → { url: "https://example.com/a", title: "Police statement", publisher: "Waukegan PD", date: "2025-01-20" }
 */
export function parseSource(value: string): SourceInput {
  const parts = value.split("|").map((p) => p.trim());
  const source: SourceInput = {};
  let first = parts[0] ?? "";
  if (startsWithUrl(first)) {
    const space = first.search(/[ \t]/);
    source.url = space < 0 ? first : first.slice(0, space);
    first = space < 0 ? "" : first.slice(space + 1).trim();
  }
  if (first !== "") source.title = first;
  if (parts[1]) source.publisher = parts[1];
  if (parts[2]) source.date = parts[2];
  return source;
}
