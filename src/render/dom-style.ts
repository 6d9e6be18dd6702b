/**
 * The style sheet of the interactive chrome around the drawing (zoom buttons, details popover,
 * focus ring, enter animation). Constant text scoped by class, so two timelines on one page
 * share nothing but identical rules; the drawing itself is styled by its own scene CSS.
 */

import { FONT_STACK } from "./theme.js";

// The chrome's colours. Contrast on bg: text ≥ 7:1, muted and the accent (links, focus rings) ≥ 4.5:1 (WCAG AA).
const LIGHT = "--chronoline-ui-bg:#ffffff;--chronoline-ui-text:#1f2328;--chronoline-ui-muted:#59636e;--chronoline-ui-border:#818b98;--chronoline-ui-accent:#0969da";
const DARK = "--chronoline-ui-bg:#161b22;--chronoline-ui-text:#e6edf3;--chronoline-ui-muted:#9198a1;--chronoline-ui-border:#656c76;--chronoline-ui-accent:#4493f8";

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
  // Written in shorthand, one rule a line: a class `.x` is `.chronoline-x`, `&` is the root
  // `.chronoline-root` (as in CSS nesting) and `$x` is `var(--chronoline-ui-x)`. Vertical page
  // scrolling stays with the page (touch-action:pan-y, no scroll trap on phones): one finger pans a
  // horizontal timeline sideways, two fingers pinch and pan either orientation. `[hidden]` comes
  // after `.controls`, whose display:flex would otherwise show it when hidden.
  return `&{${LIGHT};position:relative;display:block;font-family:${FONT_STACK}}
@media (prefers-color-scheme:dark){&:not(.theme-light){${DARK}}}
&.theme-dark{${DARK}}
&>svg{display:block;touch-action:pan-y;-webkit-user-select:none;user-select:none;cursor:grab;overflow:hidden}
&.dragging>svg{cursor:grabbing}
&>.layer{position:absolute;overflow:hidden;pointer-events:none}
&>.layer>svg{display:block;transform-origin:0 0;will-change:transform}
& .event,& .cluster{cursor:pointer}
& svg :focus,&>svg:focus{outline:none}
&>svg:focus-visible{outline:2px solid $accent;outline-offset:-2px}
& .ring{position:absolute;pointer-events:none;box-sizing:border-box;border:2px solid $accent;border-radius:4px;box-shadow:0 0 0 2px $bg}
& .controls{display:flex;justify-content:flex-end;gap:4px;height:28px;padding:2px 4px}
& [hidden]{display:none}
& .controls button{font:600 14px/1 ${FONT_STACK};min-width:28px;height:28px;padding:0 6px;border:1px solid $border;border-radius:4px;background:$bg;color:$text;cursor:pointer}
& .controls button:disabled{opacity:.5;cursor:default}
& button:focus-visible,& .details a:focus-visible{outline:2px solid $accent;outline-offset:1px}
& .details{position:absolute;z-index:10;top:0;left:0;width:max-content;max-width:min(320px,calc(100vw - 16px));box-sizing:border-box;padding:8px 10px;border:1px solid $border;border-radius:6px;background:$bg;color:$text;font:13px/1.4 ${FONT_STACK};box-shadow:0 4px 16px rgba(0,0,0,.2);overflow-wrap:break-word;text-align:left}
& .details-header{display:flex;gap:8px;align-items:flex-start;justify-content:space-between}
& .details-close{flex:none;width:22px;height:22px;padding:0;border:0;border-radius:4px;background:transparent;color:$text;font:16px/1 ${FONT_STACK};cursor:pointer}
& .details p{margin:4px 0}
& .details-date{color:$muted}
& .details figure{margin:6px 0}
& .details blockquote{margin:0;padding-left:8px;border-left:3px solid $border;font-style:italic}
& .details figcaption{color:$muted}
& .details ul{margin:4px 0 0;padding-left:18px}
& .details a{color:$accent}
& .enter{animation:chronoline-enter .3s ease-out}
@keyframes chronoline-enter{from{opacity:0}}
@media (prefers-reduced-motion:reduce){& .enter{animation:none}}`
    .replace(/\.(?=[a-z])/g, ".chronoline-")
    .replace(/&/g, ".chronoline-root")
    .replace(/\$([a-z]+)/g, "var(--chronoline-ui-$1)");
}
