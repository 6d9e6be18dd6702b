/**
 * The message `<chrono-line>` shows instead of a timeline when its data or attributes are bad:
 * readable text (never a blank box), announced to screen readers (`role="alert"`), styleable
 * from the page with `::part(error)`. Text only: the message may quote the author's input.
 */
import { ChronolineError } from "../errors.js";

/**
 * Builds the error box for `error` in `doc`.
 *
 * @example
 * ```ts
 * frame.replaceChildren(errorBox(document, new ChronolineError("invalid-date", "event 'a': start 'x' is not a valid date")));
 * ```
 */
export function errorBox(doc: Document, error: unknown): HTMLElement {
  const box = doc.createElement("div");
  box.className = "error";
  box.setAttribute("part", "error");
  box.setAttribute("role", "alert");
  const heading = doc.createElement("strong");
  heading.textContent = "This timeline could not be shown.";
  const message = doc.createElement("span");
  message.className = "message";
  message.textContent = errorMessage(error);
  box.append(heading, message);
  const where = errorLocation(error);
  if (where !== "") {
    const line = doc.createElement("span");
    line.className = "where";
    line.textContent = where;
    box.append(line);
  }
  return box;
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
  if (error instanceof Error) return error.message;
  return String(error);
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
  const parts: string[] = [error.code];
  if (error.index !== undefined) parts.push(`event ${error.index + 1}${error.eventId !== undefined ? ` (id '${error.eventId}')` : ""}`);
  else if (error.eventId !== undefined) parts.push(`event '${error.eventId}'`);
  if (error.field !== undefined) parts.push(`field ${error.field}`);
  if (error.line !== undefined && !error.message.includes(`line ${error.line}`)) parts.push(`line ${error.line}${error.column !== undefined ? `, column ${error.column}` : ""}`);
  return parts.join(" · ");
}
