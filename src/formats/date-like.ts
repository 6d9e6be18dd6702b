/**
 * The text syntax's test for "this line starts with a date": cheap and syntactic, so that a
 * line is classified before any date is parsed (the date itself is checked afterwards, by the
 * model's parser, and a bad one is an error at its line — never a silent description).
 *
 * A prefix looks like a date when its first character is a digit (`2017`, `1990s`, `19th
 * century`), a sign or `~` before a digit (`-0043`, `~1850`), `..` (an open range), or its first
 * word is a month, a weekday, a relative word (`today`, `yesterday`, `recently`, `last`, `this`,
 * `next`, `past`), an approximation (`c.`, `circa`, `about`, `early`, `mid`, `late`), a range
 * opener (`between`, `from`), `week`, `AD`, a quarter (`Q1`); or it ends with `ago`.
 */
import { monthOf, weekdayOf } from "../model/date-words.js";

const WORDS = new Set([
  "today", "yesterday", "tomorrow", "recently", "lately", "last", "past", "this", "next",
  "c", "ca", "circa", "about", "around", "approx", "approximately", "early", "mid", "late",
  "between", "from", "week", "ad", "q",
]);

/** The longest date part the text syntax looks at (parseDate's own cap is 200 characters). */
export const MAX_DATE_PART = 100;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * True when `prefix` (the text before the first `": "` of a line) looks like a date.
 *
 * @example
 * looksLikeDate("2025-01-20T12:00"); // → true
 * looksLikeDate("Sunday");           // → true
 * looksLikeDate("Police said");      // → false
 */
export function looksLikeDate(prefix: string): boolean {
  const s = prefix.trim();
  if (s === "" || s.length > MAX_DATE_PART) return false;
  const c0 = s.charCodeAt(0);
  if (isDigit(c0)) return true;
  if ((c0 === 43 || c0 === 45 || c0 === 126) /* + - ~ */ && isDigit(s.charCodeAt(s[1] === " " ? 2 : 1))) return true;
  if (s.startsWith("..")) return true;
  if (c0 === 126 /* ~ */) return true;
  let end = 0;
  while (end < s.length && isLetter(s.charCodeAt(end))) end++;
  const word = s.slice(0, end).toLowerCase();
  if (word !== "" && (WORDS.has(word) || monthOf(word) !== undefined || weekdayOf(word) !== undefined)) return true;
  return s.toLowerCase().endsWith(" ago");
}
