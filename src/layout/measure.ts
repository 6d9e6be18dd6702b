/**
 * A DOM-free text measurer: advance widths of a system sans-serif (Helvetica/Arial metrics, in
 * thousandths of an em) per character. Approximate by design — the browser passes a canvas
 * measurer instead — but deterministic, so Node output is stable across machines.
 */

import type { TextMeasurer } from "./types.js";

// Widths of ASCII 32..126 in 1/1000 em (Arial/Helvetica AFM metrics).
// prettier-ignore
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
];

/** Em widths of the code points 0–127 (control characters 0). */
const TABLE = new Float64Array(128);
ASCII.forEach((width, i) => (TABLE[i + 32] = width / 1000));

/**
 * Width of a code point past ASCII in em (measureText reads ASCII from TABLE itself). Wide
 * (CJK, emoji) = 1, combining marks = 0, others ≈ a digit.
 */
function codePointEm(cp: number): number {
  if (cp === 0x2026) return 1; // … (ellipsis)
  if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    cp >= 0x20000
  )
    return 1;
  return 0.556;
}

/**
 * Measures `text` set in a system sans-serif at `fontSize` px, from a per-character width table.
 *
 * @example
 * ```ts
 * measureText("2025", 12); // → 26.688 (four digits of 0.556 em)
 * ```
 */
export const measureText: TextMeasurer = (text: string, fontSize: number): number => {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      em += TABLE[c] ?? 0;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      em += codePointEm(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
      i++;
    } else {
      em += codePointEm(c);
    }
  }
  return em * fontSize;
};
