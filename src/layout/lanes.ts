/**
 * Lanes: one per group, in the timeline's group order; events without a group (or with a group
 * the timeline does not list) follow, the ungrouped ones in a default lane with id `""`.
 */

import type { Timeline } from "../model/types.js";

/** A lane before it is sized. */
export interface LaneSpec {
  readonly id: string;
  readonly label: string;
}

/** Lanes and each event's lane index (by position in `timeline.events`). */
export interface LaneAssignment {
  readonly lanes: readonly LaneSpec[];
  readonly laneOf: Int32Array;
  /** Events per lane. */
  readonly counts: Int32Array;
}

/**
 * Assigns every event to a lane. Groups listed on the timeline keep their order; a group only
 * seen on events is appended; ungrouped events go to a default lane `""` at the end. At least one
 * lane always exists (an empty timeline gets the default lane).
 *
 * @example
 * ```ts
 * resolveLanes(timeline).lanes.map((l) => l.id); // → ["federal", "state", "city", "media"]
 * ```
 */
export function resolveLanes(timeline: Timeline): LaneAssignment {
  const lanes: LaneSpec[] = [];
  const index = new Map<string, number>();
  for (const g of timeline.groups) {
    if (index.has(g.id)) continue;
    index.set(g.id, lanes.length);
    lanes.push({ id: g.id, label: g.label });
  }
  const events = timeline.events;
  const laneOf = new Int32Array(events.length);
  let defaultLane = -1;
  for (let i = 0; i < events.length; i++) {
    const group = (events[i] as (typeof events)[number]).group;
    if (group !== undefined && group !== "") {
      let lane = index.get(group);
      if (lane === undefined) {
        lane = lanes.length;
        index.set(group, lane);
        lanes.push({ id: group, label: group });
      }
      laneOf[i] = lane;
    } else {
      laneOf[i] = -1;
    }
  }
  // The default lane goes last, after any group first seen on an event.
  for (let i = 0; i < events.length; i++) {
    if (laneOf[i] !== -1) continue;
    if (defaultLane < 0) {
      defaultLane = lanes.length;
      lanes.push({ id: "", label: "" });
    }
    laneOf[i] = defaultLane;
  }
  if (lanes.length === 0) lanes.push({ id: "", label: "" });
  const counts = new Int32Array(lanes.length);
  for (let i = 0; i < laneOf.length; i++) counts[laneOf[i] as number] = (counts[laneOf[i] as number] as number) + 1;
  return { lanes, laneOf, counts };
}
