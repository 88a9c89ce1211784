/**
 * A tiny SheetSpec → HyperFormula loader for parity tests: writes values and formulas as Excel would, defines
 * workbook names, and reads computed values back by A1 address.
 */
import { HyperFormula } from 'hyperformula';
import { parseCellAddress } from '../../../src/layout/a1';
import type { CellValue, SheetSpec } from '../../../src/layout/grid';
import { isFormulaCell } from '../../../src/layout/grid';

type Raw = string | number | boolean | null;

function toRaw(cell: SheetSpec['cells'][number][number]): Raw {
  if (cell === undefined) return null;
  if (isFormulaCell(cell)) return cell.formula;
  const v = cell.value;
  // Text that looks like a formula stays text, as the adapters write it.
  return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v;
}

export class FormulaWorkbook {
  readonly hf: HyperFormula;

  constructor(sheets: SheetSpec[], names: Record<string, number | string> = {}) {
    const data: Record<string, Raw[][]> = {};
    for (const sheet of sheets) {
      const width = Math.max(1, ...sheet.cells.map((r) => (r ? r.length : 0)));
      data[sheet.name] = Array.from({ length: sheet.cells.length }, (_, r) =>
        Array.from({ length: width }, (_, c) => toRaw(sheet.cells[r]?.[c])),
      );
    }
    this.hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    for (const name of Object.keys(data)) this.hf.addSheet(name);
    for (const [name, value] of Object.entries(names)) {
      this.hf.addNamedExpression(name, typeof value === 'number' ? `=${value}` : value);
    }
    for (const [name, rows] of Object.entries(data)) {
      this.hf.setSheetContent(this.hf.getSheetId(name)!, rows);
    }
  }

  value(sheet: string, address: string): CellValue {
    const { row, col } = parseCellAddress(address);
    const v = this.hf.getCellValue({ sheet: this.hf.getSheetId(sheet)!, row, col });
    if (v !== null && typeof v === 'object') return `#ERROR:${(v as { type?: string }).type ?? 'unknown'}`;
    return v as CellValue;
  }

  set(sheet: string, address: string, value: Raw): void {
    const { row, col } = parseCellAddress(address);
    this.hf.setCellContents({ sheet: this.hf.getSheetId(sheet)!, row, col }, [[value]]);
  }

  /** The sheet's computed values as a grid from A1, as an adapter's read would give them. */
  values(sheet: string): CellValue[][] {
    return this.hf
      .getSheetValues(this.hf.getSheetId(sheet)!)
      .map((row) => row.map((v) => (v !== null && typeof v === 'object' ? '#ERROR' : (v as CellValue))));
  }
}
