/**
 * HTML to plain text, for TimelineJS headlines and texts (which are HTML). One forward scan, no
 * DOM and no regular expressions over the input: tags are removed (block tags become line
 * breaks), `<script>`/`<style>` contents and comments are dropped, character references are
 * decoded, and `<a href>` links are collected so they can be kept as sources when their URL is
 * safe. Nothing is ever passed through as markup.
 */
import { safeUrl } from "../render/url.js";

/** A link found in the HTML: its URL as written and the text it was on. */
export interface HtmlLink {
  readonly url: string;
  readonly text: string;
}

/** The plain text of some HTML, its links, and whether anything was changed. */
export interface HtmlText {
  readonly text: string;
  readonly links: readonly HtmlLink[];
  /** True when tags were removed or references decoded. */
  readonly changed: boolean;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "\u2013", mdash: "\u2014",
  hellip: "\u2026", lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d", sbquo: "\u201a",
  bdquo: "\u201e", laquo: "\u00ab", raquo: "\u00bb", lsaquo: "\u2039", rsaquo: "\u203a", copy: "\u00a9",
  reg: "\u00ae", trade: "\u2122", deg: "\u00b0", middot: "\u00b7", bull: "\u2022", prime: "\u2032",
  times: "\u00d7", divide: "\u00f7", plusmn: "\u00b1", minus: "\u2212", frac12: "\u00bd", frac14: "\u00bc",
  frac34: "\u00be", sect: "\u00a7", para: "\u00b6", cent: "\u00a2", pound: "\u00a3", euro: "\u20ac",
  yen: "\u00a5", iexcl: "\u00a1", iquest: "\u00bf", shy: "\u00ad", ensp: "\u2002", emsp: "\u2003",
  thinsp: "\u2009", zwj: "\u200d", zwnj: "\u200c", aacute: "\u00e1", agrave: "\u00e0", acirc: "\u00e2",
  auml: "\u00e4", atilde: "\u00e3", aring: "\u00e5", aelig: "\u00e6", ccedil: "\u00e7", eacute: "\u00e9",
  egrave: "\u00e8", ecirc: "\u00ea", euml: "\u00eb", iacute: "\u00ed", igrave: "\u00ec", icirc: "\u00ee",
  iuml: "\u00ef", ntilde: "\u00f1", oacute: "\u00f3", ograve: "\u00f2", ocirc: "\u00f4", ouml: "\u00f6",
  otilde: "\u00f5", oslash: "\u00f8", uacute: "\u00fa", ugrave: "\u00f9", ucirc: "\u00fb", uuml: "\u00fc",
  yacute: "\u00fd", yuml: "\u00ff", szlig: "\u00df", Aacute: "\u00c1", Agrave: "\u00c0", Auml: "\u00c4",
  Ccedil: "\u00c7", Eacute: "\u00c9", Egrave: "\u00c8", Ntilde: "\u00d1", Oacute: "\u00d3", Ouml: "\u00d6",
  Uacute: "\u00da", Uuml: "\u00dc",
};

/** Tags whose end starts a new paragraph. */
const PARAGRAPH_TAGS = new Set([
  "p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section", "article",
  "header", "footer", "figure", "pre", "hr", "address", "aside", "main", "nav", "dl", "details", "summary",
]);
/** Tags that start a new line. */
const LINE_TAGS = new Set(["br", "li", "tr", "dt", "dd", "figcaption", "caption"]);
/** Tags whose content is not text a reader sees. */
const HIDDEN_TAGS = new Set(["script", "style", "template", "noscript", "iframe", "object", "svg", "math", "title", "head"]);

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** Builds the plain text: collapses HTML white space and merges line and paragraph breaks. */
class TextBuilder {
  out = "";
  /** While a link is open, its text too (kept apart so that no slice of `out` is ever needed). */
  capture: string | null = null;
  private pendingSpace = false;
  private pendingBreak = 0;

  private append(text: string): void {
    this.out += text;
    if (this.capture !== null) this.capture += text;
  }

  text(chunk: string, collapse: boolean): void {
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (collapse && isSpace(code)) {
        this.pendingSpace = true;
        continue;
      }
      if (this.out !== "") {
        if (this.pendingBreak > 0) this.append(this.pendingBreak > 1 ? "\n\n" : "\n");
        else if (this.pendingSpace) this.append(" ");
      }
      this.pendingBreak = 0;
      this.pendingSpace = false;
      // Append the run of ordinary characters in one go.
      let j = i + 1;
      while (j < chunk.length && !(collapse && isSpace(chunk.charCodeAt(j)))) j++;
      this.append(chunk.slice(i, j));
      i = j - 1;
    }
  }

  brk(level: number): void {
    if (level > this.pendingBreak) this.pendingBreak = level;
    this.pendingSpace = false;
  }
}

/** Reads a character reference at `i` (which is `&`); returns the text and the index after it. */
function readReference(html: string, i: number): { text: string; next: number } | null {
  const limit = Math.min(html.length, i + 34);
  let j = i + 1;
  if (html.charCodeAt(j) === 35 /* # */) {
    j++;
    const hex = html.charCodeAt(j) === 120 || html.charCodeAt(j) === 88;
    if (hex) j++;
    const digitsStart = j;
    while (j < limit) {
      const c = html.charCodeAt(j);
      const digit = (c >= 48 && c <= 57) || (hex && ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)));
      if (!digit) break;
      j++;
    }
    if (j === digitsStart || html.charCodeAt(j) !== 59 /* ; */) return null;
    const code = Number.parseInt(html.slice(digitsStart, j), hex ? 16 : 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return { text: valid ? String.fromCodePoint(code) : "\ufffd", next: j + 1 };
  }
  while (j < limit && (isLetter(html.charCodeAt(j)) || (j > i + 1 && html.charCodeAt(j) >= 48 && html.charCodeAt(j) <= 57))) j++;
  if (j === i + 1 || html.charCodeAt(j) !== 59) return null;
  const name = html.slice(i + 1, j);
  const value = Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : undefined;
  return value === undefined ? null : { text: value, next: j + 1 };
}

/**
 * Index of the `>` that ends the tag opened at `i`, skipping quoted attribute values (a quote
 * counts only right after `=`); -1 when there is no `>` at all. With `plain`, quotes are ignored.
 */
function tagEnd(html: string, i: number, plain = false): number {
  if (plain) return html.indexOf(">", i + 1);
  let quote = 0;
  let afterEquals = false;
  for (let j = i + 1; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    if ((c === 34 || c === 39) && afterEquals) quote = c;
    else if (c === 62 /* > */) return j;
    if (c === 61 /* = */) afterEquals = true;
    else if (!isSpace(c)) afterEquals = false;
  }
  return -1;
}

/** The value of attribute `name` inside a tag's text (`a href="x" title=y`), decoded. */
function attribute(tag: string, name: string): string | undefined {
  let i = 0;
  // Skip the tag name.
  while (i < tag.length && !isSpace(tag.charCodeAt(i)) && tag[i] !== "/") i++;
  while (i < tag.length) {
    while (i < tag.length && (isSpace(tag.charCodeAt(i)) || tag[i] === "/")) i++;
    const nameStart = i;
    while (i < tag.length && !isSpace(tag.charCodeAt(i)) && tag[i] !== "=" && tag[i] !== "/") i++;
    const attr = tag.slice(nameStart, i).toLowerCase();
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    let value = "";
    if (tag[i] === "=") {
      i++;
      while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
      const q = tag[i];
      if (q === '"' || q === "'") {
        const close = tag.indexOf(q, i + 1);
        const end = close < 0 ? tag.length : close;
        value = tag.slice(i + 1, end);
        i = end + 1;
      } else {
        const start = i;
        while (i < tag.length && !isSpace(tag.charCodeAt(i))) i++;
        value = tag.slice(start, i);
      }
    }
    if (attr === name) return htmlToText(value).text;
    if (i === nameStart) i++;
  }
  return undefined;
}

/** Finds the end of a hidden element's content: the index of `</name` (any case), or the end. */
function closingTag(html: string, from: number, name: string): number {
  let i = html.indexOf("</", from);
  while (i >= 0) {
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name) return i;
    i = html.indexOf("</", i + 2);
  }
  return html.length;
}

/**
 * Turns HTML into plain text.
 *
 * @example
 * htmlToText('<p>Ada <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Lovelace</a> &amp; Babbage</p>');
 * // → { text: "Ada Lovelace & Babbage", changed: true,
 * //     links: [{ url: "https://en.wikipedia.org/wiki/Ada_Lovelace", text: "Lovelace" }] }
 */
export function htmlToText(html: string): HtmlText {
  if (html.indexOf("<") < 0 && html.indexOf("&") < 0) return { text: html.trim(), links: [], changed: false };
  const b = new TextBuilder();
  const links: HtmlLink[] = [];
  let changed = false;
  let openLink: string | null = null;
  // Once a `<` has no `>` after it, no later `<` can have one either: they are all plain text.
  let noTagEnd = false;
  // After a quoted attribute value that never closes, quotes are ignored (keeps the scan linear).
  let plainTags = false;
  let textStart = 0;
  let i = 0;
  const flush = (to: number) => {
    if (to > textStart) b.text(html.slice(textStart, to), true);
  };
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 38 /* & */) {
      const ref = readReference(html, i);
      if (ref) {
        flush(i);
        b.text(ref.text === "\u00a0" ? " " : ref.text, false);
        changed = true;
        i = ref.next;
        textStart = i;
        continue;
      }
      i++;
      continue;
    }
    if (c !== 60 /* < */ || noTagEnd) {
      i++;
      continue;
    }
    const next = html.charCodeAt(i + 1);
    const closing = next === 47; /* / */
    const nameAt = closing ? i + 2 : i + 1;
    const isTag = isLetter(html.charCodeAt(nameAt)) || next === 33 /* ! */ || next === 63; /* ? */
    if (!isTag) {
      i++;
      continue;
    }
    flush(i);
    if (html.startsWith("<!--", i)) {
      changed = true;
      const end = html.indexOf("-->", i + 4);
      i = end < 0 ? html.length : end + 3;
      textStart = i;
      continue;
    }
    let end = tagEnd(html, i, plainTags);
    if (end < 0 && !plainTags) {
      plainTags = true;
      end = tagEnd(html, i, true);
    }
    if (end < 0) {
      noTagEnd = true;
      textStart = i;
      i++;
      continue;
    }
    changed = true;
    let nameEnd = nameAt;
    while (nameEnd < end && (isLetter(html.charCodeAt(nameEnd)) || (html.charCodeAt(nameEnd) >= 48 && html.charCodeAt(nameEnd) <= 57))) nameEnd++;
    const name = html.slice(nameAt, nameEnd).toLowerCase();
    i = end + 1;
    if (!closing && HIDDEN_TAGS.has(name)) {
      const close = closingTag(html, i, name);
      const after = close < html.length ? tagEnd(html, close, true) : -1;
      i = after < 0 ? html.length : after + 1;
    } else if (PARAGRAPH_TAGS.has(name)) {
      b.brk(2);
    } else if (LINE_TAGS.has(name)) {
      b.brk(1);
    } else if (name === "a") {
      if (closing && openLink !== null) {
        links.push({ url: openLink, text: (b.capture ?? "").trim() });
        openLink = null;
        b.capture = null;
      } else if (!closing) {
        if (openLink !== null) links.push({ url: openLink, text: (b.capture ?? "").trim() });
        const href = attribute(html.slice(nameAt, end), "href");
        openLink = href !== undefined && href.trim() !== "" ? href.trim() : null;
        b.capture = openLink === null ? null : "";
      }
    }
    textStart = i;
  }
  flush(html.length);
  if (openLink !== null) links.push({ url: openLink, text: (b.capture ?? "").trim() });
  return { text: b.out.trim(), links, changed };
}

/**
 * True for a link worth keeping as a source: absolute `http(s)` or `mailto`, and allowed by the
 * one URL allow-list (relative links mean nothing outside the page they were written for).
 *
 * @example
 * isKeepableLink("https://example.com/a"); // → true
 * isKeepableLink("javascript:alert(1)");   // → false
 */
export function isKeepableLink(url: string): boolean {
  const safe = safeUrl(url);
  if (safe === null) return false;
  const lower = safe.slice(0, 8).toLowerCase();
  return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
}
