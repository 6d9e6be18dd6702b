import { describe, expect, it } from "vitest";
import { createTimeline } from "../../src/model/timeline.js";
import { keyAction, laneIndex, nextEventIndex } from "../../src/render/keyboard.js";

const timeline = createTimeline({
  groups: ["a", "b", "c"],
  events: [
    { id: "a1", title: "A1", start: "2020-01-01", group: "a" },
    { id: "b1", title: "B1", start: "2020-01-05", group: "b" },
    { id: "a2", title: "A2", start: "2020-02-01", group: "a" },
    { id: "b2", title: "B2", start: "2020-03-01", group: "b" },
    { id: "a3", title: "A3", start: "2020-04-01", group: "a" },
  ],
});
const ids = timeline.events.map((e) => e.id);

describe("keyboard model", () => {
  it("keyAction maps arrows to time in horizontal and swaps them in vertical", () => {
    expect(keyAction({ key: "ArrowRight" }, "horizontal")).toEqual({ type: "move", to: "next" });
    expect(keyAction({ key: "ArrowLeft" }, "horizontal")).toEqual({ type: "move", to: "previous" });
    expect(keyAction({ key: "ArrowDown" }, "horizontal")).toEqual({ type: "move", to: "lane-after" });
    expect(keyAction({ key: "ArrowDown" }, "vertical")).toEqual({ type: "move", to: "next" });
    expect(keyAction({ key: "ArrowRight" }, "vertical")).toEqual({ type: "move", to: "lane-after" });
  });

  it("keyAction knows Enter, Space, Esc, +, -, Home, End and lets other keys through", () => {
    expect(keyAction({ key: "Enter" }, "horizontal")).toEqual({ type: "open" });
    expect(keyAction({ key: " " }, "horizontal")).toEqual({ type: "open" });
    expect(keyAction({ key: "Escape" }, "horizontal")).toEqual({ type: "close" });
    expect(keyAction({ key: "+" }, "horizontal")).toEqual({ type: "zoom", factor: 2 });
    expect(keyAction({ key: "-" }, "horizontal")).toEqual({ type: "zoom", factor: 0.5 });
    expect(keyAction({ key: "Home" }, "horizontal")).toEqual({ type: "move", to: "first" });
    expect(keyAction({ key: "End" }, "horizontal")).toEqual({ type: "move", to: "last" });
    expect(keyAction({ key: "Tab" }, "horizontal")).toBeNull();
    expect(keyAction({ key: "a" }, "horizontal")).toBeNull();
    expect(keyAction({ key: "+", ctrlKey: true }, "horizontal")).toBeNull();
  });

  it("nextEventIndex moves in time order and stops at the ends", () => {
    const index = laneIndex(timeline);
    const at = (id: string) => ids.indexOf(id);
    expect(ids[nextEventIndex(timeline, index, at("b1"), "next")]).toBe("a2");
    expect(ids[nextEventIndex(timeline, index, at("b1"), "previous")]).toBe("a1");
    expect(ids[nextEventIndex(timeline, index, at("a3"), "next")]).toBe("a3");
    expect(ids[nextEventIndex(timeline, index, at("a1"), "previous")]).toBe("a1");
    expect(ids[nextEventIndex(timeline, index, at("b2"), "first")]).toBe("a1");
    expect(ids[nextEventIndex(timeline, index, at("b2"), "last")]).toBe("a3");
    expect(ids[nextEventIndex(timeline, index, -1, "next")]).toBe("a1");
  });

  it("nextEventIndex moves between lanes to the nearest event in time, skipping empty lanes", () => {
    const index = laneIndex(timeline);
    const at = (id: string) => ids.indexOf(id);
    expect(ids[nextEventIndex(timeline, index, at("a2"), "lane-after")]).toBe("b1");
    expect(ids[nextEventIndex(timeline, index, at("a3"), "lane-after")]).toBe("b2");
    expect(ids[nextEventIndex(timeline, index, at("b2"), "lane-before")]).toBe("a2");
    // Lane c is empty: nowhere further to go.
    expect(ids[nextEventIndex(timeline, index, at("b2"), "lane-after")]).toBe("b2");
    expect(ids[nextEventIndex(timeline, index, at("a1"), "lane-before")]).toBe("a1");
  });

  it("laneIndex follows the layout's lane order when given", () => {
    const index = laneIndex(timeline, ["b", "a"]);
    const at = (id: string) => ids.indexOf(id);
    expect(ids[nextEventIndex(timeline, index, at("b1"), "lane-after")]).toBe("a1");
  });
});
