/**
 * The one URL allow-list of chronoline. The model checks source and media URLs with it when the
 * timeline is built, and every renderer checks again before writing an `href`, so a URL that
 * reaches the page has passed the same test twice.
 */

/** Schemes a link may use. Everything else (javascript:, data:, vbscript:, file:, blob:, …) is refused. */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(["http:", "https:", "mailto:"]);

// A base that can never be a real host (".invalid" is reserved by RFC 2606): a URL that still
// points at it after parsing was relative.
const BASE = "https://base.invalid/";

// Leading/trailing whitespace is harmless (the URL parser trims it), but any control character,
// DEL or lone surrogate left inside is refused outright: `java\tscript:` is a trick, not a typo.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const EDGE_SPACE = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
// An explicit scheme per RFC 3986 at the very start of the text.
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/**
 * Checks a URL against the allow-list: `http:`, `https:`, `mailto:` and relative URLs
 * (`/about`, `notes.html#x`, `?q=1`). Returns the URL to use (trimmed of surrounding whitespace,
 * otherwise exactly as written) or `null` when it is not allowed.
 *
 * Refused: other schemes (`javascript:`, `data:`, `vbscript:`, `file:`, unknown ones), control
 * characters anywhere inside (`java\tscript:`), lone surrogates, the empty string, and text the
 * WHATWG URL parser (the one browsers use) rejects. The scheme is decided by that parser, so
 * case and whitespace tricks (` JavaScript:`) are judged as a browser would judge them.
 *
 * Protocol-relative URLs (`//example.com/x`) are allowed: a browser resolves them to http or
 * https on another host, which is no more dangerous than writing `https://example.com/x`.
 *
 * @example
 * ```ts
 * safeUrl("https://example.com/a?b=1"); // "https://example.com/a?b=1"
 * safeUrl("  /notes.html ");            // "/notes.html"
 * safeUrl("javascript:alert(1)");       // null
 * safeUrl("java\tscript:alert(1)");     // null
 * ```
 */
export function safeUrl(url: string): string | null {
  if (typeof url !== "string") return null;
  const trimmed = url.replace(EDGE_SPACE, "");
  if (trimmed === "" || CONTROL.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, BASE);
  } catch {
    return null;
  }
  // Text with its own scheme must name an allowed one, and parse to one; text without one is
  // relative and resolved against BASE (or protocol-relative, which kept http(s)).
  const scheme = SCHEME.exec(trimmed)?.[0].toLowerCase() ?? parsed.protocol;
  return ALLOWED_PROTOCOLS.has(parsed.protocol) && ALLOWED_PROTOCOLS.has(scheme) ? trimmed : null;
}
