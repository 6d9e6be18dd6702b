/**
 * Writes a Scene into live SVG elements with keyed d3-selection joins (enter / update / exit), so a
 * re-render touches only what changed. The same function takes over markup that `toSVGString`
 * produced (hydration): existing elements are matched by the same keys and only their differing
 * attributes are rewritten.
 */

import { select } from "d3-selection";
import { formatNumber } from "./number.js";
import type { SceneAttrValue, SceneNode } from "./scene-types.js";
import { checkAttributeName, checkTag } from "./svg-string.js";
import { safeUrl } from "./url.js";

/** The SVG namespace. */
export const SVG_NS = "http://www.w3.org/2000/svg";

/** What one join pass reports back. */
export interface JoinResult {
  /** Elements created by this pass (the roots of new subtrees only). */
  readonly entered: Element[];
  /** Number of elements created, updated or kept. */
  readonly elements: number;
}

/**
 * The key that pairs a scene node with an existing element: its tag plus `data-key` or `data-id`
 * when the scene gives one, else its tag and position among its siblings. The tag is part of the
 * key so that a positional match never turns a `rect` into a `circle`.
 *
 * @example
 * ```ts
 * sceneKey(el("g", { "data-id": "trust-act" }), 3); // "g#trust-act"
 * sceneKey(el("line", {}), 3);                     // "line:3"
 * ```
 */
export function sceneKey(node: SceneNode, index: number): string {
  return key(node.tag, node.attrs["data-key"] ?? node.attrs["data-id"], index);
}

/** The same key for an element drawn earlier (or by the server). */
const elementKey = (element: Element, index: number): string =>
  key(element.tagName, element.getAttribute("data-key") ?? element.getAttribute("data-id"), index);

const key = (tag: string, id: SceneAttrValue | null, index: number): string => (id == null ? `${tag}:${index}` : `${tag}#${id}`);

/**
 * Keeps the scene node each element was last written from, so the next pass can diff against it
 * (d3 overwrites `__data__` before the update callback runs).
 */
export interface SceneRenderer {
  /**
   * Makes `root`'s attributes and descendants match `scene` (whose tag must equal the root's).
   * Hydrates when `root` came from server markup.
   */
  render(root: Element, scene: SceneNode): JoinResult;
}

/**
 * Creates a renderer with its own memory of what it drew (one per mounted timeline).
 *
 * @example
 * ```ts
 * const renderer = createSceneRenderer();
 * renderer.render(svgElement, scene(layout, timeline, options));
 * ```
 */
export function createSceneRenderer(): SceneRenderer {
  const drawn = new WeakMap<Element, SceneNode>();
  let entered: Element[] = [];
  let count = 0;

  function build(parent: Element, node: SceneNode): Element {
    checkTag(node.tag);
    const element = parent.ownerDocument.createElementNS(SVG_NS, node.tag);
    // A new element has nothing to compare with or remove: set what the scene gives, no DOM reads.
    for (const name in node.attrs) {
      const text = attributeText(name, node.attrs[name]);
      if (text === null) continue;
      checkAttributeName(name);
      element.setAttribute(name, text);
    }
    drawn.set(element, node);
    count++;
    if (node.text) element.appendChild(parent.ownerDocument.createTextNode(node.text));
    for (const child of node.children) element.appendChild(build(element, child));
    return element;
  }

  function update(element: Element, node: SceneNode): void {
    const previous = drawn.get(element);
    writeAttributes(element, node.attrs, previous?.attrs);
    drawn.set(element, node);
    count++;
    writeContent(element, node, previous);
  }

  function writeContent(element: Element, node: SceneNode, previous: SceneNode | undefined): void {
    const text = node.text ?? "";
    if (node.children.length === 0) {
      // A leaf: its text is its whole content. Compare with the DOM, not the previous node, so
      // hydration also fixes text that differs from the server's.
      if (element.firstElementChild !== null || element.textContent !== text) element.textContent = text;
      return;
    }
    // Text before child elements lives in a leading text node that the join never selects.
    const first = element.firstChild;
    if (text !== "") {
      if (first?.nodeType === 3) {
        if (first.nodeValue !== text) first.nodeValue = text;
      } else element.insertBefore(element.ownerDocument.createTextNode(text), first);
    } else if (first?.nodeType === 3 && previous?.text !== undefined) first.remove();
    join(element, node.children);
  }

  function join(parent: Element, children: readonly SceneNode[]): void {
    select(parent)
      .selectChildren<Element, SceneNode | undefined>()
      .data(children, function (this: Element | SceneNode[] | Element[], d, i) {
        // Called with `this` = an existing element (d = its old datum or undefined after
        // hydration), then with `this` = the parent for each new datum.
        return d !== undefined ? sceneKey(d, i) : elementKey(this as Element, i);
      })
      .join(
        (enter) =>
          enter.append((d) => {
            // A new subtree is built whole, detached, without diffing or joins.
            const element = build(parent, d);
            entered.push(element);
            return element;
          }),
        (kept) =>
          kept.each(function (d) {
            update(this, d);
          }),
      );
  }

  return {
    render(root: Element, scene: SceneNode): JoinResult {
      entered = [];
      count = 0;
      update(root, scene);
      return { entered, elements: count };
    },
  };
}

function attributeText(name: string, value: SceneAttrValue): string | null {
  if (value === undefined) return null;
  if (typeof value === "number") return formatNumber(value);
  // Links are checked again at the last moment, as every renderer does.
  return name === "href" || name === "xlink:href" ? safeUrl(value) : value;
}

function writeAttributes(
  element: Element,
  attrs: Readonly<Record<string, SceneAttrValue>>,
  previous: Readonly<Record<string, SceneAttrValue>> | undefined,
): void {
  for (const name in attrs) {
    const text = attributeText(name, attrs[name]);
    if (previous !== undefined && attributeText(name, previous[name]) === text) continue;
    // Names come from the scene code; refuse event handlers and odd names as the serialiser does.
    checkAttributeName(name);
    if (text === null) element.removeAttribute(name);
    else if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
  if (previous !== undefined) {
    for (const name in previous) if (!(name in attrs)) element.removeAttribute(name);
  } else {
    // Hydration: the element came from markup; drop what the scene no longer has (never our
    // own interaction attributes, which are re-applied after every pass anyway).
    for (const { name } of Array.from(element.attributes)) {
      if (!(name in attrs) && name !== "xmlns" && !name.startsWith("xmlns:")) element.removeAttribute(name);
    }
  }
}
