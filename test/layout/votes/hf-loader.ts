/**
 * A tiny SheetSpec → HyperFormula loader for the vote parity tests, plus a minimal "Quy chế" writer that
 * lays a QuyCheSection out as the entries.ts contract says (A key, B label, C value, D note) and binds each
 * entry's name to its value cell, as the real Quy chế builder does.
 */
import { HyperFormula } from 'hyperformula';
import { cellAddress, sheetRef } from '../../../src/layout/a1';
import {
  valueCell,
  type Cell,
  type CellValue,
  type NamedRangeSpec,
  type SheetSpec,
} from '../../../src/layout/grid';
import { QUY_CHE_COLUMNS, QUY_CHE_SHEET, type QuyCheSection } from '../../../src/layout/quy-che/entries';

export function quyCheSheet(section: QuyCheSection): {
  sheet: SheetSpec;
  names: NamedRangeSpec[];
  rowOf: Map<string, number>;
} {
  const cells: (Cell | undefined)[][] = [[valueCell(section.title)]];
  const names: NamedRangeSpec[] = [];
  const rowOf = new Map<string, number>();
  for (const entry of section.entries) {
    const row = cells.length;
    rowOf.set(entry.key, row);
    const line: (Cell | undefined)[] = [];
    line[QUY_CHE_COLUMNS.key] = valueCell(entry.key);
    line[QUY_CHE_COLUMNS.label] = valueCell(entry.label);
    line[QUY_CHE_COLUMNS.value] = valueCell(entry.value);
    if (entry.note) line[QUY_CHE_COLUMNS.note] = valueCell(entry.note);
    cells.push(line);
    if (entry.name) {
      names.push({
        name: entry.name,
        reference: `${sheetRef(QUY_CHE_SHEET)}!${cellAddress(row, QUY_CHE_COLUMNS.value, true)}`,
      });
    }
  }
  return { sheet: { name: QUY_CHE_SHEET, cells }, names, rowOf };
}

/** key → value of a Quy chế sheet read back from the engine (what readQuyCheEntries returns). */
export function quyCheMap(values: CellValue[][]): Map<string, CellValue> {
  const map = new Map<string, CellValue>();
  for (const row of values) {
    const key = row[QUY_CHE_COLUMNS.key];
    if (typeof key === 'string' && key.includes('.')) map.set(key, row[QUY_CHE_COLUMNS.value] ?? null);
  }
  return map;
}

const toRaw = (cell: Cell | undefined): string | number | boolean | null =>
  cell === undefined ? null : 'formula' in cell ? cell.formula : cell.value;

export class Workbook {
  readonly hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });

  constructor(sheets: SheetSpec[], names: NamedRangeSpec[]) {
    for (const s of sheets) this.hf.addSheet(s.name);
    for (const n of names) this.hf.addNamedExpression(n.name, `=${n.reference}`);
    for (const s of sheets) {
      const width = Math.max(1, ...s.cells.map((r) => r.length));
      this.hf.setSheetContent(
        this.id(s.name),
        s.cells.map((r) => Array.from({ length: width }, (_, i) => toRaw(r[i]))),
      );
    }
  }

  id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    return id;
  }

  setRow(sheet: string, row: number, cells: (Cell | undefined)[]): void {
    this.hf.setCellContents({ sheet: this.id(sheet), row, col: 0 }, [cells.map(toRaw)]);
  }

  setCell(sheet: string, row: number, col: number, value: CellValue): void {
    this.hf.setCellContents({ sheet: this.id(sheet), row, col }, [[value]]);
  }

  /** Values as an adapter would read them; errors become their text so a test shows them. */
  values(sheet: string): CellValue[][] {
    return this.hf
      .getSheetValues(this.id(sheet))
      .map((row) =>
        row.map((v) =>
          v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
            ? v
            : String((v as { value?: unknown }).value ?? v),
        ),
      );
  }

  value(sheet: string, address: string): CellValue {
    const v = this.hf.getCellValue(this.hf.simpleCellAddressFromString(address, this.id(sheet))!);
    return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
      ? v
      : `#ERR ${String((v as { value?: unknown }).value)}`;
  }
}
