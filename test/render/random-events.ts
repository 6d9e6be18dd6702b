import type { EventInput } from "../../src/model/types.js";
import { seededRandom } from "../fixtures/random.js";

export { seededRandom };

/**
 * Seeded random events for snapshots and benchmarks: same seed, same events, on any machine and
 * in any time zone (dates are written as UTC ISO text from epoch arithmetic).
 */


const WORDS = [
  "council", "vote", "hearing", "report", "statement", "rally", "ruling", "budget", "strike", "election",
  "summit", "audit", "inquiry", "launch", "merger", "protest", "treaty", "storm", "recall", "verdict",
];
const DAY = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * `count` events between 2015 and 2025 in `groups` lanes: mostly days, some months, years,
 * ranges and approximate dates, importance 0–3.
 *
 * @example
 * ```ts
 * randomEvents(500, 42).length; // 500
 * ```
 */
export function randomEvents(count: number, seed: number, groups = 4): EventInput[] {
  const random = seededRandom(seed);
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  const events: EventInput[] = [];
  for (let i = 0; i < count; i++) {
    const ms = start + Math.floor(random() * (span / DAY)) * DAY;
    const kind = random();
    const word = WORDS[Math.floor(random() * WORDS.length)]!;
    const title = `${word[0]!.toUpperCase()}${word.slice(1)} ${i + 1}${random() < 0.3 ? ` on ${WORDS[i % WORDS.length]} matters` : ""}`;
    const event: EventInput = {
      id: `e${i}`,
      title,
      start: isoDay(ms),
      group: `g${Math.floor(random() * groups)}`,
      importance: Math.floor(random() * 4),
    };
    if (kind < 0.12) event.end = isoDay(ms + Math.floor(1 + random() * 400) * DAY);
    else if (kind < 0.22) event.start = isoDay(ms).slice(0, 7);
    else if (kind < 0.25) event.start = isoDay(ms).slice(0, 4);
    else if (kind < 0.3) event.start = `~${isoDay(ms)}`;
    events.push(event);
  }
  return events;
}
