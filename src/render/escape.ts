/**
 * The one place where text becomes markup. Every string the SVG serialiser writes, in a text
 * node or an attribute value, goes through {@link escapeXml}; nothing else builds markup from data.
 */

/** U+FFFD REPLACEMENT CHARACTER, written where a character cannot appear in XML. */
export const REPLACEMENT_CHARACTER = "\ufffd";

// Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return; U+FFFE,
// U+FFFF; lone surrogates) plus DEL and the C1 controls, which XML allows but which only ever
// arrive by accident and render as garbage.
// eslint-disable-next-line no-control-regex
const UNSAFE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SPECIAL = /[&<>"'\t\n\r]/g;
// Either of the above, or any surrogate (well-formed pairs then take the slow, exact path).
// eslint-disable-next-line no-control-regex
const ANYTHING_TO_DO = /[&<>"'\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

// The rest of SPECIAL (' and tab, newline, CR) become numeric character references: tab, newline
// and CR so that an XML parser's attribute-value normalisation (which turns them into spaces)
// cannot change what was written.
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** The outcome of {@link sanitiseText}: the clean text and how many characters were replaced. */
export interface SanitisedText {
  readonly text: string;
  /** Number of characters replaced by U+FFFD; 0 when the text was already clean. */
  readonly replaced: number;
}

/**
 * True when `value` holds no character that {@link sanitiseText} would replace (the common
 * case, answered without allocating).
 *
 * @example
 * ```ts
 * isXmlSafe("Rally downtown"); // true
 * isXmlSafe("a\u0000b");      // false
 * ```
 */
export function isXmlSafe(value: string): boolean {
  // `search` ignores the global flag and lastIndex: no second, non-global copy of UNSAFE needed.
  return value.search(UNSAFE) < 0;
}

/**
 * Replaces every character that may not appear in an XML document (control characters other
 * than tab, newline and CR; DEL and C1 controls; U+FFFE/U+FFFF; lone surrogates) with U+FFFD
 * and counts them, so the caller can report a `text-sanitised` diagnostic. Well-formed
 * surrogate pairs (emoji) are kept.
 *
 * @example
 * ```ts
 * sanitiseText("a\u0000b"); // { text: "a\uFFFDb", replaced: 1 }
 * sanitiseText("ok 👍");    // { text: "ok 👍", replaced: 0 }
 * ```
 */
export function sanitiseText(value: string): SanitisedText {
  let replaced = 0;
  const text = value.replace(UNSAFE, () => {
    replaced++;
    return REPLACEMENT_CHARACTER;
  });
  return { text, replaced };
}

/**
 * Escapes text for an XML text node or a quoted attribute value: `& < > " '` become entities,
 * tab/newline/CR become character references, and characters XML cannot hold become U+FFFD
 * (see {@link sanitiseText}). The result is safe in both places, in XML and in HTML.
 *
 * @example
 * ```ts
 * escapeXml(`"><script>`); // "&quot;&gt;&lt;script&gt;"
 * ```
 */
export function escapeXml(value: string): string {
  // Most values are plain words or numbers: one cheap test, no allocation.
  if (!ANYTHING_TO_DO.test(value)) return value;
  return value.replace(UNSAFE, REPLACEMENT_CHARACTER).replace(SPECIAL, (c) => ENTITY[c] ?? `&#${c.charCodeAt(0)};`);
}
