import { escapeXml } from "./escape.js";
import { formatNumber, internalError } from "./number.js";
import type { SceneAttrValue, SceneNode } from "./scene-types.js";
import { SCENE_TAGS } from "./scene-types.js";

/**
 * Serialises a Scene to SVG markup. One handler per kind of content (element, attributes,
 * text); escaping happens only in {@link escapeXml}, numbers only in {@link formatNumber}.
 *
 * Tag and attribute names are written as-is, so they must come from code: a name that is not
 * a scene tag, does not match `/^[a-z][a-zA-Z0-9:-]*$/`, or is an event handler (`on…`) throws.
 */

// A plain name, and not an event handler (`on…` in any case).
const NAME = /^(?!o[nN])[a-z][a-zA-Z0-9:-]*$/;
// Each tag's start and end markup, made once rather than per element.
const TAGS: ReadonlyMap<string, readonly [string, string]> = new Map(SCENE_TAGS.map((tag) => [tag, ["<" + tag, "</" + tag + ">"]]));
// Attributes whose string values are geometry: a "NaN" there is a bug, never data.
const GEOMETRY = /^(?:d|points|transform|viewBox|[xy][12]?|c[xy]|r[xy]?|d[xy]|width|height|ref[XY]|marker(?:Width|Height))$/;
const NON_FINITE = /NaN|Infinity/;
const checkedNames = new Map<string, string>();

/**
 * Writes a scene tree as SVG/XML markup (no XML declaration, so the result can be inlined in
 * HTML as well as saved as a `.svg` file).
 *
 * @throws {@link ChronolineError} (`invalid-input`) when a tag or attribute name is not allowed
 *   or a geometry value is NaN/Infinity — both are bugs upstream, not bad data.
 * @example
 * ```ts
 * serialiseScene(el("text", { x: 1.005, y: 2 }, [], "a < b")); // '<text x="1" y="2">a &lt; b</text>'
 * ```
 */
export function serialiseScene(node: SceneNode): string {
  const markup: Markup = { out: "", pieces: new Array<string>(CHUNK_PIECES), count: 0 };
  element(node, markup);
  markup.pieces.length = markup.count;
  flush(markup);
  return markup.out;
}

// Pieces are joined into a flat chunk every CHUNK_PIECES, so only the latest few thousand are
// alive at any time. Holding every piece until the end (one growing rope, or one array joined
// once) kept ~14 MB alive at 10k events, and each young-generation collection during
// serialisation had to copy it all. The pieces array is reused (no regrowing per chunk).
const CHUNK_PIECES = 4096;

interface Markup {
  /** The chunks so far, appended (a rope of a few dozen flat strings: no copy). */
  out: string;
  readonly pieces: string[];
  count: number;
}

function write(markup: Markup, piece: string): void {
  markup.pieces[markup.count++] = piece;
  if (markup.count === CHUNK_PIECES) flush(markup);
}

function flush(markup: Markup): void {
  markup.out += markup.pieces.join("");
  markup.count = 0;
}

function element(node: SceneNode, markup: Markup): void {
  const tag = node.tag;
  checkTag(tag);
  const [start, end] = TAGS.get(tag)!;
  write(markup, start);
  const attrs = node.attrs;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined) continue;
    write(markup, checkAttributeName(name));
    if (typeof value === "number") write(markup, formatNumber(value));
    else {
      if (GEOMETRY.test(name) && NON_FINITE.test(value)) internalError(`attribute ${name}="${value.slice(0, 40)}" is not finite`);
      write(markup, escapeXml(value));
    }
    write(markup, '"');
  }
  const text = node.text;
  const children = node.children;
  if ((text === undefined || text === "") && children.length === 0) return write(markup, "/>");
  write(markup, ">");
  if (text !== undefined) write(markup, escapeXml(text));
  for (let i = 0; i < children.length; i++) element(children[i]!, markup);
  write(markup, end);
}

/**
 * Throws `invalid-input` unless `tag` is one of {@link SCENE_TAGS} (for every renderer that
 * writes scene nodes out).
 *
 * @example
 * ```ts
 * checkTag("rect");   // fine
 * checkTag("script"); // throws
 * ```
 */
export function checkTag(tag: string): void {
  if (!TAGS.has(tag)) internalError(`tag '${String(tag).slice(0, 40)}' is not a scene tag`);
}

/**
 * Checks an attribute name (once per name): a plain name (`/^[a-z][a-zA-Z0-9:-]*$/`) and never an
 * event handler (`on…`); else throws `invalid-input`. Returns its opening in markup, ` name="`.
 *
 * @example
 * ```ts
 * checkAttributeName("x1");      // ' x1="'
 * checkAttributeName("onclick"); // throws
 * ```
 */
export function checkAttributeName(name: string): string {
  let open = checkedNames.get(name);
  if (open === undefined) {
    if (!NAME.test(name)) internalError(`attribute name '${name.slice(0, 40)}' is not allowed`);
    checkedNames.set(name, (open = ` ${name}="`));
  }
  return open;
}
