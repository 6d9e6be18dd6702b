/**
 * From the orientation-free (time, cross) coordinates the phases work in to final x/y:
 * horizontal puts time on x and the cross axis on y; vertical the other way round.
 */

import type { Box, Point } from "./types.js";

/** Maps time/cross geometry to final boxes and points. */
export interface FrameMap {
  box(t: number, c: number, timeLength: number, crossLength: number): Box;
  point(t: number, c: number): Point;
}

/**
 * The mapping for an orientation.
 *
 * @example
 * ```ts
 * frameMap(false).box(10, 20, 30, 40); // → { x: 20, y: 10, width: 40, height: 30 }
 * ```
 */
export function frameMap(horizontal: boolean): FrameMap {
  return horizontal
    ? {
        box: (t, c, tl, cl) => ({ x: t, y: c, width: tl, height: cl }),
        point: (t, c) => ({ x: t, y: c }),
      }
    : {
        box: (t, c, tl, cl) => ({ x: c, y: t, width: cl, height: tl }),
        point: (t, c) => ({ x: c, y: t }),
      };
}
