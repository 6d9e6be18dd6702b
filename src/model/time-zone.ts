/**
 * IANA time zones through the platform's `Intl` data: validating a zone name, the UTC offset of a
 * zone at an instant, and turning wall-clock time into instants with an explicit DST rule.
 *
 * Wall-clock times are handled as "zone-less" millisecond counts (see `wallMs` in civil-date.ts):
 * the number an instant would have if the zone were UTC.
 */
import type { Diagnostic } from "../errors.js";
import { ChronolineError, messages } from "../errors.js";
import { DAY_MS } from "./civil-date.js";

/** The largest |epoch ms| a Date can hold. */
const MAX_INSTANT = 8.64e15;

/** Checked zone names: the name to use and the Intl format that reads the zone's offset. */
const zones = new Map<string, { name: string; format: Intl.DateTimeFormat }>();

/** The default zone for dates written without an offset. */
export const DEFAULT_TIME_ZONE = "UTC";

/**
 * Checks an IANA zone name once (then caches it) and returns the name to use. Default `"UTC"`.
 * Throws ChronolineError `invalid-time-zone` for an unknown name.
 *
 * @example
 * resolveTimeZone("America/Chicago"); // → "America/Chicago"
 * resolveTimeZone(undefined);         // → "UTC"
 */
export function resolveTimeZone(zone: string | undefined): string {
  return zone === undefined ? DEFAULT_TIME_ZONE : zoneEntry(zone).name;
}

function zoneEntry(zone: string): { name: string; format: Intl.DateTimeFormat } {
  let entry = zones.get(zone);
  if (entry !== undefined) return entry;
  let format: Intl.DateTimeFormat | undefined;
  try {
    // Intl is the judge of names (it rejects "", padded and overlong ones).
    if (typeof zone === "string") format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
  } catch {
    // reported below
  }
  if (format === undefined) {
    throw new ChronolineError("invalid-time-zone", messages.invalidTimeZone(String(zone)), { input: zone });
  }
  // "utc", "Etc/UTC" and friends all mean UTC: one spelling lets the fast path skip Intl.
  const resolved = format.resolvedOptions().timeZone;
  entry = { name: resolved === "UTC" || resolved === "Etc/UTC" || resolved === "Etc/GMT" ? DEFAULT_TIME_ZONE : zone, format };
  zones.set(zone, entry);
  return entry;
}

/** True when the zone never shifts (offset arithmetic can skip Intl). */
export function isUtc(zone: string): boolean {
  return zone === DEFAULT_TIME_ZONE;
}

/**
 * The zone's UTC offset at an instant, in milliseconds (east positive: Asia/Kolkata → +19 800 000).
 * Historical local mean time offsets keep their seconds.
 *
 * @example
 * zoneOffsetMs("America/Chicago", Date.UTC(2025, 0, 20)); // → -21 600 000
 */
export function zoneOffsetMs(zone: string, instant: number): number {
  if (isUtc(zone)) return 0;
  if (instant < TABLE_FIRST || instant >= TABLE_LAST) return intlOffsetMs(zone, instant);
  const bucket = Math.floor(instant / BUCKET_MS);
  let zoneTables = tables.get(zone);
  if (zoneTables === undefined) tables.set(zone, (zoneTables = new Map()));
  let table = zoneTables.get(bucket);
  if (table === undefined) zoneTables.set(bucket, (table = buildTable(zone, bucket * BUCKET_MS)));
  let i = table.length - 2;
  while (i > 0 && instant < (table[i] as number)) i -= 2;
  return table[i + 1] as number;
}

/*
 * Offsets of one zone over one bucket of time, as `[start0, offset0, start1, offset1, …]`: segment i
 * covers [start_i, start_i+1). Asking Intl once per lookup costs microseconds; 100k dates in one
 * zone would spend most of their parse time there. Instead each 52-week bucket (years 1800–2200,
 * where events cluster and rules change) is sampled weekly and its transitions found by binary
 * search, once per zone.
 */
const WEEK_MS = 7 * DAY_MS;
const BUCKET_MS = 52 * WEEK_MS;
const TABLE_FIRST = -5_364_662_400_000; // 1800-01-01
const TABLE_LAST = 7_258_118_400_000; // 2200-01-01
const tables = new Map<string, Map<number, number[]>>();

function buildTable(zone: string, from: number): number[] {
  const offsetAt = (instant: number) => intlOffsetMs(zone, instant);
  const table = [from, offsetAt(from)];
  let known = from; // the last instant known to have the latest offset
  for (let week = 1; week <= 52; week++) {
    const probe = from + week * WEEK_MS;
    // A loop, not an if: two transitions inside one week are each found in turn.
    while (offsetAt(probe) !== table[table.length - 1]) {
      known = firstChange(offsetAt, known, probe);
      table.push(known, offsetAt(known));
    }
    known = probe;
  }
  return table;
}

/** First instant in (lo, hi] whose offset differs from the offset at lo (binary search; hi's differs). */
function firstChange(offsetAt: (instant: number) => number, lo: number, hi: number): number {
  const base = offsetAt(lo);
  let a = lo;
  let b = hi;
  while (b - a > 1) {
    const mid = a + Math.floor((b - a) / 2);
    if (offsetAt(mid) === base) a = mid;
    else b = mid;
  }
  return b;
}

/** The offset straight from Intl (uncached). */
function intlOffsetMs(zone: string, instant: number): number {
  // Intl only formats instants Date can hold; beyond that the zone keeps its earliest/latest offset.
  const clamped = Math.max(-MAX_INSTANT, Math.min(MAX_INSTANT, instant));
  // "1/20/2025, GMT-06:00" → -6 h; plain "GMT" means +00:00; local mean time keeps its seconds.
  const m = /([+\-−])(\d\d):(\d\d)(?::(\d\d))?$/.exec(zoneEntry(zone).format.format(clamped));
  if (m === null) return 0;
  return (m[1] === "+" ? 1 : -1) * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
}

/**
 * Wall-clock time of an instant in a zone, as a zone-less millisecond count.
 *
 * @example
 * wallFields(epochToWall(Date.UTC(2025, 0, 20, 6), "America/Chicago")); // 2025-01-20 00:00
 */
export function epochToWall(instant: number, zone: string): number {
  return instant + zoneOffsetMs(zone, instant);
}

/** How {@link wallToEpoch} reports and resolves wall times that DST skips or repeats. */
export interface WallToEpochOptions {
  /**
   * True for the start of a day (or coarser unit): a boundary inside a DST gap moves to the
   * first valid instant, the moment the clocks jump. Default false.
   */
  boundary?: boolean;
  /** Receives a `dst-gap` / `dst-overlap` warning when given. */
  diagnostics?: Diagnostic[];
  /** The text the wall time came from, for the warning message. */
  input?: unknown;
}

/**
 * The instant a wall-clock time denotes in a zone.
 *
 * DST rule (the same as Temporal's `"compatible"` disambiguation):
 * - a wall time that does not exist (spring-forward gap) is moved forward by the gap's length,
 *   so 02:30 on 2025-03-09 in America/Chicago becomes 03:30 CDT; with `boundary` it becomes the
 *   first valid instant instead (a day that starts inside a gap starts when the clocks jump);
 * - an ambiguous wall time (fall-back overlap) takes the earlier of its two instants.
 * Each case pushes a warning (`dst-gap` / `dst-overlap`) into `options.diagnostics`.
 *
 * @example
 * wallToEpoch(wallMs(2025, 1, 20), "America/Chicago"); // → Date.UTC(2025, 0, 20, 6)
 */
export function wallToEpoch(wall: number, zone: string, options: WallToEpochOptions = {}): number {
  if (isUtc(zone)) return wall;
  // Offsets a day either side bracket any single transition near this wall time.
  const before = zoneOffsetMs(zone, wall - DAY_MS);
  const after = zoneOffsetMs(zone, wall + DAY_MS);
  const first = wall - before;
  const second = wall - after;
  const firstOk = zoneOffsetMs(zone, first) === before;
  const secondOk = before !== after && zoneOffsetMs(zone, second) === after;
  if (firstOk !== secondOk) return firstOk ? first : second;
  // Both offsets reproduce the wall time (an overlap: the earlier instant), or neither does (a gap:
  // `first`, read with the offset in force before the jump, lands the gap's length later on the clock).
  const input = options.input ?? "";
  options.diagnostics?.push(
    firstOk
      ? { severity: "warning", code: "dst-overlap", message: messages.dstOverlap(input, zone) }
      : { severity: "warning", code: "dst-gap", message: messages.dstGap(input, zone, Math.abs(after - before) / 60_000) },
  );
  if (firstOk) return Math.min(first, second);
  return options.boundary
    ? firstChange((t) => zoneOffsetMs(zone, t), Math.min(first, second), Math.max(first, second))
    : first;
}
