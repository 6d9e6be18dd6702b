import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeXml, sanitiseText } from "../../src/render/escape.js";
import { parseXml } from "./xml.js";

describe("escapeXml", () => {
  it("escapeXml escapes the five XML specials", () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &#39; f");
  });

  it("escapeXml leaves plain text alone (same string)", () => {
    const plain = "Trump's inauguration address"; // has an apostrophe: escaped
    expect(escapeXml("Waukegan police vow")).toBe("Waukegan police vow");
    expect(escapeXml(plain)).toBe("Trump&#39;s inauguration address");
  });

  it("escapeXml writes tab, newline and CR as character references", () => {
    expect(escapeXml("a\tb\nc\rd")).toBe("a&#9;b&#10;c&#13;d");
  });

  it("escapeXml replaces control characters and lone surrogates with U+FFFD", () => {
    expect(escapeXml("a\u0000b\u0007c\u001bd\u007fe\u0085f")).toBe("a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf");
    expect(escapeXml("x\ud800y")).toBe("x\ufffdy");
    expect(escapeXml("x\udc00y")).toBe("x\ufffdy");
    expect(escapeXml("\uffff\ufffe")).toBe("\ufffd\ufffd");
  });

  it("escapeXml keeps emoji and other well-formed surrogate pairs", () => {
    expect(escapeXml("👍 𝄞 漢字")).toBe("👍 𝄞 漢字");
  });

  it("escapeXml does not double-escape entities that are already text", () => {
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("escapeXml output round-trips through an XML parser, in text and in attributes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const clean = sanitiseText(s).text;
        const doc = parseXml(`<r a="${escapeXml(s)}">${escapeXml(s)}</r>`);
        expect(doc.attrs.a).toBe(clean);
        expect(doc.text).toBe(clean);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe("sanitiseText", () => {
  it("sanitiseText counts the replaced characters", () => {
    expect(sanitiseText("a\u0000b\u0001")).toEqual({ text: "a\ufffdb\ufffd", replaced: 2 });
  });

  it("sanitiseText keeps tab, newline and carriage return", () => {
    expect(sanitiseText("a\tb\nc\rd")).toEqual({ text: "a\tb\nc\rd", replaced: 0 });
  });

  it("sanitiseText is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
        const once = sanitiseText(s).text;
        expect(sanitiseText(once)).toEqual({ text: once, replaced: 0 });
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
