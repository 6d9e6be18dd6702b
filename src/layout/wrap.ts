/**
 * Fits a title into at most `maxLines` lines of `maxWidth` px: word wrap first, characters when a
 * single word is too long, and an ellipsis on the last line when text is left over.
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

/** Longest prefix of `text` (whole characters) that fits `room` px with `suffix` appended. */
function fitPrefix(text: string, suffix: string, room: number, fontSize: number, measure: TextMeasurer): string {
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  // Binary search: widths grow with the prefix length.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(chars.slice(0, mid).join("") + suffix, fontSize) <= room) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("");
}

/**
 * Wraps `text` to lines no wider than `maxWidth` px, at most `maxLines` of them; overflow ends
 * the last line with "…". Whitespace runs collapse to one space. Returns no lines when not even
 * "…" fits.
 *
 * @example
 * ```ts
 * wrapText("Waukegan police vow not to share information with ICE", 120, 2, 12, measureText).lines;
 * // → ["Waukegan police vow not", "to share information…"]
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

  const lines: string[] = [];
  let rest = clean;
  while (rest !== "" && lines.length < maxLines) {
    const last = lines.length === maxLines - 1;
    if (measure(rest, fontSize) <= maxWidth) {
      lines.push(rest);
      rest = "";
      break;
    }
    if (last) {
      // Prefer cutting at a word boundary when it does not waste more than a third of the line.
      let cut = fitPrefix(rest, ELLIPSIS, maxWidth, fontSize, measure);
      const space = cut.lastIndexOf(" ");
      if (space > cut.length * 0.66) cut = cut.slice(0, space);
      lines.push(cut.trimEnd() + ELLIPSIS);
      rest = "";
      return finish(lines, true, fontSize, measure);
    }
    const fit = fitPrefix(rest, "", maxWidth, fontSize, measure);
    if (fit === "") {
      // Not even one character fits the line: show that something is there.
      lines.push(ELLIPSIS);
      return finish(lines, true, fontSize, measure);
    }
    const space = fit.length < rest.length && rest[fit.length] === " " ? fit.length : fit.lastIndexOf(" ");
    const cut = space > 0 ? space : fit.length;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return finish(lines, rest !== "", fontSize, measure);
}

function finish(lines: string[], truncated: boolean, fontSize: number, measure: TextMeasurer): WrappedText {
  let width = 0;
  for (const line of lines) width = Math.max(width, measure(line, fontSize));
  return { lines, width, truncated };
}
