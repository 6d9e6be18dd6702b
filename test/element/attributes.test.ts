import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import { CHRONO_LINE_ATTRIBUTES, optionsFromAttributes } from "../../src/element/attributes.js";
import { errorLocation, errorMessage } from "../../src/element/error-box.js";
import { dedent } from "../../src/element/read-data.js";

/** Just enough of an Element for optionsFromAttributes. */
function element(attributes: Record<string, string>): Element {
  return { getAttribute: (name: string) => attributes[name] ?? null } as unknown as Element;
}

function thrown(fn: () => unknown): ChronolineError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ChronolineError) return error;
    throw error;
  }
  throw new Error("expected a ChronolineError");
}

describe("optionsFromAttributes", () => {
  it("optionsFromAttributes(no attributes) gives the defaults, so removing an attribute restores one", () => {
    expect(optionsFromAttributes(element({}))).toEqual({
      mount: { orientation: "auto", theme: "auto", gaps: "auto", verticalBelow: 480 },
      format: undefined,
    });
  });

  it("optionsFromAttributes reads every attribute the element observes", () => {
    const options = optionsFromAttributes(
      element({
        orientation: "Vertical",
        theme: "dark",
        height: "420px",
        "reference-date": "2025-01-29",
        "time-zone": "America/Chicago",
        gaps: "none",
        locale: "en-gb",
        "vertical-below": "0",
        format: "text",
      }),
    );
    expect(options).toEqual({
      mount: {
        orientation: "vertical",
        theme: "dark",
        gaps: "none",
        verticalBelow: 0,
        height: 420,
        locale: "en-GB",
        referenceDate: "2025-01-29",
        timeZone: "America/Chicago",
      },
      format: "text",
    });
    for (const name of ["src", "orientation", "theme", "height", "reference-date", "time-zone", "gaps", "locale", "format"]) {
      expect(CHRONO_LINE_ATTRIBUTES).toContain(name);
    }
  });

  it("optionsFromAttributes treats blank attributes as absent", () => {
    expect(optionsFromAttributes(element({ orientation: " ", height: "" })).mount).toEqual(optionsFromAttributes(element({})).mount);
  });

  it.each([
    ["orientation", "sideways", "'auto', 'horizontal' or 'vertical'"],
    ["theme", "sepia", "'auto', 'light' or 'dark'"],
    ["gaps", "some", "'auto' or 'none'"],
    ["height", "tall", "pixels"],
    ["height", "0", "pixels > 0"],
    ["vertical-below", "-5", "pixels"],
    ["locale", "not a locale!", "BCP-47"],
    ["format", "yaml", "'json', 'csv', 'timelinejs' or 'text'"],
  ])("optionsFromAttributes rejects %s=%j, naming what it accepts", (name, value, allowed) => {
    const error = thrown(() => optionsFromAttributes(element({ [name]: value })));
    expect(error.code).toBe("invalid-option");
    expect(error.field).toBe(name);
    expect(error.message).toContain(name);
    expect(error.message).toContain(allowed);
    expect(error.message).toContain(value);
  });
});

describe("dedent", () => {
  it("dedent removes the indentation lines share and blank lines around", () => {
    expect(dedent("\n    2017: A\n      id: a\n\n    2018: B\n  ")).toBe("2017: A\n  id: a\n\n2018: B");
  });

  it("dedent handles CRLF, tabs and text without indentation", () => {
    expect(dedent("\r\n\t2017: A\r\n\t  id: a\r\n")).toBe("2017: A\n  id: a");
    expect(dedent("2017: A")).toBe("2017: A");
    expect(dedent("   \n  ")).toBe("");
  });
});

describe("error box text", () => {
  it("errorLocation names the code, the event (counted from 1) and the field", () => {
    const error = new ChronolineError("invalid-date", "event 'x': start 'Jan 32' is not a valid date", { index: 4, eventId: "x", field: "start" });
    expect(errorLocation(error)).toBe("invalid-date · event 5 (id 'x') · field start");
  });

  it("errorLocation adds the line only when the message does not say it", () => {
    expect(errorLocation(new ChronolineError("parse-error", "line 3, column 1: expected …", { line: 3, column: 1 }))).toBe("parse-error");
    expect(errorLocation(new ChronolineError("parse-error", "expected …", { line: 3, column: 1 }))).toBe("parse-error · line 3, column 1");
  });

  it("errorMessage reads anything that was thrown", () => {
    expect(errorMessage(new TypeError("boom"))).toBe("boom");
    expect(errorMessage("plain")).toBe("plain");
    expect(errorLocation(new Error("x"))).toBe("");
  });
});
