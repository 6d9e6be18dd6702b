// 100,000 generated events for examples/large.html: the same every time (a seeded PRNG), so the
// render time is comparable between machines and runs. A plain script (no modules), so the page
// also works opened straight from the file system.
(function () {
  "use strict";

  /** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
  function prng(seed) {
    let a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const GROUPS = [
    { id: "politics", label: "Politics" },
    { id: "science", label: "Science" },
    { id: "business", label: "Business" },
    { id: "culture", label: "Culture" },
    { id: "sport", label: "Sport" },
    { id: "weather", label: "Weather" },
  ];
  const WORDS = ["report", "vote", "launch", "study", "strike", "merger", "record", "storm", "festival", "treaty", "trial", "discovery", "final", "drought", "premiere", "summit"];
  const FIRST = Date.UTC(1925, 0, 1);
  const DAYS = Math.floor((Date.UTC(2025, 0, 1) - FIRST) / 86400000);

  function pad(n, width) {
    return String(n).padStart(width, "0");
  }

  /** An ISO day (or, for one event in ten, only its month) `offset` days after 1925-01-01. */
  function isoDay(offset, monthOnly) {
    const d = new Date(FIRST + offset * 86400000);
    const month = d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1, 2);
    return monthOnly ? month : month + "-" + pad(d.getUTCDate(), 2);
  }

  /** `count` events over a century in six lanes: mostly days, some months, some ranges. */
  function generate(count, seed) {
    const random = prng(seed);
    const events = new Array(count);
    for (let i = 0; i < count; i++) {
      // Denser towards the present, as news archives are.
      const offset = Math.floor(DAYS * Math.sqrt(random()));
      const group = GROUPS[Math.floor(random() * GROUPS.length)];
      const word = WORDS[Math.floor(random() * WORDS.length)];
      const monthOnly = random() < 0.1;
      const event = {
        id: "e" + i,
        title: group.label + " " + word + " #" + (i + 1),
        start: isoDay(offset, monthOnly),
        group: group.id,
        importance: random() < 0.02 ? 3 : random() < 0.15 ? 2 : 1,
      };
      if (!monthOnly && random() < 0.08) event.end = isoDay(Math.min(DAYS - 1, offset + 1 + Math.floor(random() * 60)), false);
      events[i] = event;
    }
    return { title: count.toLocaleString("en-US") + " generated events", timeZone: "UTC", groups: GROUPS, events: events };
  }

  const element = document.getElementById("large");
  const status = document.getElementById("render-time");

  function show(count) {
    const t0 = performance.now();
    const data = generate(count, 20250129);
    const t1 = performance.now();
    element.addEventListener(
      "chronoline:render",
      function (event) {
        const t2 = performance.now();
        const d = event.detail;
        status.textContent =
          count.toLocaleString("en-US") + " events: generated in " + Math.round(t1 - t0) + " ms, read, laid out and drawn in " +
          Math.round(t2 - t1) + " ms (layout " + Math.round(d.layoutMs) + " ms, " + d.elements.toLocaleString("en-US") +
          " SVG elements, " + d.clustered.toLocaleString("en-US") + " events folded into clusters). Zoom in: labels appear as room allows.";
        status.setAttribute("data-ms", String(Math.round(t2 - t1)));
      },
      { once: true },
    );
    status.textContent = "Rendering " + count.toLocaleString("en-US") + " events…";
    element.data = data;
  }

  for (const button of document.querySelectorAll("button[data-count]")) {
    button.addEventListener("click", function () {
      show(Number(button.getAttribute("data-count")));
    });
  }
  show(100000);
})();
