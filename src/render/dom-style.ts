/**
 * The style sheet of the interactive chrome around the drawing (zoom buttons, details popover,
 * focus ring, enter animation). Constant text scoped by class, so two timelines on one page
 * share nothing but identical rules; the drawing itself is styled by its own scene CSS.
 */

import { FONT_STACK } from "./theme.js";

interface ChromeColors {
  readonly bg: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly link: string;
  readonly ring: string;
}

// Contrast on bg: text ≥ 7:1, muted and links ≥ 4.5:1 (WCAG AA), ring ≥ 3:1 (non-text).
const LIGHT: ChromeColors = { bg: "#ffffff", text: "#1f2328", muted: "#59636e", border: "#818b98", link: "#0969da", ring: "#0969da" };
const DARK: ChromeColors = { bg: "#161b22", text: "#e6edf3", muted: "#9198a1", border: "#656c76", link: "#4493f8", ring: "#4493f8" };

function variables(c: ChromeColors): string {
  return (
    `--chronoline-ui-bg:${c.bg};--chronoline-ui-text:${c.text};--chronoline-ui-muted:${c.muted};` +
    `--chronoline-ui-border:${c.border};--chronoline-ui-link:${c.link};--chronoline-ui-ring:${c.ring}`
  );
}

const R = ".chronoline-root";

/**
 * The chrome's CSS. The root carries `chronoline-theme-light` / `-dark` for a fixed theme, or
 * neither to follow `prefers-color-scheme`.
 *
 * @example
 * ```ts
 * const style = document.createElement("style");
 * style.textContent = chromeCss();
 * ```
 */
export function chromeCss(): string {
  return [
    `${R}{${variables(LIGHT)};position:relative;display:block;font-family:${FONT_STACK}}`,
    `@media (prefers-color-scheme:dark){${R}:not(.chronoline-theme-light){${variables(DARK)}}}`,
    `${R}.chronoline-theme-dark{${variables(DARK)}}`,
    // Vertical page scrolling stays with the page (no scroll trap on phones): one finger pans a
    // horizontal timeline sideways, two fingers pinch and pan either orientation.
    `${R}>svg{display:block;touch-action:pan-y;-webkit-user-select:none;user-select:none;cursor:grab;overflow:hidden}`,
    `${R}.chronoline-dragging>svg{cursor:grabbing}`,
    `${R}>.chronoline-layer{position:absolute;overflow:hidden;pointer-events:none}`,
    `${R}>.chronoline-layer>svg{display:block;transform-origin:0 0;will-change:transform}`,
    `${R} .chronoline-event,${R} .chronoline-cluster{cursor:pointer}`,
    `${R} svg :focus,${R}>svg:focus{outline:none}`,
    `${R}>svg:focus-visible{outline:2px solid var(--chronoline-ui-ring);outline-offset:-2px}`,
    `${R} .chronoline-ring{position:absolute;pointer-events:none;box-sizing:border-box;border:2px solid var(--chronoline-ui-ring);border-radius:4px;box-shadow:0 0 0 2px var(--chronoline-ui-bg)}`,
    `${R} .chronoline-ring[hidden],${R} .chronoline-details[hidden]{display:none}`,
    `${R} .chronoline-controls{display:flex;justify-content:flex-end;gap:4px;height:28px;padding:2px 4px}`,
    `${R} .chronoline-controls[hidden]{display:none}`,
    `${R} .chronoline-controls button{font:600 14px/1 ${FONT_STACK};min-width:28px;height:28px;padding:0 6px;border:1px solid var(--chronoline-ui-border);border-radius:4px;background:var(--chronoline-ui-bg);color:var(--chronoline-ui-text);cursor:pointer}`,
    `${R} .chronoline-controls button:disabled{opacity:.5;cursor:default}`,
    `${R} button:focus-visible,${R} .chronoline-details a:focus-visible{outline:2px solid var(--chronoline-ui-ring);outline-offset:1px}`,
    `${R} .chronoline-details{position:absolute;z-index:10;top:0;left:0;width:max-content;max-width:min(320px,calc(100vw - 16px));box-sizing:border-box;padding:8px 10px;border:1px solid var(--chronoline-ui-border);border-radius:6px;background:var(--chronoline-ui-bg);color:var(--chronoline-ui-text);font:13px/1.4 ${FONT_STACK};box-shadow:0 4px 16px rgba(0,0,0,.2);overflow-wrap:break-word;text-align:left}`,
    `${R} .chronoline-details-header{display:flex;gap:8px;align-items:flex-start;justify-content:space-between}`,
    `${R} .chronoline-details-close{flex:none;width:22px;height:22px;padding:0;border:0;border-radius:4px;background:transparent;color:var(--chronoline-ui-text);font:16px/1 ${FONT_STACK};cursor:pointer}`,
    `${R} .chronoline-details p{margin:4px 0}`,
    `${R} .chronoline-details-date{color:var(--chronoline-ui-muted)}`,
    `${R} .chronoline-details figure{margin:6px 0}`,
    `${R} .chronoline-details blockquote{margin:0;padding-left:8px;border-left:3px solid var(--chronoline-ui-border);font-style:italic}`,
    `${R} .chronoline-details figcaption{color:var(--chronoline-ui-muted)}`,
    `${R} .chronoline-details ul{margin:4px 0 0;padding-left:18px}`,
    `${R} .chronoline-details a{color:var(--chronoline-ui-link)}`,
    `${R} .chronoline-enter{animation:chronoline-enter .3s ease-out}`,
    `@keyframes chronoline-enter{from{opacity:0}}`,
    `@media (prefers-reduced-motion:reduce){${R} .chronoline-enter{animation:none}}`,
  ].join("\n");
}
