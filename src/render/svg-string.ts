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
const TAGS: ReadonlySet<string> = new Set(SCENE_TAGS);
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
  return element(node, "");
}

// Appends to one growing string (V8 ropes: cheap appends, one flattening at the end), passed
// down and back so no per-element pieces are built and thrown away.
function element(node: SceneNode, out: string): string {
  const tag = node.tag;
  checkTag(tag);
  out += "<" + tag;
  const attrs = node.attrs;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined) continue;
    const open = checkAttributeName(name);
    if (typeof value === "number") out += open + formatNumber(value) + '"';
    else {
      if (GEOMETRY.test(name) && NON_FINITE.test(value)) internalError(`attribute ${name}="${value.slice(0, 40)}" is not finite`);
      out += open + escapeXml(value) + '"';
    }
  }
  const text = node.text;
  const children = node.children;
  if ((text === undefined || text === "") && children.length === 0) return out + "/>";
  out += ">";
  if (text !== undefined) out += escapeXml(text);
  for (let i = 0; i < children.length; i++) out = element(children[i]!, out);
  return out + "</" + tag + ">";
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
