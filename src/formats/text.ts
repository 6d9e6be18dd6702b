/**
 * Reads the text syntax (see docs/text-syntax.md), one line at a time in a single pass:
 *
 * ```
 * ---
 * title: An Illinois city, the Trust Act and ICE
 * timezone: America/Chicago
 * dateline: 2025-01-29
 * ---
 * # Illinois
 * id: state
 *
 * 2017: Illinois passes the Trust Act
 *   Passed during Trump's first term; the article gives only the year.
 *   #law #immigration
 *   importance: 3
 * ```
 *
 * Every line is either front matter, blank, a `//` comment, a `# heading`, an event line
 * (`<date>: <title>`, unindented), an era line (`era <date>: <title>`), or belongs to the event
 * (or heading) above it: a `key: value` property, a line of `#tags`, or description text. A line
 * that fits none of these (text before the first event, an unknown front-matter line, a property
 * with a bad value) is an error naming its line and column.
 */
import type { EraInput, EventInput, GroupInput, TimelineInput } from "../model/types.js";
import { normaliseName } from "./fields.js";
import type { DateSite, ReadResult } from "./read-result.js";
import type { Reporter } from "./report.js";
import type { FrontMatterSettings, Line } from "./text-front-matter.js";
import { indentOf, readFrontMatter } from "./text-front-matter.js";
import type { OpenEvent } from "./text-properties.js";
import { setEventProperty, setGroupProperty } from "./text-properties.js";
import { EVENT_PROPERTIES, GROUP_PROPERTIES, eventLine, headingText, isHeading, isTagLine, propertyOf, splitKeyValue } from "./text-syntax.js";

export { parseSource } from "./text-properties.js";

function splitLines(text: string): Line[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines: Line[] = [];
  // CR alone is rare: only then is the slower character-by-character split needed.
  const lineBreak = body.includes("\r") ? /\r\n?|\n/ : "\n";
  let number = 1;
  for (const piece of body.split(lineBreak)) lines.push({ text: piece, number: number++ });
  return lines;
}

/** A position in a line from a 0-based offset. */
function pos(line: Line, offset: number): { line: number; column: number } {
  return { line: line.number, column: offset + 1 };
}

/** The item being filled by body lines: an event, an era, or a group heading. */
type Open =
  | OpenEvent
  | { kind: "era"; era: { title: string; start: string; end?: string }; line: number; dates: DateSite[] }
  | { kind: "group"; group: GroupInput; line: number; description: string[] }
  | { kind: "none" };

/**
 * Reads the text syntax into a raw TimelineInput, with the line and column of every date.
 *
 * @example
 * readText("2017: Illinois passes the Trust Act\n  #law\n", createReporter()).input.events;
 * // → [{ title: "Illinois passes the Trust Act", start: "2017", tags: ["law"] }]
 */
export function readText(text: string, report: Reporter): ReadResult {
  const lines = splitLines(text);
  const input: TimelineInput = { events: [] };
  const events: EventInput[] = [];
  const eras: EraInput[] = [];
  const groups: GroupInput[] = [];
  const groupByName = new Map<string, GroupInput>();
  const dates: DateSite[] = [];
  let eventDates: DateSite[] = [];
  let open: Open = { kind: "none" };
  let group: GroupInput | undefined;
  // Items that had an error in "collect" mode: their remaining lines are skipped quietly.
  let skipping = false;

  const closeOpen = () => {
    if (open.kind === "event") {
      const description = joinDescription(open.description);
      if (description !== "") open.event.description = description;
      if (open.quote !== undefined) {
        open.event.quote = open.speaker !== undefined ? { text: open.quote, speaker: open.speaker } : open.quote;
      } else if (open.speaker !== undefined) {
        open.event.speaker = open.speaker;
      }
      if (!skipping) {
        events.push(open.event);
        dates.push(...eventDates);
      }
    } else if (open.kind === "era") {
      if (open.era.end === undefined) {
        report.error("missing-field", "an era needs an 'end:' line", { line: open.line }, { field: "end" });
      } else if (!skipping) {
        eras.push({ title: open.era.title, start: open.era.start, end: open.era.end });
        dates.push(...open.dates);
      }
    } else if (open.kind === "group") {
      const description = joinDescription(open.description);
      if (description !== "") open.group.description = description;
    }
    open = { kind: "none" };
    eventDates = [];
    skipping = false;
  };

  const settings: FrontMatterSettings = {};
  let i = readFrontMatter(lines, input, dates, settings, report);
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    const raw = line.text;
    const indent = indentOf(raw);
    const body = raw.slice(indent).trimEnd();

    if (body === "") {
      if (open.kind === "event" || open.kind === "group") open.description.push("");
      continue;
    }
    if (body.startsWith("//")) continue;

    if (indent === 0 && isHeading(body)) {
      closeOpen();
      const name = headingText(body);
      if (name === "") {
        group = undefined;
        continue;
      }
      const known = groupByName.get(name);
      if (known) {
        group = known;
        continue;
      }
      group = { id: name };
      groups.push(group);
      groupByName.set(name, group);
      open = { kind: "group", group, line: line.number, description: [] };
      continue;
    }

    const ev = indent === 0 ? eventLine(body) : null;
    if (ev) {
      closeOpen();
      if (ev.titleAt < 0) {
        report.error("parse-error", `'${ev.date}:' needs a title after the colon`, pos(line, body.length), { field: "title" });
        skipping = true;
        open = { kind: "event", event: { title: "", start: ev.date }, index: -1, line: line.number, description: [] };
        continue;
      }
      if (ev.era) {
        open = {
          kind: "era",
          era: { title: ev.title, start: ev.date },
          line: line.number,
          dates: [{ value: ev.date, at: pos(line, ev.dateAt), field: `eras[${eras.length}].start`, owner: { kind: "era", index: eras.length } }],
        };
        continue;
      }
      const index = events.length;
      const event: EventInput = { title: ev.title, start: ev.date };
      if (group) event.group = group.id;
      open = { kind: "event", event, index, line: line.number, description: [] };
      eventDates = [{ value: ev.date, at: pos(line, ev.dateAt), field: "start", owner: { kind: "event", index } }];
      continue;
    }

    // Everything else belongs to the open item.
    if (open.kind === "none") {
      report.error(
        "parse-error",
        `expected an event line such as '2025-01-20: What happened', a '# Group' heading or a '// comment', got '${body.slice(0, 60)}'`,
        pos(line, indent),
      );
      continue;
    }
    if (skipping) continue;
    if (body.startsWith("\\")) {
      if (open.kind === "event" || open.kind === "group") open.description.push(body.slice(1));
      else report.error("parse-error", "an era has no description; only an 'end:' line may follow it", pos(line, indent));
      continue;
    }
    if (open.kind === "group") {
      const property = propertyOf(body, GROUP_PROPERTIES);
      if (property) {
        setGroupProperty(open.group, property.name, property.value, groupByName);
        continue;
      }
      if (isTagLine(body) || propertyOf(body, EVENT_PROPERTIES)) {
        report.error("parse-error", "tags and event properties need an event line above them; under a heading only id, description and color are allowed", pos(line, indent));
        continue;
      }
      open.description.push(body);
      continue;
    }
    if (open.kind === "era") {
      const kv = splitKeyValue(body);
      if (kv && normaliseName(kv.key) === "end" && kv.value !== "") {
        open.era.end = kv.value;
        open.dates.push({ value: kv.value, at: pos(line, indent + kv.valueAt), field: `eras[${eras.length}].end`, owner: { kind: "era", index: eras.length } });
      } else {
        report.error("parse-error", "only an 'end: <date>' line may follow an era line", pos(line, indent));
        skipping = true;
      }
      continue;
    }
    if (isTagLine(body)) {
      const tags = open.event.tags ?? [];
      for (const token of body.split(/[ \t]+/)) tags.push(token.slice(1));
      open.event.tags = tags;
      continue;
    }
    const property = propertyOf(body, EVENT_PROPERTIES);
    if (property) {
      const ok = setEventProperty(open, property.name, property.value, pos(line, indent + property.valueAt), eventDates, report);
      if (!ok) skipping = true;
      continue;
    }
    if (indent === 0) warnIfMisspelledEvent(body, line.number, report);
    open.description.push(body);
  }
  closeOpen();

  input.events = events;
  if (groups.length > 0) input.groups = groups.map((g) => (Object.keys(g).length === 1 ? g.id : g));
  if (eras.length > 0) input.eras = eras;
  return settings.timeZoneAt ? { input, dates, timeZoneAt: settings.timeZoneAt } : { input, dates };
}

/**
 * An unindented description line shaped like `<something with a digit>: <text>` is probably an
 * event line whose date was mistyped ("Jna 20, 2025: …"): it is kept as description, but said.
 */
function warnIfMisspelledEvent(body: string, line: number, report: Reporter): void {
  const colon = body.indexOf(": ");
  if (colon <= 0 || colon > 40) return;
  const prefix = body.slice(0, colon);
  let digit = false;
  for (let i = 0; i < prefix.length && !digit; i++) digit = prefix.charCodeAt(i) >= 48 && prefix.charCodeAt(i) <= 57;
  if (!digit) return;
  report.warn(
    "parse-error",
    `'${prefix}' does not look like a date, so this line was read as description text; fix the date, or indent the line to make it description`,
    { line, column: 1 },
  );
}

/** Joins description lines, dropping blank lines at either end. */
function joinDescription(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === "") start++;
  while (end > start && lines[end - 1] === "") end--;
  return lines.slice(start, end).join("\n");
}

