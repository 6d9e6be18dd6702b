/**
 * A small strict XML parser for tests: it checks well-formedness (one root, matched tags,
 * quoted attributes without duplicates, only the five predefined entities and character
 * references, only characters XML allows) and returns the element tree with decoded text.
 * No package in node_modules parses XML, and a renderer's tests must not trust the renderer.
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Attribute names in document order. */
  readonly attrOrder: readonly string[];
  readonly children: readonly XmlElement[];
  /** All text directly inside this element, decoded, concatenated. */
  readonly text: string;
}

const NAME_START = /[A-Za-z_:]/;
const NAME_CHAR = /[A-Za-z0-9_:.-]/;
// Characters XML 1.0 forbids anywhere in a document.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export class XmlError extends Error {}

/** Parses a document; throws {@link XmlError} with the offset on the first problem. */
export function parseXml(source: string): XmlElement {
  const bad = FORBIDDEN.exec(source);
  if (bad) throw new XmlError(`forbidden character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  let pos = 0;

  const fail = (message: string): never => {
    throw new XmlError(`${message} at ${pos}: ${JSON.stringify(source.slice(pos, pos + 30))}`);
  };
  const skipSpace = () => {
    while (pos < source.length && " \t\r\n".includes(source[pos]!)) pos++;
  };
  const name = (): string => {
    const start = pos;
    if (!NAME_START.test(source[pos] ?? "")) fail("expected a name");
    pos++;
    while (pos < source.length && NAME_CHAR.test(source[pos]!)) pos++;
    return source.slice(start, pos);
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;&]*);|&/g, (all, ref: string | undefined) => {
      if (ref === undefined) fail("bare '&'");
      const r = ref!;
      if (r.startsWith("#x")) {
        if (!/^#x[0-9a-fA-F]+$/.test(r)) fail(`bad reference &${r};`);
        return checkChar(String.fromCodePoint(parseInt(r.slice(2), 16)));
      }
      if (r.startsWith("#")) {
        if (!/^#[0-9]+$/.test(r)) fail(`bad reference &${r};`);
        return checkChar(String.fromCodePoint(parseInt(r.slice(1), 10)));
      }
      const value = ENTITIES[r];
      if (value === undefined) fail(`unknown entity &${r};`);
      return value!;
    });
  const checkChar = (c: string): string => {
    if (FORBIDDEN.test(c)) fail("character reference to a forbidden character");
    return c;
  };
  const misc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith("<!--", pos)) {
        const end = source.indexOf("-->", pos + 4);
        if (end < 0) fail("unterminated comment");
        if (source.slice(pos + 4, end).includes("--")) fail("'--' inside a comment");
        pos = end + 3;
      } else if (source.startsWith("<?", pos)) {
        const end = source.indexOf("?>", pos);
        if (end < 0) fail("unterminated processing instruction");
        pos = end + 2;
      } else return;
    }
  };

  const element = (): XmlElement => {
    if (source[pos] !== "<") fail("expected '<'");
    pos++;
    const tag = name();
    const attrs: Record<string, string> = Object.create(null);
    const attrOrder: string[] = [];
    for (;;) {
      const before = pos;
      skipSpace();
      if (source.startsWith("/>", pos)) {
        pos += 2;
        return { name: tag, attrs, attrOrder, children: [], text: "" };
      }
      if (source[pos] === ">") {
        pos++;
        break;
      }
      if (pos === before) fail("expected space before an attribute");
      const attr = name();
      skipSpace();
      if (source[pos] !== "=") fail("expected '='");
      pos++;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail("attribute value must be quoted");
      const end = source.indexOf(quote!, pos + 1);
      if (end < 0) fail("unterminated attribute value");
      const raw = source.slice(pos + 1, end);
      if (raw.includes("<")) fail("'<' in an attribute value");
      if (Object.prototype.hasOwnProperty.call(attrs, attr)) fail(`duplicate attribute ${attr}`);
      // Attribute-value normalisation: literal whitespace becomes a space.
      attrs[attr] = decode(raw.replace(/[\t\n\r]/g, " "));
      attrOrder.push(attr);
      pos = end + 1;
    }
    const children: XmlElement[] = [];
    let text = "";
    for (;;) {
      if (pos >= source.length) fail(`unclosed <${tag}>`);
      if (source.startsWith("</", pos)) {
        pos += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        skipSpace();
        if (source[pos] !== ">") fail("expected '>'");
        pos++;
        return { name: tag, attrs, attrOrder, children, text };
      }
      if (source.startsWith("<!--", pos)) {
        const end = source.indexOf("-->", pos + 4);
        if (end < 0) fail("unterminated comment");
        pos = end + 3;
      } else if (source.startsWith("<![CDATA[", pos)) {
        const end = source.indexOf("]]>", pos + 9);
        if (end < 0) fail("unterminated CDATA");
        text += source.slice(pos + 9, end);
        pos = end + 3;
      } else if (source[pos] === "<") {
        children.push(element());
      } else {
        const next = source.indexOf("<", pos);
        const raw = source.slice(pos, next < 0 ? source.length : next);
        if (raw.includes("]]>")) fail("']]>' in text");
        text += decode(raw);
        pos += raw.length;
      }
    }
  };

  misc();
  if (source.startsWith("<!DOCTYPE", pos)) fail("DOCTYPE is not expected");
  const root = element();
  misc();
  if (pos !== source.length) fail("content after the root element");
  return root;
}

/** Every element of a tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    out.push(e);
    e.children.forEach(visit);
  };
  visit(root);
  return out;
}
