import { SAFE_ID } from "./check-option.js";
import { formatNumber, internalError } from "./number.js";

/**
 * Themes as CSS custom properties. The style sheet is generated from the constants below and
 * from colours that passed `validColor`; no other data ever reaches it.
 *
 * Every variable is set on the root with zero specificity (`:where(#id)`), so a page can
 * re-theme an inline SVG with ordinary CSS, e.g. `.chronoline { --chronoline-bg: #fdf6e3 }`.
 */

/** `"auto"` (default) follows `prefers-color-scheme`; `"light"` and `"dark"` are fixed. */
export type ThemeName = "auto" | "light" | "dark";

/**
 * Every {@link ThemeName}, for checking options.
 *
 * @example
 * ```ts
 * THEMES.includes("dark"); // true
 * ```
 */
export const THEMES: readonly ThemeName[] = ["auto", "light", "dark"];

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
  if (!SAFE_ID.test(rootId)) internalError(`root id '${rootId.slice(0, 40)}' is not a safe id`);
  const theme = options.theme ?? "auto";
  const root = `#${rootId}`;
  const scope = `:where(${root})`;
  const groups = options.palette?.length ? options.palette : OKABE_ITO;
  /**
   * The theme's own values go under private names (`--chronoline-default-*`); rules read
   * `var(--chronoline-x, var(--chronoline-default-x))` (see {@link themed}). So the public `--chronoline-*`
   * properties are never set on the drawing itself, and a page can set them on any ancestor
   * (`chrono-line`, `article`, `:root`) and have them inherited into the drawing.
   */
  const variables = (c: ThemeColors): string => {
    let out = "";
    for (const key of COLOR_KEYS) out += `--chronoline-default-${key}:${c[key]};`;
    out += `--chronoline-default-soft:${formatNumber(c.soft)};`;
    // A custom palette replaces both themes' group colours.
    (options.palette?.length ? groups : c.groups).forEach((color, i) => (out += `--chronoline-default-group-${i}:${color};`));
    return out;
  };

  const lines = [
    `${scope}{--chronoline-default-font:${FONT_STACK};--chronoline-default-font-size:${formatNumber(options.fontSize ?? 12)}px;${variables(theme === "dark" ? DARK_THEME : LIGHT_THEME)}}`,
  ];
  if (theme === "auto") lines.push(`@media (prefers-color-scheme:dark){${scope}{${variables(DARK_THEME)}}}`);
  options.laneColors.forEach((color, lane) => {
    lines.push(`${root} .chronoline-group-${lane}{--chronoline-color:${color ?? themed(`group-${lane % groups.length}`)}}`);
  });
  lines.push(RULES.replace(/&/g, `${root} `), `${root}{font-family:${themed("font")};font-size:${themed("font-size")}}`);
  return lines.join("\n");
}

/** The theme's own colours, in the order the style sheet lists them. */
const COLOR_KEYS = ["bg", "text", "muted", "axis", "grid", "era", "lane"] as const;

/** `var(--chronoline-x,var(--chronoline-default-x))`: a themed value that a page's own `--chronoline-x` overrides (also used by the element's CSS). */
export function themed(name: string): string {
  return `var(--chronoline-${name},var(--chronoline-default-${name}))`;
}

/**
 * How each kind of scene element is drawn, one rule a line, in shorthand expanded once on load:
 * a class `.x` is `.chronoline-x`, and `$x` in a declaration is the themed value
 * {@link themed}`("x")` (`$color`, the group's colour set per group by themeCss, is plain
 * `var(--chronoline-color)`). Each selector gets a `&` mark, which themeCss replaces with the
 * root id to scope it. (`.label`'s halo in the background colour keeps labels readable where grid
 * lines or relations pass behind.)
 */
const RULES = `text{fill:$text}
.bg{fill:$bg}
.lane-band{fill:$lane}
.lane-label{fill:$muted;font-weight:600}
.era-band{fill:$era;fill-opacity:.7}
.era-edge{stroke:$axis;stroke-width:1;stroke-dasharray:2 3}
.era-label{fill:$muted;font-style:italic}
.grid{stroke:$grid;stroke-width:1}
.axis-line,.tick-mark{stroke:$axis;stroke-width:1}
.tick-label{fill:$muted}
.tick-major .tick-label{fill:$text;font-weight:600}
.break-band{fill:$bg;fill-opacity:.7}
.break-mark{fill:none;stroke:$axis;stroke-width:1.25}
.point{fill:$color;stroke:$bg;stroke-width:1.5}
.range{fill:$color}
.range-fuzz{fill:$color;fill-opacity:calc($soft * 2)}
.span{fill:$color;fill-opacity:$soft}
.bracket{fill:none;stroke:$color;stroke-width:2;stroke-linecap:round}
.approximate .bracket{stroke-dasharray:4 3}
.approximate .point{fill:$bg;stroke:$color;stroke-width:2;stroke-dasharray:2 1.5}
.approximate .range{fill-opacity:.55}
.open{fill:$color}
.clustered{opacity:.45}
.leader{fill:none;stroke:$muted;stroke-width:.75;stroke-opacity:.8}
.label{fill:$text;paint-order:stroke;stroke:$bg;stroke-width:3px;stroke-linejoin:round}
.cluster-badge{fill:$bg;stroke:$muted;stroke-width:1}
.cluster-edge .cluster-badge{stroke-dasharray:3 2}
.cluster-label{fill:$muted;font-weight:600}
.relation{fill:none;stroke:$muted;stroke-width:1;stroke-opacity:.6}
.arrow{fill:$muted}`
  // Selectors only (a line up to its `{`): each gets the `&` mark and its classes their prefix.
  // Declarations are left alone: their commas and dots (var() fallbacks, numbers) are not selectors.
  .replace(/^[^{]+/gm, (selectors) => `&${selectors.replace(/,/g, ",&").replace(/\./g, ".chronoline-")}`)
  .replace(/\$([a-z-]+)/g, (_, name: string) => (name === "color" ? "var(--chronoline-color)" : themed(name)));
