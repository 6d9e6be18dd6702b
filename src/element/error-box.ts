/**
 * The message `<chrono-line>` shows instead of a timeline when its data or attributes are bad:
 * readable text (never a blank box), announced to screen readers (`role="alert"`), styleable
 * from the page with `::part(error)`. Text only: the message may quote the author's input.
 */
import { ChronolineError } from "../errors.js";
import { child } from "../render/details.js";

/**
 * Appends the error box for `error` to `parent`, under the heading `failed` (the element's
 * `strings.failed`).
 *
 * @example
 * ```ts
 * errorBox(frame, new ChronolineError("invalid-date", "event 'a': start 'x' is not a valid date"), "This timeline could not be shown.");
 * ```
 */
export function errorBox(parent: Element, error: unknown, failed: string): void {
  const box = child(parent, "div", "error");
  box.setAttribute("part", "error");
  box.setAttribute("role", "alert");
  child(box, "strong", "", failed);
  child(box, "span", "message", errorMessage(error));
  const where = errorLocation(error);
  if (where) child(box, "span", "where", where);
}

/**
 * The message of an error, whatever was thrown.
 *
 * @example
 * ```ts
 * errorMessage(new Error("boom")); // "boom"
 * ```
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What the message does not already say about where the problem is: the error code, the event
 * (by number, as authors count) and field, for a reader who has to find it in a long file.
 *
 * @example
 * ```ts
 * errorLocation(new ChronolineError("invalid-date", "…", { index: 4, eventId: "x", field: "start" }));
 * // "invalid-date · event 5 (id 'x') · field start"
 * ```
 */
export function errorLocation(error: unknown): string {
  if (!(error instanceof ChronolineError)) return "";
  const { code, index, eventId, field, line, column } = error;
  const id = eventId !== undefined && ` (id '${eventId}')`;
  return [
    code,
    index !== undefined ? `event ${index + 1}${id || ""}` : id && `event '${eventId}'`,
    field !== undefined && `field ${field}`,
    line !== undefined && !error.message.includes(`line ${line}`) && `line ${line}${column !== undefined ? `, column ${column}` : ""}`,
  ]
    .filter(Boolean)
    .join(" · ");
}
