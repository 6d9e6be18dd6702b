import { describe, expect, it } from "vitest";
import { htmlToText, isKeepableLink } from "../../src/formats/html-text.js";

describe("htmlToText", () => {
  it.each([
    ["plain text stays as it is", "Ada Lovelace", "Ada Lovelace", false],
    ["tags are removed", "<b>Bold</b> and <i>italic</i>", "Bold and italic", true],
    ["paragraphs become blank lines", "<p>One</p><p>Two</p>", "One\n\nTwo", true],
    ["br becomes a line break", "One<br>Two<br/>Three", "One\nTwo\nThree", true],
    ["list items become lines", "<ul><li>a</li><li>b</li></ul>", "a\nb", true],
    ["HTML white space collapses", "<p>  a \n  b  </p>", "a b", true],
    ["named references are decoded", "AT&amp;T &lt;3 &quot;x&quot; &mdash; &eacute;", 'AT&T <3 "x" — é', true],
    ["numeric references are decoded", "&#65;&#x42;&#x1F600;", "AB😀", true],
    ["invalid numeric references become U+FFFD", "&#0;&#xD800;&#x110000;", "\ufffd\ufffd\ufffd", true],
    ["unknown references stay as written", "&bogus; & &amp", "&bogus; & &amp", false],
    ["a < that opens no tag stays", "a < b and c<3", "a < b and c<3", false],
    ["script and style contents are dropped", "a<script>alert('<p>x</p>')</script>b<style>p{}</style>c", "abc", true],
    ["comments are dropped", "a<!-- hidden <b> -->b", "ab", true],
    ["an unclosed comment drops the rest", "a<!-- never", "a", true],
    ["a tag that never closes is text", "a <b x", "a <b x", false],
    ["quoted > inside attributes does not end the tag", '<span title="a>b">x</span>', "x", true],
    ["nbsp becomes a space", "a&nbsp;b", "a b", true],
  ])("%s", (_name, html, text, changed) => {
    const result = htmlToText(html);
    expect(result.text).toBe(text);
    expect(result.changed).toBe(changed);
  });

  it("collects links with their text", () => {
    const result = htmlToText('<p>See <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada</a> and <a href=\'/x\' title="t">here</a>.</p>');
    expect(result.text).toBe("See Ada and here.");
    expect(result.links).toEqual([
      { url: "https://en.wikipedia.org/wiki/Ada_Lovelace", text: "Ada" },
      { url: "/x", text: "here" },
    ]);
  });

  it("decodes references inside href", () => {
    expect(htmlToText('<a href="https://x.example/?a=1&amp;b=2">x</a>').links[0]?.url).toBe("https://x.example/?a=1&b=2");
  });

  it("never returns markup for hostile input", () => {
    const result = htmlToText('<img src=x onerror=alert(1)><svg><script>alert(1)</script></svg><a href="javascript:alert(1)">click</a>');
    expect(result.text).toBe("click");
    expect(result.text).not.toMatch(/[<>]/);
  });

  it("stays linear on many unclosed tags and quotes", () => {
    const html = "<a x='".repeat(20_000) + "<b".repeat(20_000);
    expect(htmlToText(html).text.length).toBeGreaterThan(0);
  });
});

describe("isKeepableLink", () => {
  it.each([
    ["https://example.com/a", true],
    ["http://example.com", true],
    ["mailto:desk@example.com", true],
    ["/relative", false],
    ["#anchor", false],
    ["javascript:alert(1)", false],
    ["java\tscript:alert(1)", false],
    ["data:text/html,x", false],
  ])("%s → %s", (url, expected) => {
    expect(isKeepableLink(url)).toBe(expected);
  });
});

describe("htmlToText with many links", () => {
  it("collects 20 000 links in one text", () => {
    const html = '<p>x <a href="https://a.example/1">one</a></p>'.repeat(20_000);
    const result = htmlToText(html);
    expect(result.links).toHaveLength(20_000);
    expect(result.links[19_999]).toEqual({ url: "https://a.example/1", text: "one" });
  });
});
