/**
 * Text surgery on formulas that must not touch string literals or quoted sheet names: quoting sheet names
 * HyperFormula cannot read bare, renaming sheets, and moving relative references (conditional formats and
 * custom validations are written for the range's top-left cell and apply to every other cell shifted).
 */
import { columnIndex, columnLetter } from '../../layout/a1';
import { MAX_COL, MAX_ROW, sheetPrefix } from './geometry';

type Segment = { kind: 'code' | 'string' | 'sheet'; text: string };

/** Splits a formula into code, "string literals" and 'quoted sheet names' (with their quotes). */
function segments(formula: string): Segment[] {
  const out: Segment[] = [];
  let code = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      if (code) out.push({ kind: 'code', text: code });
      code = '';
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      out.push({ kind: ch === '"' ? 'string' : 'sheet', text: formula.slice(i, j + 1) });
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  if (code) out.push({ kind: 'code', text: code });
  return out;
}

const BARE_SHEET = /(^|[^\p{L}\p{N}_.$'])([\p{L}_][\p{L}\p{N}_.]*)!/gu;

/**
 * HyperFormula reads sheet names bare only when they are ASCII; Excel also accepts Tổng!A1. Quote such
 * names so a formula the user or the adapter writes bare still evaluates.
 */
export function quoteBareSheetNames(formula: string): string {
  return segments(formula)
    .map((s) =>
      s.kind !== 'code'
        ? s.text
        : s.text.replace(BARE_SHEET, (all, before: string, name: string) =>
            /^[\x20-\x7e]*$/.test(name) ? all : `${before}'${name.replace(/'/g, "''")}'!`,
          ),
    )
    .join('');
}

/** Rewrites references to sheet `from` (case-insensitive, quoted or bare) as references to `to`. */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const target = from.toLocaleLowerCase();
  const parts = segments(formula);
  return parts
    .map((s, index) => {
      if (s.kind === 'sheet') {
        const name = s.text.slice(1, -1).replace(/''/g, "'");
        const next = parts[index + 1];
        const isRef = next?.kind === 'code' && next.text.startsWith('!');
        return isRef && name.toLocaleLowerCase() === target ? sheetPrefix(to) : s.text;
      }
      if (s.kind !== 'code') return s.text;
      return s.text.replace(BARE_SHEET, (all, before: string, name: string) =>
        name.toLocaleLowerCase() === target ? `${before}${sheetPrefix(to)}!` : all,
      );
    })
    .join('');
}

const CELL_REF = /(^|[^\p{L}\p{N}_.:$]|:)(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\p{L}\p{N}_(.])/gu;

/** Moves every relative A1 reference by (rows, cols); a reference pushed off the grid becomes #REF!. */
export function shiftRelativeReferences(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return segments(formula)
    .map((s) =>
      s.kind !== 'code'
        ? s.text
        : s.text.replace(
            CELL_REF,
            (all, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
              let col: number;
              try {
                col = columnIndex(letters);
              } catch {
                return all;
              }
              const row = Number(digits) - 1;
              const newCol = colAbs ? col : col + cols;
              const newRow = rowAbs ? row : row + rows;
              if (newCol < 0 || newCol > MAX_COL || newRow < 0 || newRow > MAX_ROW) return `${before}#REF!`;
              return `${before}${colAbs}${columnLetter(newCol)}${rowAbs}${newRow + 1}`;
            },
          ),
    )
    .join('');
}
