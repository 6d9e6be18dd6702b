import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validColor } from "../../src/render/color.js";
import { DARK_THEME, LIGHT_THEME, OKABE_ITO, themeCss } from "../../src/render/theme.js";

describe("validColor", () => {
  it.each([
    ["#0072B2", "#0072b2"],
    [" #abc ", "#abc"],
    ["#abcd", "#abcd"],
    ["#aabbccdd", "#aabbccdd"],
    ["rgb(0, 114, 178)", "rgb(0, 114, 178)"],
    ["rgba(0,114,178,0.5)", "rgba(0,114,178,0.5)"],
    ["rgb(0 114 178 / 50%)", "rgb(0 114 178 / 50%)"],
    ["hsl(200, 100%, 35%)", "hsl(200, 100%, 35%)"],
    ["hsl(200deg 100% 35% / .5)", "hsl(200deg 100% 35% / .5)"],
    ["RebeccaPurple", "rebeccapurple"],
  ])("validColor accepts %j", (input, expected) => {
    expect(validColor(input)).toBe(expected);
  });

  it.each([
    "red;}</style><script>alert(1)</script>",
    "red; background: url(https://evil)",
    "url(#x)",
    "#12",
    "#gggggg",
    "rgb(0,0)",
    "rgb(0,0,0);x:y",
    "expression(alert(1))",
    "var(--x)",
    "notacolour",
    "",
    "red /* */",
    "hsl(1,2,3)",
  ])("validColor refuses %j", (input) => {
    expect(validColor(input)).toBeNull();
  });

  it("validColor's written-out pattern is the colour grammar composed from its parts (property)", () => {
    // The grammar in readable form; src/render/color.ts writes the same pattern out in full
    // because that compresses better. Any edit there must keep agreeing with this.
    const num = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)";
    const numOrPct = `${num}%?`;
    const alpha = `(?:${numOrPct})`;
    const hue = `${num}(?:deg)?`;
    const rgb = `rgba?\\(\\s*(?:${numOrPct}\\s*,\\s*${numOrPct}\\s*,\\s*${numOrPct}(?:\\s*,\\s*${alpha})?|${numOrPct}\\s+${numOrPct}\\s+${numOrPct}(?:\\s*/\\s*${alpha})?)\\s*\\)`;
    const hsl = `hsla?\\(\\s*(?:${hue}\\s*,\\s*${num}%\\s*,\\s*${num}%(?:\\s*,\\s*${alpha})?|${hue}\\s+${numOrPct}\\s+${numOrPct}(?:\\s*/\\s*${alpha})?)\\s*\\)`;
    const grammar = new RegExp(`^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|${rgb}|${hsl})$`);
    // Near-colours: a function with 1–5 arguments (numbers, units, separators varied) or a hex.
    const arg = fc
      .tuple(fc.constantFrom("0", "12", "255", ".5", "5.", "-1", "+3", "1e3", "", "a", "."), fc.constantFrom("", "", "%", "deg", "x"))
      .map(([n, unit]) => n + unit);
    const sep = fc.constantFrom(",", ", ", " ", "  ", " / ", "/", ",,", "");
    const call = fc
      .tuple(fc.constantFrom("rgb", "rgba", "hsl", "hsla", "rgb ", "hsv"), fc.array(fc.tuple(arg, sep), { minLength: 1, maxLength: 5 }), fc.constantFrom(")", " )", "", ");"))
      .map(([fn, args, end]) => `${fn}(${args.map(([a, s]) => a + s).join("").replace(/[ ,/]+$/, "")}${end}`);
    const hex = fc.string({ unit: fc.constantFrom(..."0123456789abcdefgABC"), maxLength: 9 }).map((h) => `#${h}`);
    fc.assert(
      fc.property(fc.oneof(call, hex), fc.constantFrom("", " "), (colour, pad) => {
        const text = pad + colour + pad;
        const expected = text.length <= 64 && grammar.test(text.trim().toLowerCase()) ? text.trim() : null;
        expect(validColor(text)).toBe(expected?.toLowerCase() ?? null);
      }),
      { seed: 7, numRuns: 20_000 },
    );
  });

  it("validColor refuses non-strings", () => {
    expect(validColor(0x0072b2)).toBeNull();
    expect(validColor(null)).toBeNull();
  });
});

describe("themeCss", () => {
  it("themeCss for 'auto' sets light variables and a prefers-color-scheme dark block", () => {
    const css = themeCss("tl", { laneColors: [null] });
    expect(css).toContain(`:where(#tl){`);
    expect(css).toContain(`--chronoline-default-bg:${LIGHT_THEME.bg}`);
    expect(css).toContain(`@media (prefers-color-scheme:dark){:where(#tl){--chronoline-default-bg:${DARK_THEME.bg}`);
  });

  it("themeCss for 'dark' sets only dark variables", () => {
    const css = themeCss("tl", { theme: "dark", laneColors: [] });
    expect(css).toContain(`--chronoline-default-bg:${DARK_THEME.bg}`);
    expect(css).not.toContain("prefers-color-scheme");
    expect(css).not.toContain(`--chronoline-default-bg:${LIGHT_THEME.bg}`);
  });

  it("themeCss maps lanes onto palette slots and lane colours", () => {
    const laneColors = Array.from({ length: 10 }, (_, i) => (i === 2 ? "#ff8800" : null));
    const css = themeCss("tl", { laneColors });
    expect(css).toContain("#tl .chronoline-group-0{--chronoline-color:var(--chronoline-group-0,var(--chronoline-default-group-0))}");
    expect(css).toContain("#tl .chronoline-group-2{--chronoline-color:#ff8800}");
    expect(css).toContain(`#tl .chronoline-group-9{--chronoline-color:var(--chronoline-group-${9 % OKABE_ITO.length},var(--chronoline-default-group-${9 % OKABE_ITO.length}))}`);
  });

  it("themeCss scopes every selector of a selector list to the root", () => {
    const css = themeCss("tl", { laneColors: [] });
    for (const line of css.split("\n")) {
      if (line.startsWith("@media") || line.startsWith(":where")) continue;
      const selectors = line.slice(0, line.indexOf("{")).split(",");
      for (const s of selectors) expect(s.startsWith("#tl")).toBe(true);
    }
  });

  it("themeCss uses a custom palette in both themes", () => {
    const css = themeCss("tl", { palette: ["#111111", "#222222"], laneColors: [null, null, null] });
    expect(css).toContain("--chronoline-default-group-1:#222222");
    expect(css).not.toContain("--chronoline-default-group-2:");
    expect(css).toContain("#tl .chronoline-group-2{--chronoline-color:var(--chronoline-group-0,var(--chronoline-default-group-0))}");
  });

  it("themeCss never sets a public --chronoline-* property on the drawing, so a page's own values are inherited", () => {
    const css = themeCss("tl", { theme: "auto", laneColors: [null, null] });
    const declared = [...css.matchAll(/(--chronoline-[a-z0-9-]+):/g)].map((m) => m[1]!);
    expect(declared.length).toBeGreaterThan(10);
    for (const name of declared) expect(name === "--chronoline-color" || name.startsWith("--chronoline-default-")).toBe(true);
    expect(css).toContain("fill:var(--chronoline-bg,var(--chronoline-default-bg))");
  });

  it("themeCss refuses an unsafe root id", () => {
    expect(() => themeCss("a}b", { laneColors: [] })).toThrow();
  });

  it("themeCss contains nothing that could close the style element", () => {
    const css = themeCss("tl", { laneColors: [null] });
    expect(css).not.toMatch(/[<>&]/);
  });
});
