/**
 * Lanes: one per group, in the timeline's group order; events with a group the timeline does
 * not list add a lane in first-seen order; ungrouped events share a default lane with id `""`,
 * which comes last. An empty timeline still has the default lane.
 */

import type { Timeline } from "../model/types.js";

/** A lane before it is sized. */
export interface LaneSpec {
  readonly id: string;
  readonly label: string;
}

/**
 * Builds the lane list while events are read, one group at a time.
 *
 * @example
 * ```ts
 * const table = new LaneTable(timeline);
 * const lane = table.laneOf("city"); // -1 for ungrouped events until finish()
 * const defaultLane = table.finish();
 * ```
 */
export class LaneTable {
  readonly lanes: LaneSpec[] = [];
  private readonly index = new Map<string, number>();
  private lastGroup: string | undefined = undefined;
  private lastLane = -1;
  private hasDefault = false;

  constructor(timeline: Timeline) {
    for (const g of timeline.groups) if (!this.index.has(g.id)) this.add(g.id, g.label);
  }

  /** Lane of a group; -1 for "the default lane" (its index is known only at the end). */
  laneOf(group: string | undefined): number {
    if (!group) {
      this.hasDefault = true;
      return -1;
    }
    if (group !== this.lastGroup) {
      this.lastLane = this.index.get(group) ?? this.add(group, group);
      this.lastGroup = group;
    }
    return this.lastLane;
  }

  private add(id: string, label: string): number {
    this.index.set(id, this.lanes.length);
    return this.lanes.push({ id, label }) - 1;
  }

  /**
   * Appends the default lane when used (or when there is no lane at all) and returns its index,
   * or -1 when it is not needed.
   */
  finish(): number {
    if (!this.hasDefault && this.lanes.length > 0) return -1;
    this.lanes.push({ id: "", label: "" });
    return this.lanes.length - 1;
  }
}
