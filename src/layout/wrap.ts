/**
 * Fits a title into at most `maxLines` lines of `maxWidth` px: greedy word wrap (each word
 * measured once), characters only when a single word is too long, and an ellipsis on the last
 * line when text is left over.
 */

import type { TextMeasurer } from "./types.js";

/** A title broken into lines. */
export interface WrappedText {
  readonly lines: string[];
  /** Widest line, px. */
  readonly width: number;
  /** True when text was cut and an ellipsis added. */
  readonly truncated: boolean;
}

const ELLIPSIS = "…";

/** Longest prefix of `text` that fits `room` px with `suffix` appended (never splitting a pair). */
function fitPrefix(text: string, suffix: string, room: number, fontSize: number, measure: TextMeasurer): string {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(text.slice(0, mid) + suffix, fontSize) <= room) lo = mid;
    else hi = mid - 1;
  }
  // Not between the two halves of a surrogate pair (charCodeAt past the end is NaN).
  const c = text.charCodeAt(lo);
  if (lo > 0 && c >= 0xdc00 && c <= 0xdfff) lo--;
  return text.slice(0, lo);
}

/**
 * Wraps `text` to lines no wider than `maxWidth` px, at most `maxLines` of them; overflow ends
 * the last line with "…". Whitespace runs collapse to one space. Returns no lines when not even
 * "…" fits.
 *
 * @example
 * ```ts
 * wrapText("Waukegan police vow not to share information with ICE", 120, 2, 12, measureText).lines;
 * // → ["Waukegan police vow", "not to share…"]
 * ```
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  fontSize: number,
  measure: TextMeasurer,
): WrappedText {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean === "" || maxLines < 1) return { lines: [], width: 0, truncated: clean !== "" };
  const whole = measure(clean, fontSize);
  if (whole <= maxWidth) return { lines: [clean], width: whole, truncated: false };
  if (measure(ELLIPSIS, fontSize) > maxWidth) return { lines: [], width: 0, truncated: true };

  const words = clean.split(" ");
  const space = measure(" ", fontSize);
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  let w = 0;
  while (w < words.length) {
    const word = words[w] as string;
    const width = measure(word, fontSize);
    if (line === "" && width > maxWidth) {
      // A word longer than a line: break it by characters.
      if (lines.length === maxLines - 1) break;
      const head = fitPrefix(word, "", maxWidth, fontSize, measure);
      if (head === "") break;
      lines.push(head);
      words[w] = word.slice(head.length);
      continue;
    }
    if (line === "") {
      line = word;
      lineWidth = width;
    } else if (lineWidth + space + width <= maxWidth) {
      line += " " + word;
      lineWidth += space + width;
    } else {
      if (lines.length === maxLines - 1) break;
      lines.push(line);
      line = "";
      lineWidth = 0;
      continue;
    }
    w++;
  }
  if (w >= words.length) {
    if (line !== "") lines.push(line);
    return finish(lines, false, fontSize, measure);
  }
  // Out of lines: the rest goes on the last line, cut with an ellipsis.
  const rest = (line === "" ? "" : line + " ") + words.slice(w).join(" ");
  let cut = fitPrefix(rest, ELLIPSIS, maxWidth, fontSize, measure);
  const boundary = cut.lastIndexOf(" ");
  // Prefer ending at a word when that wastes at most a third of the line.
  if (boundary > cut.length * 0.66) cut = cut.slice(0, boundary);
  lines.push(cut.trimEnd() + ELLIPSIS);
  return finish(lines, true, fontSize, measure);
}

function finish(lines: string[], truncated: boolean, fontSize: number, measure: TextMeasurer): WrappedText {
  let width = 0;
  for (const line of lines) width = Math.max(width, measure(line, fontSize));
  return { lines, width, truncated };
}
