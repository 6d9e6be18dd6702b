/**
 * Writes the text syntax (see docs/text-syntax.md) so that {@link readText} reads back the same
 * input: description lines are indented and escaped with `\` when they would otherwise read as a
 * property, a tag line or a comment; groups become `# headings` (declared groups whose order the
 * events do not show come first, as empty headings).
 */
import { ChronolineError } from "../errors.js";
import type { DateInput, EventInput, GroupInput, TimelineInput } from "../model/types.js";
import { formatRelations } from "./fields.js";
import { EVENT_PROPERTIES, GROUP_PROPERTIES, eventLine, isTagLine, propertyOf } from "./text-syntax.js";
import type { Writable } from "./to-input.js";
import { dateInputText, toWritableInput } from "./to-input.js";

const INDENT = "  ";

/** Under a heading, lines that look like group or event properties must be escaped (the reader rejects the latter). */
const HEADING_LINE_PROPERTIES: ReadonlyMap<string, string> = new Map([...GROUP_PROPERTIES, ...EVENT_PROPERTIES]);

/** One line of text: line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ").trim();
}

/** A date as the date part of an event or era line; throws when it cannot be one. */
function datePart(value: DateInput, what: string): string {
  const text = oneLine(dateInputText(value));
  const parsed = eventLine(`${text}: x`);
  if (parsed === null || parsed.date !== text || parsed.era) {
    throw new ChronolineError(
      "invalid-input",
      `${what}: the date '${text.slice(0, 60)}' cannot be written in the text syntax (the date part must look like a date and contain no ': ')`,
      { input: text },
    );
  }
  return text;
}

/** Description lines, indented, with `\` in front of any line that would read as something else. */
function descriptionLines(text: string, properties: ReadonlyMap<string, string>): string[] {
  return text.split(/\r\n|\r|\n/).map((raw) => {
    const line = raw.trim();
    if (line === "") return "";
    const special = line.startsWith("\\") || line.startsWith("//") || isTagLine(line) || propertyOf(line, properties) !== null;
    return INDENT + (special ? `\\${line}` : line);
  });
}

function frontMatter(input: TimelineInput): string[] {
  const entries: [string, string | undefined][] = [
    ["title", input.title],
    ["description", input.description],
    ["timezone", input.timeZone],
    ["dateline", input.referenceDate === undefined || input.referenceDate === null ? undefined : dateInputText(input.referenceDate)],
    ["locale", input.locale],
  ];
  const lines: string[] = [];
  for (const [key, value] of entries) {
    if (value === undefined || value.trim() === "") continue;
    const [first = "", ...rest] = value.trim().split(/\r\n|\r|\n/);
    const head = first.trim();
    lines.push(`${key}: ${head.startsWith('"') && head.endsWith('"') && head.length >= 2 ? `"${head}"` : head}`);
    for (const line of rest) lines.push(line.trim() === "" ? "" : INDENT + line.trim());
  }
  return lines.length > 0 ? ["---", ...lines, "---", ""] : [];
}

/** Joins `|`-separated parts, trailing empty ones dropped: `a | | c`. */
function joinParts(parts: string[]): string {
  while (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  let out = parts[0] ?? "";
  for (const part of parts.slice(1)) out += part === "" ? " |" : ` | ${part}`;
  return out.trim();
}

function sourceValue(source: NonNullable<EventInput["sources"]>[number]): string {
  const url = source.url?.trim() ?? "";
  const title = source.title !== undefined ? oneLine(source.title) : "";
  const first = url !== "" && title !== "" ? `${url} ${title}` : url || title;
  return joinParts([first, source.publisher !== undefined ? oneLine(source.publisher) : "", source.date !== undefined ? oneLine(dateInputText(source.date)) : ""]);
}

function eventBlock(event: EventInput, index: number): string[] {
  const what = event.id !== undefined ? `event '${event.id}'` : `event #${index}`;
  const lines = [`${datePart(event.start, what)}: ${oneLine(event.title ?? "")}`];
  const prop = (key: string, value: string | undefined) => {
    if (value !== undefined && oneLine(value) !== "") lines.push(`${INDENT}${key}: ${oneLine(value)}`);
  };
  prop("id", event.id);
  if (event.end !== undefined && event.end !== null && event.end !== "") prop("end", datePart(event.end, what));
  const tags = (event.tags ?? []).filter((t) => typeof t === "string" && t.trim() !== "");
  if (tags.length > 0) {
    const simple = tags.every((t) => !/[\s,;#]/.test(t));
    lines.push(simple ? `${INDENT}${tags.map((t) => `#${t}`).join(" ")}` : `${INDENT}tags: ${tags.map(oneLine).join(", ")}`);
  }
  if (event.importance !== undefined) prop("importance", String(event.importance));
  if (typeof event.quote === "string") prop("quote", event.quote);
  else if (event.quote) {
    prop("quote", event.quote.text);
    prop("speaker", event.quote.speaker);
  }
  if (typeof event.quote !== "object" || event.quote?.speaker === undefined) prop("speaker", event.speaker);
  if (event.relations && event.relations.length > 0) prop("relates-to", formatRelations(event.relations));
  for (const source of event.sources ?? []) {
    const value = sourceValue(source);
    if (value.trim() !== "") lines.push(`${INDENT}source: ${value}`);
  }
  if (event.media) {
    const m = event.media;
    prop("media", joinParts([m.url, m.caption ?? "", m.credit ?? "", m.alt ?? "", m.thumbnail ?? ""].map(oneLine)));
  }
  if (event.description !== undefined && event.description.trim() !== "") {
    lines.push(...descriptionLines(event.description.trim(), EVENT_PROPERTIES));
  }
  return lines;
}

interface GroupInfo {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly color?: string;
}

function groupInfo(item: GroupInput | string): GroupInfo {
  if (typeof item === "string") return { id: item.trim(), label: item.trim() };
  const info: { -readonly [K in keyof GroupInfo]: GroupInfo[K] } = { id: item.id.trim(), label: oneLine(item.label ?? item.id) || item.id.trim() };
  if (item.description !== undefined && item.description.trim() !== "") info.description = item.description.trim();
  if (item.color !== undefined && item.color.trim() !== "") info.color = item.color.trim();
  return info;
}

function headingBlock(group: GroupInfo, full: boolean): string[] {
  const lines = [`# ${group.label}`];
  if (!full) return lines;
  if (group.id !== group.label) lines.push(`${INDENT}id: ${group.id}`);
  if (group.color !== undefined) lines.push(`${INDENT}color: ${oneLine(group.color)}`);
  if (group.description !== undefined) lines.push(...descriptionLines(group.description, HEADING_LINE_PROPERTIES));
  return lines;
}

/**
 * A timeline (model) or timeline input in the text syntax, which `parseEvents(text)` reads back
 * to the same input (descriptions' lines trimmed). Throws a ChronolineError `invalid-input` for a
 * date that has no text form there (one containing `": "` or not looking like a date).
 *
 * @example
 * toText({ title: "Trust Act", events: [{ id: "trust-act", title: "Illinois passes the Trust Act", start: "2017", tags: ["law"] }] });
 * // → "---\ntitle: Trust Act\n---\n\n2017: Illinois passes the Trust Act\n  id: trust-act\n  #law\n"
 */
export function toText(timeline: Writable): string {
  const input = toWritableInput(timeline);
  const blocks: string[][] = [];
  const head = frontMatter(input);

  (input.eras ?? []).forEach((era, i) => {
    const what = `era #${i}`;
    blocks.push([`era ${datePart(era.start, what)}: ${oneLine(era.title)}`, `${INDENT}end: ${datePart(era.end, what)}`]);
  });

  const declared = (input.groups ?? []).map(groupInfo);
  const byId = new Map(declared.map((g) => [g.id, g] as const));
  const firstSeen: string[] = [];
  for (const event of input.events) {
    if (event.group !== undefined && event.group.trim() !== "" && !firstSeen.includes(event.group.trim())) firstSeen.push(event.group.trim());
  }
  const labelCount = new Map<string, number>();
  for (const g of declared) labelCount.set(g.label, (labelCount.get(g.label) ?? 0) + 1);

  // When every event has an id and every group is declared, the order of events in the input
  // carries no meaning the model keeps, so events are written under their group's heading.
  const byHeading =
    declared.length > 0 &&
    input.events.every((e) => typeof e.id === "string" && e.id.trim() !== "" && (e.group === undefined || byId.has(e.group.trim())));
  if (byHeading) {
    input.events.forEach((event, index) => {
      if (event.group === undefined || event.group.trim() === "") blocks.push(eventBlock(event, index));
    });
    for (const g of declared) {
      blocks.push(headingBlock(g, true));
      input.events.forEach((event, index) => {
        if (event.group?.trim() === g.id) blocks.push(eventBlock(event, index));
      });
    }
  } else {
    // Otherwise the event order is kept, and a group is re-opened (`# Label`) whenever it changes;
    // declared groups whose order the events do not show are declared first, as empty headings.
    const prelude = declared.some((g, i) => firstSeen[i] !== g.id);
    const written = new Set<string>();
    if (prelude) {
      for (const g of declared) {
        blocks.push(headingBlock(g, true));
        written.add(g.id);
      }
    }
    // After the prelude the last heading is still open: an ungrouped event must close it.
    let current: string | undefined = prelude ? declared[declared.length - 1]?.id : undefined;
    input.events.forEach((event, index) => {
      const groupId = event.group?.trim() || undefined;
      if (groupId !== current) {
        if (groupId === undefined) {
          blocks.push(["#"]);
        } else {
          const info = byId.get(groupId) ?? { id: groupId, label: oneLine(groupId) };
          const ambiguous = (labelCount.get(info.label) ?? 0) > 1;
          const shown = ambiguous && written.has(groupId) ? { ...info, label: info.id } : info;
          blocks.push(headingBlock(shown, !written.has(groupId)));
          written.add(groupId);
        }
        current = groupId;
      }
      blocks.push(eventBlock(event, index));
    });
  }
  const body = blocks.map((b) => b.join("\n")).join("\n\n");
  return `${head.join("\n")}${head.length > 0 ? "\n" : ""}${body}${body === "" ? "" : "\n"}`;
}
