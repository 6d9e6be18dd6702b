/**
 * Where the parts of one lane sit on the cross axis, once we know what it holds:
 *
 * ```
 *   horizontal (c = y, downward)          vertical (c = x, rightward)
 *   ┌ title                                rows │ strip │ track 1 │ track 2 …
 *   │ track "before" n … 1
 *   │ cluster strip
 *   │ row 0 (points), rows 1… (ranges)
 *   │ track "after" 1 … n
 *   └ padding
 * ```
 *
 * Track ranks (0 = nearest the marks) alternate before/after in horizontal and are all "after"
 * in vertical, where the lane title sits in a header along the time axis instead.
 */

/**
 * Where a lane's title sits: nowhere (no titles, an empty label, or no room for a line of
 * text); in its usual place (horizontal: the start of the first label track; vertical: the
 * header); at the start of the lane's cluster strip; or in its point row (a lane without events).
 */
export const TITLE_NONE = 0;
export const TITLE_TRACK = 1;
export const TITLE_STRIP = 2;
export const TITLE_ROW = 3;

/** Sizes that make up a lane, px. */
export interface LaneFrameInput {
  readonly horizontal: boolean;
  readonly offset: number;
  readonly tracksBefore: number;
  readonly tracksAfter: number;
  readonly trackSize: number;
  /** Cluster strip size, 0 when the lane has no clusters. */
  readonly strip: number;
  readonly pointRow: number;
  readonly rangeRow: number;
  /** Range rows. */
  readonly rows: number;
  readonly pad: number;
}

/** Cross-axis positions of one lane's parts. */
export interface LaneFrame {
  readonly offset: number;
  readonly size: number;
  readonly stripC: number;
  readonly rowsC: number;
  /** Cross size of the rows block. */
  readonly rowsSize: number;
  readonly trackSize: number;
  /** Start of the after-tracks block (the before-tracks block starts at `offset`). */
  readonly afterC: number;
  readonly tracksBefore: number;
}

/**
 * Side (-1 before, 1 after) and 1-based index from the nearest, for a track rank.
 *
 * @example
 * ```ts
 * trackOfRank(3, true); // → { side: 1, index: 2 }
 * ```
 */
export function trackOfRank(rank: number, horizontal: boolean): { side: -1 | 1; index: number } {
  if (!horizontal) return { side: 1, index: rank + 1 };
  return rank % 2 === 0 ? { side: -1, index: rank / 2 + 1 } : { side: 1, index: (rank + 1) / 2 };
}

/**
 * Lays out one lane's parts from its offset.
 *
 * @example
 * ```ts
 * const f = laneFrame({ horizontal: true, offset: 0, tracksBefore: 1, tracksAfter: 1,
 *   trackSize: 34, strip: 0, pointRow: 14, rangeRow: 8, rows: 0, pad: 6 });
 * f.size; // → 88
 * ```
 */
export function laneFrame(input: LaneFrameInput): LaneFrame {
  const { horizontal, offset, tracksBefore, trackSize, strip } = input;
  const rowsSize = input.pointRow + input.rows * input.rangeRow;
  // The before-tracks start at the offset (vertical lanes have none).
  let c = offset + tracksBefore * trackSize;
  let stripC = c;
  if (horizontal) c += strip;
  const rowsC = c;
  c += rowsSize;
  if (!horizontal) {
    stripC = c;
    c += strip;
  }
  const afterC = c;
  c += input.tracksAfter * trackSize;
  c += input.pad;
  return { offset, size: c - offset, stripC, rowsC, rowsSize, trackSize, afterC, tracksBefore };
}

/**
 * Cross-axis start of the track with this rank.
 *
 * @example
 * ```ts
 * trackStart(frame, 0, true); // the "before" track nearest the marks
 * ```
 */
export function trackStart(frame: LaneFrame, rank: number, horizontal: boolean): number {
  const { side, index } = trackOfRank(rank, horizontal);
  return side < 0 ? frame.offset + (frame.tracksBefore - index) * frame.trackSize : frame.afterC + (index - 1) * frame.trackSize;
}
