/**
 * Keyboard model of the interactive timeline: which key does what, and which event comes next.
 * Pure functions over the model's time order, so they are tested without a browser.
 *
 * Keys (horizontal; in vertical, time runs down, so ↑/↓ move in time and ←/→ between lanes):
 * ← → previous/next event in time · ↑ ↓ nearest event in the lane above/below ·
 * Home End first/last event · Enter Space open details · Esc close · + − zoom · 0 fit ·
 * Page Up/Down pan by most of a screen.
 */

import type { Orientation } from "../layout/types.js";
import type { Timeline } from "../model/types.js";

/** What a key asks the timeline to do. */
export type KeyAction =
  | { readonly type: "move"; readonly to: "previous" | "next" | "first" | "last" | "lane-before" | "lane-after" }
  | { readonly type: "open" }
  | { readonly type: "close" }
  | { readonly type: "zoom"; readonly factor: number }
  | { readonly type: "fit" }
  | { readonly type: "pan"; readonly screens: number };

/** The subset of a KeyboardEvent that {@link keyAction} reads. */
export interface KeyInput {
  readonly key: string;
  readonly altKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

/**
 * Maps a key press to an action, or null when the key is not ours (let it through: Tab, shortcuts
 * with Ctrl/Alt/Meta, letters).
 *
 * @example
 * ```ts
 * keyAction({ key: "ArrowRight" }, "horizontal"); // { type: "move", to: "next" }
 * keyAction({ key: "ArrowDown" }, "vertical");    // { type: "move", to: "next" }
 * keyAction({ key: "+" }, "horizontal");          // { type: "zoom", factor: 2 }
 * ```
 */
export function keyAction(input: KeyInput, orientation: Orientation): KeyAction | null {
  if (input.altKey || input.ctrlKey || input.metaKey) return null;
  const arrow = ARROWS.get(input.key);
  if (arrow) return { type: "move", to: arrow[orientation === "vertical" ? 1 : 0] };
  return KEYS.get(input.key) ?? null;
}

type MoveTarget = Extract<KeyAction, { type: "move" }>["to"];

/** Where each arrow moves: [in a horizontal drawing, in a vertical one] (time runs down there). */
const ARROWS = new Map<string, readonly [MoveTarget, MoveTarget]>([
  ["ArrowRight", ["next", "lane-after"]],
  ["ArrowLeft", ["previous", "lane-before"]],
  ["ArrowDown", ["lane-after", "next"]],
  ["ArrowUp", ["lane-before", "previous"]],
]);

const OPEN: KeyAction = { type: "open" };
const CLOSE: KeyAction = { type: "close" };
const ZOOM_IN: KeyAction = { type: "zoom", factor: 2 };
const ZOOM_OUT: KeyAction = { type: "zoom", factor: 0.5 };
/** The other keys (with the legacy names some browsers still report: "Spacebar", "Esc", "Add", "Subtract"). */
const KEYS = new Map<string, KeyAction>([
  ["Home", { type: "move", to: "first" }],
  ["End", { type: "move", to: "last" }],
  ["Enter", OPEN],
  [" ", OPEN],
  ["Spacebar", OPEN],
  ["Escape", CLOSE],
  ["Esc", CLOSE],
  ["+", ZOOM_IN],
  ["=", ZOOM_IN],
  ["Add", ZOOM_IN],
  ["-", ZOOM_OUT],
  ["_", ZOOM_OUT],
  ["Subtract", ZOOM_OUT],
  ["0", { type: "fit" }],
  ["PageDown", { type: "pan", screens: 0.8 }],
  ["PageUp", { type: "pan", screens: -0.8 }],
]);

/**
 * Events grouped by lane in time order, built once per timeline so that moving between lanes is a
 * binary search. Lane order follows `timeline.groups` (ungrouped events form lane `""`, first).
 */
export interface LaneIndex {
  /** Lane of each event, by index into `timeline.events`. */
  readonly laneOf: Int32Array;
  /** Per lane, indices into `timeline.events` in time order. Empty lanes are dropped. */
  readonly lanes: readonly (readonly number[])[];
}

/**
 * Builds the {@link LaneIndex} of a timeline in O(n). `laneOrder` lists lane ids top to bottom
 * (left to right in vertical), as the layout drew them (`layout.lanes.map((l) => l.id)`); by
 * default the timeline's groups in order, then the default lane `""`.
 *
 * @example
 * ```ts
 * const index = laneIndex(timeline, layout.lanes.map((lane) => lane.id));
 * index.lanes.length; // number of non-empty lanes
 * ```
 */
export function laneIndex(timeline: Timeline, laneOrder?: readonly string[]): LaneIndex {
  const order = new Map<string, number>();
  for (const id of laneOrder ?? timeline.groups.map((g) => g.id)) if (!order.has(id)) order.set(id, order.size);
  const buckets: number[][] = Array.from({ length: order.size }, () => []);
  const n = timeline.events.length;
  const laneOf = new Int32Array(n);
  timeline.events.forEach((event, i) => {
    const key = event.group ?? "";
    let lane = order.get(key);
    if (lane === undefined) {
      lane = order.size;
      order.set(key, lane);
      buckets.push([]);
    }
    laneOf[i] = lane;
    (buckets[lane] as number[]).push(i);
  });
  // Renumber without the empty lanes so that ↑/↓ never land on nothing.
  const lanes: number[][] = [];
  const renumber = new Int32Array(buckets.length).fill(-1);
  buckets.forEach((bucket, i) => {
    if (bucket.length > 0) {
      renumber[i] = lanes.length;
      lanes.push(bucket);
    }
  });
  for (let i = 0; i < n; i++) laneOf[i] = renumber[laneOf[i] as number] as number;
  return { laneOf, lanes };
}

/**
 * The event a move lands on, as an index into `timeline.events` (which is in time order), or the
 * current index when there is nowhere to go. `current` = -1 (nothing focused yet) lands on the
 * first event for every move but `last`/`previous`.
 *
 * Between lanes, the target is the event of the neighbouring non-empty lane whose start is
 * nearest in time (the earlier one on a tie).
 *
 * @example
 * ```ts
 * nextEventIndex(timeline, index, 3, "next");       // 4
 * nextEventIndex(timeline, index, 3, "lane-after"); // the nearest event in the next lane
 * ```
 */
export function nextEventIndex(
  timeline: Timeline,
  index: LaneIndex,
  current: number,
  to: "previous" | "next" | "first" | "last" | "lane-before" | "lane-after",
): number {
  const n = timeline.events.length;
  if (n === 0) return -1;
  if (current < 0 || current >= n) return to === "last" || to === "previous" ? n - 1 : 0;
  switch (to) {
    case "first":
      return 0;
    case "last":
      return n - 1;
    case "previous":
      return Math.max(0, current - 1);
    case "next":
      return Math.min(n - 1, current + 1);
    default: {
      const lane = (index.laneOf[current] as number) + (to === "lane-after" ? 1 : -1);
      const events = index.lanes[lane];
      if (events === undefined) return current;
      return nearestInTime(timeline, events, (timeline.events[current] as Timeline["events"][number]).start.start);
    }
  }
}

function nearestInTime(timeline: Timeline, events: readonly number[], ms: number): number {
  // First event in the lane starting at or after `ms`.
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((timeline.events[events[mid] as number] as Timeline["events"][number]).start.start < ms) lo = mid + 1;
    else hi = mid;
  }
  const after = events[lo];
  const before = events[lo - 1];
  if (after === undefined) return before as number;
  if (before === undefined) return after;
  const da = (timeline.events[after] as Timeline["events"][number]).start.start - ms;
  const db = ms - (timeline.events[before] as Timeline["events"][number]).start.start;
  return db <= da ? before : after;
}
