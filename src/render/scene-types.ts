/**
 * The Scene: the drawing as a tree of plain SVG elements. The scene stage decides everything
 * that is drawn; the string serialiser and the DOM renderer only write this tree out, so both
 * outputs draw the same picture.
 */

/** Every element the scene may contain. Anything else is refused by the serialisers. */
export const SCENE_TAGS = Object.freeze([
  "svg",
  "style",
  "title",
  "desc",
  "defs",
  "marker",
  "clipPath",
  "linearGradient",
  "stop",
  "g",
  "rect",
  "circle",
  "line",
  "path",
  "text",
  "tspan",
  "a",
] as const);

/** A tag name from {@link SCENE_TAGS}. */
export type SceneTag = (typeof SCENE_TAGS)[number];

/**
 * An attribute value. Numbers are coordinates (written at fixed precision, never NaN);
 * `undefined` means "leave the attribute out", so optional attributes read naturally.
 */
export type SceneAttrValue = string | number | undefined;

/** One element. Attribute order is the insertion order of `attrs` (deterministic: set by code). */
export interface SceneNode {
  readonly tag: SceneTag;
  readonly attrs: Readonly<Record<string, SceneAttrValue>>;
  readonly children: readonly SceneNode[];
  /** Text content, written before the children (for `text`, `tspan`, `title`, `desc`, `style`). */
  readonly text?: string;
}

const NO_CHILDREN: readonly SceneNode[] = Object.freeze([]);
const NO_ATTRS: Readonly<Record<string, SceneAttrValue>> = Object.freeze({});

/**
 * Makes a scene node; children and text are optional.
 *
 * @example
 * ```ts
 * el("g", { class: "chronoline-axis" }, [el("line", { x1: 0, x2: 100, y1: 0, y2: 0 })]);
 * el("text", { x: 4, y: 12 }, [], "2025");
 * ```
 */
export function el(
  tag: SceneTag,
  attrs: Readonly<Record<string, SceneAttrValue>> = NO_ATTRS,
  children: readonly SceneNode[] = NO_CHILDREN,
  text?: string,
): SceneNode {
  return text === undefined ? { tag, attrs, children } : { tag, attrs, children, text };
}
