import { ChronolineError } from "../errors.js";
import { formatNumber } from "./number.js";

/**
 * Themes as CSS custom properties. The style sheet is generated from the constants below and
 * from colours that passed `validColor`; no other data ever reaches it.
 *
 * Every variable is set on the root with zero specificity (`:where(#id)`), so a page can
 * re-theme an inline SVG with ordinary CSS, e.g. `.chronoline { --chronoline-bg: #fdf6e3 }`.
 */

/** `"auto"` (default) follows `prefers-color-scheme`; `"light"` and `"dark"` are fixed. */
export type ThemeName = "auto" | "light" | "dark";

/** The colours of one theme (any CSS colour). */
export interface ThemeColors {
  /** Background. */
  readonly bg: string;
  /** Labels and titles. */
  readonly text: string;
  /** Secondary text: tick labels, lane and era titles, leader lines, relations. */
  readonly muted: string;
  /** The axis line and ticks. */
  readonly axis: string;
  /** Grid lines across the plot. */
  readonly grid: string;
  /** Era bands. */
  readonly era: string;
  /** Stripes behind every other lane. */
  readonly lane: string;
  /** Group colours, one per palette slot (lanes beyond the last slot wrap around). */
  readonly groups: readonly string[];
  /** Opacity of the soft bands of imprecise dates (dark backgrounds need more). */
  readonly soft: number;
}

/**
 * The group palette: Okabe & Ito's colour-blind-safe set ("Color Universal Design", 2008), in an
 * order that puts strongly different hues next to each other. The light theme uses its black;
 * the dark theme swaps black for white so the eighth lane stays visible.
 */
export const OKABE_ITO: readonly string[] = Object.freeze([
  "#0072b2", // blue
  "#d55e00", // vermillion
  "#009e73", // bluish green
  "#cc79a7", // reddish purple
  "#e69f00", // orange
  "#56b4e9", // sky blue
  "#000000", // black
  "#f0e442", // yellow
]);

/** Light theme colours (text contrast ≥ 7:1, tick labels ≥ 4.5:1 on the background). */
export const LIGHT_THEME: ThemeColors = Object.freeze({
  bg: "#ffffff",
  text: "#1f2328",
  muted: "#59636e",
  axis: "#818b98",
  grid: "#e6e9ed",
  era: "#f4efe3",
  lane: "#f6f8fa",
  groups: OKABE_ITO,
  soft: 0.18,
});

/** Dark theme colours (text contrast ≥ 7:1, tick labels ≥ 4.5:1 on the background). */
export const DARK_THEME: ThemeColors = Object.freeze({
  bg: "#0d1117",
  text: "#e6edf3",
  muted: "#9198a1",
  axis: "#656c76",
  grid: "#21262d",
  era: "#1d1b16",
  lane: "#151b23",
  groups: Object.freeze(OKABE_ITO.map((c) => (c === "#000000" ? "#ffffff" : c))),
  soft: 0.32,
});

/**
 * Installed sans-serif fonts with Helvetica/Arial metrics, which is what the layout measures text
 * with in Node: `system-ui` fonts (San Francisco, Segoe UI, DejaVu Sans) run 5–15 % wider and
 * would overflow the measured label boxes. No web font is loaded, so the SVG renders offline.
 */
export const FONT_STACK = "Helvetica, Arial, Liberation Sans, Arimo, Nimbus Sans, sans-serif";

/** What {@link themeCss} needs besides the root id. */
export interface ThemeCssOptions {
  /** Default `"auto"`. */
  readonly theme?: ThemeName;
  /** Replaces palette slots in order (already validated colours); both themes use it. */
  readonly palette?: readonly string[];
  /**
   * One entry per lane: the lane's own colour (validated) or null for its palette slot
   * (`lane % palette length`). Its length is the number of lanes.
   */
  readonly laneColors: readonly (string | null)[];
  /** Base font size in px; must match the size the layout measured text with. Default 12. */
  readonly fontSize?: number;
}

const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * Generates the embedded style sheet of one rendered SVG. Every rule is scoped to the root's
 * id, so two timelines on one page never restyle each other.
 *
 * @example
 * ```ts
 * themeCss("tl", { theme: "dark", laneColors: [null, "#ff8800"] });
 * // ":where(#tl){--chronoline-bg:#0d1117;…}\n#tl .chronoline-group-1{--chronoline-color:#ff8800}…"
 * ```
 */
export function themeCss(rootId: string, options: ThemeCssOptions): string {
  if (!ID.test(rootId)) {
    throw new ChronolineError("invalid-input", `internal error: root id '${rootId.slice(0, 40)}' is not a safe id`);
  }
  const theme = options.theme ?? "auto";
  const fontSize = options.fontSize ?? 12;
  const root = `#${rootId}`;
  const scope = `:where(${root})`;
  const light = withPalette(LIGHT_THEME, options.palette);
  const dark = withPalette(DARK_THEME, options.palette);
  const slots = light.groups.length;

  const lines: string[] = [];
  const base = `--chronoline-default-font:${FONT_STACK};--chronoline-default-font-size:${formatNumber(fontSize)}px;`;
  lines.push(`${scope}{${base}${variables(theme === "dark" ? dark : light)}}`);
  if (theme === "auto") lines.push(`@media (prefers-color-scheme:dark){${scope}{${variables(dark)}}}`);
  options.laneColors.forEach((color, lane) => {
    lines.push(`${root} .chronoline-group-${lane}{--chronoline-color:${color ?? `var(--chronoline-group-${lane % slots})`}}`);
  });
  for (const rule of RULES) {
    const brace = rule.indexOf("{");
    const selectors = rule.slice(0, brace).split(",").map((selector) => `${root} ${selector}`);
    lines.push(selectors.join(",") + rule.slice(brace));
  }
  lines.push(`${root}{font-family:var(--chronoline-font);font-size:var(--chronoline-font-size)}`);
  return withDefaults(lines.join("\n"));
}

function withPalette(colors: ThemeColors, palette: readonly string[] | undefined): ThemeColors {
  if (!palette || palette.length === 0) return colors;
  return { ...colors, groups: palette };
}

/**
 * The theme's own values go under private names (`--chronoline-default-*`); rules read
 * `var(--chronoline-x, var(--chronoline-default-x))`. So the public `--chronoline-*` properties
 * are never set on the drawing itself, and a page can set them on any ancestor (`chrono-line`,
 * `article`, `:root`) and have them inherited into the drawing.
 */
function variables(c: ThemeColors): string {
  let out =
    `--chronoline-default-bg:${c.bg};--chronoline-default-text:${c.text};--chronoline-default-muted:${c.muted};` +
    `--chronoline-default-axis:${c.axis};--chronoline-default-grid:${c.grid};--chronoline-default-era:${c.era};` +
    `--chronoline-default-lane:${c.lane};--chronoline-default-soft:${formatNumber(c.soft)};`;
  c.groups.forEach((color, i) => (out += `--chronoline-default-group-${i}:${color};`));
  return out;
}

/** `var(--chronoline-x)` → `var(--chronoline-x,var(--chronoline-default-x))` for the themed names. */
function withDefaults(css: string): string {
  return css.replace(
    /var\(--chronoline-(bg|text|muted|axis|grid|era|lane|soft|font|font-size|group-\d+)\)/g,
    (_, name: string) => `var(--chronoline-${name},var(--chronoline-default-${name}))`,
  );
}

// How each kind of scene element is drawn. Scoped to the root id by themeCss.
const RULES: readonly string[] = [
  "text{fill:var(--chronoline-text)}",
  ".chronoline-bg{fill:var(--chronoline-bg)}",
  ".chronoline-lane-band{fill:var(--chronoline-lane)}",
  ".chronoline-lane-label{fill:var(--chronoline-muted);font-weight:600}",
  ".chronoline-era-band{fill:var(--chronoline-era);fill-opacity:.7}",
  ".chronoline-era-edge{stroke:var(--chronoline-axis);stroke-width:1;stroke-dasharray:2 3}",
  ".chronoline-era-label{fill:var(--chronoline-muted);font-style:italic}",
  ".chronoline-grid{stroke:var(--chronoline-grid);stroke-width:1}",
  ".chronoline-axis-line,.chronoline-tick-mark{stroke:var(--chronoline-axis);stroke-width:1}",
  ".chronoline-tick-label{fill:var(--chronoline-muted)}",
  ".chronoline-tick-major .chronoline-tick-label{fill:var(--chronoline-text);font-weight:600}",
  ".chronoline-break-band{fill:var(--chronoline-bg);fill-opacity:.7}",
  ".chronoline-break-mark{fill:none;stroke:var(--chronoline-axis);stroke-width:1.25}",
  ".chronoline-point{fill:var(--chronoline-color);stroke:var(--chronoline-bg);stroke-width:1.5}",
  ".chronoline-range{fill:var(--chronoline-color)}",
  ".chronoline-range-fuzz{fill:var(--chronoline-color);fill-opacity:calc(var(--chronoline-soft) * 2)}",
  ".chronoline-span{fill:var(--chronoline-color);fill-opacity:var(--chronoline-soft)}",
  ".chronoline-bracket{fill:none;stroke:var(--chronoline-color);stroke-width:2;stroke-linecap:round}",
  ".chronoline-approximate .chronoline-bracket{stroke-dasharray:4 3}",
  ".chronoline-approximate .chronoline-point{fill:var(--chronoline-bg);stroke:var(--chronoline-color);stroke-width:2;stroke-dasharray:2 1.5}",
  ".chronoline-approximate .chronoline-range{fill-opacity:.55}",
  ".chronoline-open{fill:var(--chronoline-color)}",
  ".chronoline-clustered{opacity:.45}",
  ".chronoline-leader{fill:none;stroke:var(--chronoline-muted);stroke-width:.75;stroke-opacity:.8}",
  // A halo in the background colour keeps labels readable where grid lines or relations pass behind.
  ".chronoline-label{fill:var(--chronoline-text);paint-order:stroke;stroke:var(--chronoline-bg);stroke-width:3px;stroke-linejoin:round}",
  ".chronoline-cluster-badge{fill:var(--chronoline-bg);stroke:var(--chronoline-muted);stroke-width:1}",
  ".chronoline-cluster-label{fill:var(--chronoline-muted);font-weight:600}",
  ".chronoline-relation{fill:none;stroke:var(--chronoline-muted);stroke-width:1;stroke-opacity:.6}",
  ".chronoline-arrow{fill:var(--chronoline-muted)}",
];
