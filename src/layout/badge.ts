/**
 * The text of a cluster badge: "+12", and compact beyond a thousand ("+1.2k", "+35k", "+1.2M")
 * so a badge never needs more than five characters. The exact count stays in `count`.
 */

/**
 * Badge text for `count` folded events.
 *
 * @example
 * ```ts
 * badgeText(12); // → "+12"
 * badgeText(1234); // → "+1.2k"
 * badgeText(35000); // → "+35k"
 * ```
 */
export function badgeText(count: number): string {
  if (count < 1000) return `+${count}`;
  if (count < 1e6) return `+${count < 9950 ? (count / 1000).toFixed(1) : Math.min(Math.round(count / 1000), 999)}k`;
  return `+${count < 9.95e6 ? (count / 1e6).toFixed(1) : Math.round(count / 1e6)}M`;
}
