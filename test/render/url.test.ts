import { describe, expect, it } from "vitest";
import { safeUrl } from "../../src/render/url.js";

describe("safeUrl", () => {
  it("safeUrl allows http, https and mailto URLs as written", () => {
    expect(safeUrl("https://example.com/a?b=1#c")).toBe("https://example.com/a?b=1#c");
    expect(safeUrl("HTTP://Example.com")).toBe("HTTP://Example.com");
    expect(safeUrl("mailto:desk@example.com")).toBe("mailto:desk@example.com");
  });

  it("safeUrl allows relative URLs", () => {
    expect(safeUrl("/about")).toBe("/about");
    expect(safeUrl("notes.html#x")).toBe("notes.html#x");
    expect(safeUrl("?q=1")).toBe("?q=1");
    expect(safeUrl("#top")).toBe("#top");
    expect(safeUrl("./a:b")).toBe("./a:b");
  });

  it("safeUrl allows protocol-relative URLs (they resolve to http or https)", () => {
    expect(safeUrl("//example.com/x")).toBe("//example.com/x");
  });

  it("safeUrl trims surrounding whitespace", () => {
    expect(safeUrl("  https://example.com \n")).toBe("https://example.com");
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\u0000script:alert(1)",
    "javascript:alert(1)//https://example.com",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "blob:https://example.com/uuid",
    "tel:+15555555555",
    "foo:bar",
    "",
    "   ",
    "https://exa\ud800mple.com",
    "http://[::1",
  ])("safeUrl refuses %j", (url) => {
    expect(safeUrl(url)).toBeNull();
  });

  it("safeUrl treats entity-looking text as a relative path (escapeXml later writes & as &amp;)", () => {
    expect(safeUrl("javascript&colon;alert(1)")).toBe("javascript&colon;alert(1)");
  });

  it("safeUrl refuses non-strings", () => {
    expect(safeUrl(42 as unknown as string)).toBeNull();
    expect(safeUrl(undefined as unknown as string)).toBeNull();
  });
});
