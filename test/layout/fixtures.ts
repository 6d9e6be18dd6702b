/**
 * Test helpers: Timelines built directly (no parser), with TimePoints from ISO-like strings
 * ("2017", "2025-01", "2025-01-20", "2025-01-20T14:30") by UTC arithmetic, and a seeded PRNG.
 */

import type { Precision } from "../../src/model/precision.js";
import type { TimePoint } from "../../src/model/timepoint.js";
import type { Era, Timeline, TimelineEvent, TimelineGroup } from "../../src/model/types.js";
import { seededRandom } from "../fixtures/random.js";

/** The shared seeded PRNG, under the name these tests use. */
export const prng = seededRandom;

/** Epoch ms of a UTC calendar instant; years 0–99 and BCE are real years (no Date.UTC 1900 rule). */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d.getTime();
}

/** A TimePoint from "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (negative years allowed). */
export function tp(text: string, approximate = false): TimePoint {
  const m = /^(-?\d+)(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d))?)?)?$/.exec(text);
  if (m === null) throw new Error(`bad fixture date ${text}`);
  const y = Number(m[1]);
  if (m[2] === undefined) return point(utc(y), utc(y + 1), "year", approximate);
  const mo = Number(m[2]);
  if (m[3] === undefined) return point(utc(y, mo), utc(y, mo + 1), "month", approximate);
  const d = Number(m[3]);
  if (m[4] === undefined) return point(utc(y, mo, d), utc(y, mo, d + 1), "day", approximate);
  const start = utc(y, mo, d, Number(m[4]), Number(m[5]));
  return point(start, start + 60000, "minute", approximate);
}

/** A TimePoint from explicit ms. */
export function point(start: number, end: number, precision: Precision = "millisecond", approximate = false): TimePoint {
  return { start, end, precision, approximate, timeZone: "UTC" };
}

/** Event shorthand. */
export interface EventSpec {
  id?: string;
  title?: string;
  start: string | TimePoint;
  end?: string | TimePoint;
  group?: string;
  importance?: number;
  relations?: { to: string; kind?: string }[];
  openEnd?: boolean;
}

/** A Timeline with events sorted (start, end, id) as createTimeline would. */
export function timeline(specs: EventSpec[], extra: { groups?: string[]; eras?: Era[]; timeZone?: string } = {}): Timeline {
  const events: TimelineEvent[] = specs.map((s, index) => {
    const start = typeof s.start === "string" ? tp(s.start) : s.start;
    const end = s.end === undefined ? undefined : typeof s.end === "string" ? tp(s.end) : s.end;
    return {
      id: s.id ?? `event-${index}`,
      index,
      title: s.title ?? `Event ${index}`,
      start,
      ...(end !== undefined ? { end } : {}),
      ...(s.openEnd ? { openEnd: true } : {}),
      ...(s.group !== undefined ? { group: s.group } : {}),
      tags: [],
      sources: [],
      importance: s.importance ?? 1,
      relations: (s.relations ?? []).map((r) => ({ to: r.to, kind: r.kind ?? "relates-to" })),
    };
  });
  const endOf = (e: TimelineEvent) => (e.end ?? e.start).end;
  events.sort((a, b) => a.start.start - b.start.start || endOf(a) - endOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups: TimelineGroup[] = (extra.groups ?? []).map((id) => ({ id, label: id }));
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    start = Math.min(start, e.start.start);
    end = Math.max(end, endOf(e));
  }
  return {
    events,
    groups,
    eras: extra.eras ?? [],
    extent: events.length > 0 ? { start, end } : null,
    diagnostics: [],
    timeZone: extra.timeZone ?? "UTC",
    locale: "en-US",
  };
}


const WORDS = ["council", "vote", "police", "statement", "mayor", "act", "court", "ruling", "march", "report", "ICE", "governor", "post", "interview", "law"];

/**
 * `n` random events over `[from, to)` ms: mostly day points, some year spans and ranges, a few
 * groups and importances. Deterministic for a seed.
 */
export function randomTimeline(n: number, seed: number, from = utc(1990), to = utc(2025), groups = 4): Timeline {
  const rand = prng(seed);
  const DAY = 86400000;
  const specs: EventSpec[] = [];
  for (let i = 0; i < n; i++) {
    const at = from + Math.floor(rand() * (to - from));
    const r = rand();
    let start: TimePoint;
    let end: TimePoint | undefined;
    if (r < 0.7) {
      const d = Math.floor(at / DAY) * DAY;
      start = point(d, d + DAY, "day");
    } else if (r < 0.8) {
      const y = new Date(at).getUTCFullYear();
      start = point(utc(y), utc(y + 1), "year", rand() < 0.3);
    } else {
      const d = Math.floor(at / DAY) * DAY;
      start = point(d, d + DAY, "day");
      const len = Math.floor(rand() * 400) + 1;
      end = point(d + len * DAY, d + (len + 1) * DAY, "day");
    }
    const words = 2 + Math.floor(rand() * 7);
    let title = "";
    for (let w = 0; w < words; w++) title += (w ? " " : "") + WORDS[Math.floor(rand() * WORDS.length)];
    specs.push({
      id: `e${i}`,
      title,
      start,
      ...(end ? { end } : {}),
      ...(groups > 0 && rand() < 0.9 ? { group: `g${Math.floor(rand() * groups)}` } : {}),
      importance: 1 + Math.floor(rand() * 3),
    });
  }
  return timeline(specs, { groups: Array.from({ length: groups }, (_, i) => `g${i}`) });
}
