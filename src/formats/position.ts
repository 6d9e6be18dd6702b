/**
 * 1-based line and column of an offset in a text. CRLF and lone CR count as one line break, like
 * LF; columns count UTF-16 code units, as editors' "column" usually does for BMP text.
 *
 * @example
 * lineColumn("ab\ncd", 4); // → { line: 2, column: 2 }
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * A JSON path segment for a property name: `.name` when it is an identifier, `["odd name"]` otherwise.
 *
 * @example
 * pathKey("events"); // → ".events"
 * pathKey("start date"); // → '["start date"]'
 */
export function pathKey(name: string): string {
  let identifier = name.length > 0;
  for (let i = 0; i < name.length && identifier; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
    identifier = letter || (i > 0 && c >= 48 && c <= 57);
  }
  return identifier ? `.${name}` : `[${JSON.stringify(name)}]`;
}
