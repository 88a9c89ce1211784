/**
 * Excel turns text starting with = + - @ into a formula (or an error). Names, notes and ballot remarks
 * must stay text (DESIGN.md), so adapters ask here and write such text with a leading apostrophe.
 */

const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Would Excel read this text as a formula if it were written as a value? */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

export interface EscapedText {
  /** The text itself, unchanged: the apostrophe is a cell prefix, not part of the value. */
  text: string;
  /** True when the adapter must force text (Office.js: prefix "'"; ExcelJS: write as a string cell). */
  forceText: boolean;
}

/** The text and whether it must be forced to stay text. */
export function escapeFormulaText(text: string): EscapedText {
  return { text, forceText: looksLikeFormula(text) };
}
