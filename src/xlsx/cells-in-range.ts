import { parseRangeAddress } from '../layout/a1';

/** Every (row, column) of an A1 range, 1-based as ExcelJS counts them. */
export function* cellsInRange(range: string): Generator<[row: number, column: number]> {
  const { firstRow, firstCol, lastRow, lastCol } = parseRangeAddress(range);
  for (let row = firstRow; row <= lastRow; row++) {
    for (let col = firstCol; col <= lastCol; col++) yield [row + 1, col + 1];
  }
}
