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
  const arrow = ARROWS[input.key];
  return arrow ? { type: "move", to: arrow[orientation === "vertical" ? 1 : 0] } : (KEYS[input.key] ?? null);
}

type MoveTarget = Extract<KeyAction, { type: "move" }>["to"];

/** Where each arrow moves: [in a horizontal drawing, in a vertical one] (time runs down there). */
const ARROWS: Partial<Record<string, readonly [MoveTarget, MoveTarget]>> = {
  __proto__: null,
  ArrowRight: ["next", "lane-after"],
  ArrowLeft: ["previous", "lane-before"],
  ArrowDown: ["lane-after", "next"],
  ArrowUp: ["lane-before", "previous"],
} as object;

const OPEN: KeyAction = { type: "open" };
const CLOSE: KeyAction = { type: "close" };
const ZOOM_IN: KeyAction = { type: "zoom", factor: 2 };
const ZOOM_OUT: KeyAction = { type: "zoom", factor: 0.5 };
/**
 * The other keys. No prototype, so "constructor" is not a key of ours. (The pre-standard names
 * "Spacebar", "Esc", "Add", "Subtract" came from IE and EdgeHTML, which cannot run this ES2022
 * code at all.)
 */
const KEYS: Partial<Record<string, KeyAction>> = {
  __proto__: null,
  Home: { type: "move", to: "first" },
  End: { type: "move", to: "last" },
  Enter: OPEN,
  " ": OPEN,
  Escape: CLOSE,
  "+": ZOOM_IN,
  "=": ZOOM_IN,
  "-": ZOOM_OUT,
  _: ZOOM_OUT,
  0: { type: "fit" },
  PageDown: { type: "pan", screens: 0.8 },
  PageUp: { type: "pan", screens: -0.8 },
} as object;

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
  // Lane id → its events; lanes the order does not name follow in order of appearance.
  const byLane = new Map<string, number[]>();
  for (const id of laneOrder ?? timeline.groups.map((g) => g.id)) if (!byLane.has(id)) byLane.set(id, []);
  timeline.events.forEach((event, i) => {
    const key = event.group ?? "";
    const lane = byLane.get(key);
    if (lane) lane.push(i);
    else byLane.set(key, [i]);
  });
  // Without the empty lanes, so that ↑/↓ never land on nothing.
  const lanes = [...byLane.values()].filter((lane) => lane.length > 0);
  const laneOf = new Int32Array(timeline.events.length);
  lanes.forEach((lane, l) => {
    for (const i of lane) laneOf[i] = l;
  });
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
export function nextEventIndex(timeline: Timeline, index: LaneIndex, current: number, to: MoveTarget): number {
  const last = timeline.events.length - 1;
  const back = to === "last" || to === "previous";
  // To the first or the last event (-1 when there are none), also from nothing focused.
  if (!(current >= 0 && current <= last) || to === "first" || to === "last") return back ? last : Math.min(0, last);
  const step = to === "next" || to === "lane-after" ? 1 : -1;
  if (to === "next" || to === "previous") return Math.min(last, Math.max(0, current + step));
  const events = index.lanes[index.laneOf[current]! + step];
  return events ? nearestInTime(timeline, events, timeline.events[current]!.start.start) : current;
}

/** The event of `events` (indices in time order) whose start is nearest `ms`, the earlier on a tie. */
function nearestInTime(timeline: Timeline, events: readonly number[], ms: number): number {
  const start = (i: number | undefined) => timeline.events[i!]!.start.start;
  // First event starting at or after `ms`.
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(events[mid]) < ms) lo = mid + 1;
    else hi = mid;
  }
  const after = events[lo];
  const before = events[lo - 1];
  return before === undefined || (after !== undefined && start(after) - ms < ms - start(before)) ? after! : before;
}
