import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/main.js";
import { main } from "../../src/cli/main.js";
import { parseXml } from "../render/xml.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const seedPath = join(repo, "seeds/seed.json");

function fakeIo(cwd: string, stdin = ""): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    cwd,
    readStdin: async () => stdin,
    writeStdout: (text: string) => void (io.out += text),
    writeStderr: (text: string) => void (io.err += text),
  };
  return io;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chronoline-cli-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const BAD = JSON.stringify({ events: [{ id: "ok", title: "Fine", start: "2025" }, { id: "waukegan", title: "Bad", start: "Jan 32, 2025" }] });

describe("chronoline render", () => {
  it("chronoline render seed.json -o out.svg writes a valid SVG and exits 0", async () => {
    const io = fakeIo(dir);
    const code = await main(["render", seedPath, "-o", "out.svg", "--width", "800", "--theme", "dark"], io);
    expect(code).toBe(0);
    const svg = readFileSync(join(dir, "out.svg"), "utf8");
    expect(parseXml(svg).name).toBe("svg");
    expect(svg).toContain('width="800"');
    expect(io.out).toBe("");
    expect(readdirSync(dir)).toEqual(["out.svg"]); // no temporary file left behind
  });

  it("chronoline render without -o writes the SVG to standard output", async () => {
    const io = fakeIo(dir);
    expect(await main(["render", seedPath, "--orientation=vertical"], io)).toBe(0);
    expect(io.out.startsWith("<svg")).toBe(true);
    expect(parseXml(io.out.trim()).name).toBe("svg");
  });

  it("chronoline render - reads the events from standard input", async () => {
    const io = fakeIo(dir, JSON.stringify([{ title: "Inauguration", start: "2025-01-20" }]));
    expect(await main(["render", "-", "--reference-date", "2025-01-29", "--time-zone", "America/Chicago"], io)).toBe(0);
    expect(io.out).toContain("Inauguration");
  });

  it("bad input exits 2 with one line naming the event and field, and writes no file", async () => {
    writeFileSync(join(dir, "bad.json"), BAD);
    const io = fakeIo(dir);
    const code = await main(["render", "bad.json", "-o", "out.svg"], io);
    expect(code).toBe(2);
    expect(io.err.trim().split("\n")).toHaveLength(1);
    expect(io.err).toContain("waukegan");
    expect(io.err).toContain("start");
    expect(existsSync(join(dir, "out.svg"))).toBe(false);
    expect(readdirSync(dir)).toEqual(["bad.json"]);
  });

  it("every error in a JSON file names its JSON path, also those found while building the timeline (found by QA)", async () => {
    const cases: [unknown, string][] = [
      [{ events: [{ id: "w", title: "x", start: "2025-03-01", end: "2025-01-01" }] }, "$.events[0].end: event 'w': end 2025-01-01 is before start 2025-03-01"],
      [{ events: [{ id: "d", title: "x", start: "2025" }, { id: "d", title: "y", start: "2025" }] }, "$.events[1].id: event 'd': id 'd' is already used"],
      [[{ id: "t", title: "x", start: "2020", media: { url: "javascript:1" } }], "$[0].media.url: event 't': media.url 'javascript:1' is not an http(s)"],
      [{ eras: [{ title: "E", start: "2017" }], events: [] }, "$.eras[0].end: eras[0].end is required"],
      [{ events: [{ id: "w", title: "x", start: "Jan 32, 2025" }] }, "$.events[0].start: event 'w': start 'Jan 32, 2025' is not a valid date"],
    ];
    for (const [doc, message] of cases) {
      writeFileSync(join(dir, "bad.json"), JSON.stringify(doc));
      const io = fakeIo(dir);
      expect(await main(["render", "bad.json", "-o", "out.svg"], io)).toBe(2);
      expect(io.err).toContain(`chronoline: bad.json: ${message}`);
    }
  });

  it("bad input leaves an existing output file untouched", async () => {
    writeFileSync(join(dir, "bad.json"), BAD);
    writeFileSync(join(dir, "out.svg"), "previous");
    expect(await main(["render", "bad.json", "-o", "out.svg"], fakeIo(dir))).toBe(2);
    expect(readFileSync(join(dir, "out.svg"), "utf8")).toBe("previous");
  });

  it("invalid JSON exits 2 naming the file", async () => {
    writeFileSync(join(dir, "broken.json"), "{ events: [");
    const io = fakeIo(dir);
    expect(await main(["render", "broken.json"], io)).toBe(2);
    expect(io.err).toMatch(/broken\.json: line 1, column \d+: invalid JSON/);
  });

  it("a missing file exits 2", async () => {
    const io = fakeIo(dir);
    expect(await main(["render", "nope.json"], io)).toBe(2);
    expect(io.err).toContain("nope.json");
  });

  it.each([
    [["render", seedPath, "--colour", "red"]],
    [["render", seedPath, "--width"]],
    [["render", seedPath, "--width", "-5"]],
    [["render", seedPath, "--orientation", "diagonal"]],
    [["render"]],
    [["draw", seedPath]],
    [[]],
  ])("usage error %j exits 2 with the usage text", async (argv) => {
    const io = fakeIo(dir);
    expect(await main(argv, io)).toBe(2);
    expect(io.err).toContain("Usage: chronoline render");
    expect(io.out).toBe("");
  });

  it("--help prints the usage and exits 0", async () => {
    const io = fakeIo(dir);
    expect(await main(["--help"], io)).toBe(0);
    expect(io.out).toContain("Usage: chronoline render");
  });

  it("a relative date without --reference-date exits 2 naming the event", async () => {
    const io = fakeIo(dir, JSON.stringify([{ id: "johnson", title: "Post", start: "Sunday" }]));
    expect(await main(["render", "-"], io)).toBe(2);
    expect(io.err).toContain("johnson");
  });
});

describe("chronoline as a real process", () => {
  const run = promisify(execFile);
  const tsx = join(repo, "node_modules/.bin/tsx");
  const cli = join(repo, "src/cli/main.ts");

  it("npx tsx src/cli/main.ts render writes the file and exits 0", async () => {
    const out = join(dir, "seed.svg");
    await run(tsx, [cli, "render", seedPath, "-o", out, "--width", "600"], { cwd: dir });
    expect(parseXml(readFileSync(out, "utf8")).name).toBe("svg");
  }, 30_000);

  it("a real process exits 2 on bad input and writes nothing", async () => {
    writeFileSync(join(dir, "bad.json"), BAD);
    const error = await run(tsx, [cli, "render", "bad.json", "-o", "out.svg"], { cwd: dir }).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).toContain("waukegan");
    expect(existsSync(join(dir, "out.svg"))).toBe(false);
  }, 30_000);
});

describe("chronoline with every input format", () => {
  const seeds = (name: string) => join(repo, "seeds", name);

  it("chronoline render seed.txt reads the text syntax and says which format it chose", async () => {
    const io = fakeIo(dir);
    expect(await main(["render", seeds("seed.txt"), "-o", "out.svg"], io)).toBe(0);
    expect(readFileSync(join(dir, "out.svg"), "utf8")).toContain("Illinois passes the Trust Act");
    expect(io.err).toMatch(/read as text/);
  });

  it("chronoline render reads a TimelineJS sheet (CSV) with the article's date and zone given as flags", async () => {
    const io = fakeIo(dir);
    const args = ["render", seeds("seed-timelinejs.csv"), "--reference-date", "2025-01-29", "--time-zone", "America/Chicago", "-q"];
    expect(await main(args, io)).toBe(0);
    expect(parseXml(io.out.trim()).name).toBe("svg");
    expect(io.out).toContain("Trump&#39;s inauguration address");
  });

  it("--format overrides detection, and a text line it cannot read is an error with its line (exit 2)", async () => {
    const io = fakeIo(dir, "2017: The law passes\n2025-13-01: Impossible month\n");
    expect(await main(["render", "-", "--format", "text", "-o", "out.svg"], io)).toBe(2);
    expect(io.err).toMatch(/line 2/);
    expect(existsSync(join(dir, "out.svg"))).toBe(false);
  });
});

describe("chronoline convert", () => {
  it("convert seed.json -o seed.csv, then back to JSON, keeps every event", async () => {
    const io = fakeIo(dir);
    expect(await main(["convert", seedPath, "-o", "seed.csv", "-q"], io)).toBe(0);
    const csv = readFileSync(join(dir, "seed.csv"), "utf8");
    expect(csv.split("\n")[0]).toMatch(/^type,id,title,start/);
    expect(await main(["convert", "seed.csv", "-o", "back.json", "-q"], io)).toBe(0);
    const back = JSON.parse(readFileSync(join(dir, "back.json"), "utf8"));
    const original = JSON.parse(readFileSync(seedPath, "utf8"));
    expect(back.events.map((e: { id: string }) => e.id)).toEqual(original.events.map((e: { id: string }) => e.id));
  });

  it("convert --to text writes the text syntax to standard output", async () => {
    const io = fakeIo(dir);
    expect(await main(["convert", seedPath, "--to", "text", "-q"], io)).toBe(0);
    expect(io.out).toContain("2017: Illinois passes the Trust Act");
  });

  it("convert without an output format is a usage error (exit 2)", async () => {
    const io = fakeIo(dir);
    expect(await main(["convert", seedPath], io)).toBe(2);
    expect(await main(["convert", seedPath, "-o", "out.xml"], io)).toBe(2);
    expect(io.err).toMatch(/output format/);
  });
});
