import { columnIndex, columnLetter } from '../layout/a1';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
const LAST_COLUMN = 'XFD';

/** "C3" → [row, column], 0-based. */
function decode(address: string): [number, number] {
  const match = CELL.exec(address);
  if (!match) throw new RangeError(`Địa chỉ ô không hợp lệ: ${address}`);
  return [Number(match[4]) - 1, columnIndex(match[2])];
}

/**
 * A shared formula's text as it reads in another cell: relative references move by the offset between the
 * cells, $-anchored parts stay. The same rule ExcelJS applies (cell.formula on a shared-formula clone), so both
 * readers give the same formulas.
 */
export function slideFormula(formula: string, fromCell: string, toCell: string): string {
  const [fromRow, fromCol] = decode(fromCell);
  const [toRow, toCol] = decode(toCell);
  return formula.replace(CANDIDATE, (whole: string, sheet: string | undefined, _s, part: string, paren) => {
    if (paren) return whole;
    const match = CELL.exec(part);
    if (!match) return whole;
    const [, colDollar, letters, rowDollar, digits] = match;
    const upper = letters.toUpperCase();
    // Past XFD it is a name, not a column.
    if (upper.length > 3 || (upper.length === 3 && upper > LAST_COLUMN)) return whole;
    const col = columnIndex(upper) + (colDollar ? 0 : toCol - fromCol);
    const row = Number(digits) + (rowDollar ? 0 : toRow - fromRow);
    return `${sheet ?? ''}${colDollar ?? ''}${columnLetter(col)}${rowDollar ?? ''}${row}`;
  });
}
