/**
 * Finds where a JSON text stops being valid, for an error message with a line and column.
 * `JSON.parse` does the actual parsing (fast and safe); this scanner runs only after it fails,
 * because the platform's messages do not always say where (V8: "Unexpected token '}', … is not
 * valid JSON"). One forward pass, an explicit stack (no recursion limit), no regular expressions.
 */

/** The first syntax error of a JSON text: its offset (0-based) and what was expected there. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly message: string;
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function describeAt(text: string, i: number): string {
  if (i >= text.length) return "the end of the text";
  const ch = String.fromCodePoint(text.codePointAt(i) ?? 0xfffd);
  return ch.charCodeAt(0) < 32 ? `a control character (U+${ch.charCodeAt(0).toString(16).padStart(4, "0")})` : `'${ch}'`;
}

/**
 * The first syntax error in `text`, or null when it is valid JSON.
 *
 * @example
 * findJsonError('{"a": 1,}'); // → { offset: 8, message: "expected a property name in double quotes, found '}'" }
 */
export function findJsonError(text: string): JsonSyntaxError | null {
  const n = text.length;
  let i = 0;
  // Containers still open: 123 = object, 91 = array.
  const stack: number[] = [];
  const fail = (message: string): JsonSyntaxError => ({ offset: i, message: `${message}, found ${describeAt(text, i)}` });
  const skipWs = () => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };
  const readString = (): JsonSyntaxError | null => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 32) return fail("expected the string to be closed (a line break inside a string must be written \\n)");
      if (c === 92) {
        const e = text.charCodeAt(i + 1);
        if (e === 117 /* u */) {
          for (let k = 2; k < 6; k++) {
            const h = text.charCodeAt(i + k);
            const hex = (h >= 48 && h <= 57) || (h >= 97 && h <= 102) || (h >= 65 && h <= 70);
            if (!hex) {
              i += k;
              return fail("expected four hex digits after \\u");
            }
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i + 1] ?? "x")) {
          i++;
          return fail("expected an escape such as \\n or \\\" after the backslash");
        }
        i += 2;
        continue;
      }
      i++;
    }
    return fail("expected a closing quote");
  };
  const readNumber = (): JsonSyntaxError | null => {
    if (text.charCodeAt(i) === 45) i++;
    const digit = () => i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
    if (!digit()) return fail("expected a digit");
    if (text.charCodeAt(i) === 48) i++;
    else while (digit()) i++;
    if (text.charCodeAt(i) === 46) {
      i++;
      if (!digit()) return fail("expected a digit after the decimal point");
      while (digit()) i++;
    }
    if (text.charCodeAt(i) === 101 || text.charCodeAt(i) === 69) {
      i++;
      if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45) i++;
      if (!digit()) return fail("expected a digit in the exponent");
      while (digit()) i++;
    }
    return null;
  };
  // Reads one scalar or opens a container; returns an error, or null.
  const readValue = (): JsonSyntaxError | null => {
    skipWs();
    const c = text.charCodeAt(i);
    if (c === 34) return readString();
    if (c === 123 || c === 91) {
      stack.push(c);
      i++;
      return null;
    }
    if (c === 45 || (c >= 48 && c <= 57)) return readNumber();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    return fail("expected a value (text in double quotes, a number, true, false, null, { or [)");
  };

  let error = readValue();
  if (error) return error;
  // After a value or an opening bracket: what may follow depends on the innermost container.
  let justOpened = stack.length > 0;
  for (;;) {
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    skipWs();
    const c = text.charCodeAt(i);
    const close = top === 123 ? 125 : 93;
    if (c === close) {
      stack.pop();
      i++;
      justOpened = false;
      continue;
    }
    if (!justOpened) {
      if (c !== 44 /* , */) return fail(top === 123 ? "expected ',' or '}' after a property value" : "expected ',' or ']' after an element");
      i++;
      skipWs();
    }
    if (top === 123) {
      if (text.charCodeAt(i) !== 34) return fail("expected a property name in double quotes");
      error = readString();
      if (error) return error;
      skipWs();
      if (text.charCodeAt(i) !== 58) return fail("expected ':' after the property name");
      i++;
    }
    const depth = stack.length;
    error = readValue();
    if (error) return error;
    justOpened = stack.length > depth;
  }
  skipWs();
  if (i < n) return fail("expected the end of the text after the value");
  return null;
}
