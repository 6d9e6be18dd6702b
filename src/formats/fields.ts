/**
 * Small cell-level conventions shared by the CSV and text readers and writers: lists, relations,
 * column names and the spreadsheet formula guard.
 */
import type { RelationInput } from "../model/types.js";

/** Default relation kind (the model's default), left out when writing. */
export const DEFAULT_RELATION_KIND = "relates-to";

/**
 * A header or key in its comparable form: lower case, without spaces, `_`, `-` or `.`.
 *
 * @example
 * normaliseName(" Source URL "); // → "sourceurl"
 */
export function normaliseName(name: string): string {
  let out = "";
  for (const ch of name.toLowerCase()) {
    if (ch !== " " && ch !== "_" && ch !== "-" && ch !== "." && ch !== "\t" && ch !== "\u00a0") out += ch;
  }
  return out;
}

/**
 * Splits a list cell on commas or semicolons, trimming items and dropping empty ones.
 *
 * @example
 * splitList("law; immigration, ,police"); // → ["law", "immigration", "police"]
 */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let start = 0;
  for (let i = 0; i <= cell.length; i++) {
    if (i === cell.length || cell[i] === "," || cell[i] === ";") {
      const item = cell.slice(start, i).trim();
      if (item !== "") items.push(item);
      start = i + 1;
    }
  }
  return items;
}

/**
 * Reads relations written as `target` or `target (kind)`, separated by commas or semicolons.
 *
 * @example
 * parseRelations("trust-act (cites), waukegan-statement");
 * // → [{ to: "trust-act", kind: "cites" }, { to: "waukegan-statement" }]
 */
export function parseRelations(cell: string): RelationInput[] {
  return splitList(cell).map((item) => {
    if (item.endsWith(")")) {
      const open = item.lastIndexOf(" (");
      if (open > 0) {
        const kind = item.slice(open + 2, -1).trim();
        const to = item.slice(0, open).trim();
        if (kind !== "" && to !== "") return kind === DEFAULT_RELATION_KIND ? { to } : { to, kind };
      }
    }
    return { to: item };
  });
}

/**
 * Writes relations in the form {@link parseRelations} reads.
 *
 * @example
 * formatRelations([{ to: "trust-act", kind: "cites" }, "other"]); // → "trust-act (cites), other"
 */
export function formatRelations(relations: readonly (RelationInput | string)[]): string {
  return relations
    .map((r) => {
      if (typeof r === "string") return r;
      return r.kind === undefined || r.kind === DEFAULT_RELATION_KIND ? r.to : `${r.to} (${r.kind})`;
    })
    .join(", ");
}

/** True for characters a spreadsheet reads as the start of a formula. */
function isFormulaStart(code: number): boolean {
  return code === 61 /* = */ || code === 43 /* + */ || code === 45 /* - */ || code === 64 /* @ */ || code === 9 || code === 13;
}

/** Index of the first character after the leading apostrophes. */
function afterApostrophes(cell: string): number {
  let i = 0;
  while (i < cell.length && cell.charCodeAt(i) === 39 /* ' */) i++;
  return i;
}

/**
 * True when a cell needs the `'` guard so a spreadsheet will not run it as a formula: it starts
 * (after any apostrophes) with `=`, `+`, `-`, `@`, tab or CR. Date cells such as `-0043` or
 * `+12025-01` are exempt: made only of digits and date punctuation, they cannot call anything.
 *
 * @example
 * needsFormulaGuard("=HYPERLINK(\"x\")", false); // → true
 * needsFormulaGuard("-0043", true);              // → false
 */
export function needsFormulaGuard(cell: string, isDate: boolean): boolean {
  const i = afterApostrophes(cell);
  if (i >= cell.length || !isFormulaStart(cell.charCodeAt(i))) return false;
  if (isDate && i === 0 && isPlainDateText(cell)) return false;
  return true;
}

function isPlainDateText(cell: string): boolean {
  if (cell.length < 2) return false;
  const second = cell.charCodeAt(1);
  if (second < 48 || second > 57) return false;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i] as string;
    if (!"0123456789-+:./TWQZ".includes(ch)) return false;
  }
  return true;
}

/**
 * Undoes the formula guard: one leading `'` is removed when what follows it would start a formula.
 * Applied to every cell read, so `'=x` reads `=x` and `''=x` reads `'=x`.
 *
 * @example
 * unguardCell("'=SUM(A1)"); // → "=SUM(A1)"
 * unguardCell("'Tis");      // → "'Tis"
 */
export function unguardCell(cell: string): string {
  if (cell.charCodeAt(0) !== 39) return cell;
  const i = afterApostrophes(cell);
  return i < cell.length && isFormulaStart(cell.charCodeAt(i)) ? cell.slice(1) : cell;
}
