/**
 * HyperFormula as the tests' stand-in for Excel: generated sheets are loaded into the fake Excel host's
 * engine (Excel-like settings and grid, TRUE / FALSE constants, RANK / RANK.EQ) and evaluated there.
 *
 * HyperFormula's ROUND is Math.round(x × 100) / 100, so ROUND(1.005, 2) gives 1 where Excel gives 1.01.
 * The sheets are meant for Excel, so ROUND is replaced here by Excel's rule (the domain's excelRound):
 * the parity tests then check our formulas, not HyperFormula's rounding.
 */
import { FunctionArgumentType, FunctionPlugin, type HyperFormula } from 'hyperformula';
import { excelRound } from '../../src/domain/scoring';
import { looksLikeFormula } from '../../src/domain/text';
import { parseCellAddress } from '../../src/layout/a1';
import type { Cell, CellValue, NamedRangeSpec, SheetSpec, WorkbookSpec } from '../../src/layout/grid';
import { createExcelLikeHyperFormula } from '../../src/preview/fake-excel/formula-engine';

class ExcelRoundPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: {
      method: 'round',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };

  // HyperFormula exports neither its AST nor its interpreter state type: both are passed through untouched.
  round(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata('ROUND'),
      (value: number, places: number) => excelRound(value, Math.trunc(places)),
    );
  }
}

/**
 * With evaluateNullToZero (the fake host's setting) a workbook name bound to a blank cell evaluates to 0, so
 * ISNUMBER(TD_Vote_LDTT_Seats) is TRUE where Excel says FALSE and "no seat limit" turns every ballot into an
 * over-marked one. Off, names to blank cells behave as in Excel (a formula "=A1" on a blank shows null, not 0).
 */
const EXCEL_NULLS = { evaluateNullToZero: false };

type Raw = string | number | boolean | null;

/** What an adapter writes for a cell: the formula, or the value; text that looks like a formula stays text. */
function rawContent(cell: Cell | undefined): Raw {
  if (cell === undefined) return null;
  if ('formula' in cell) return cell.formula;
  const value = cell.value;
  return typeof value === 'string' && looksLikeFormula(value) ? `'${value}` : value;
}

/** A computed value as Office.js reports it: errors become their Excel text ("#DIV/0!"). */
function reported(value: unknown): CellValue {
  if (value === null || typeof value !== 'object') return value as CellValue;
  return String((value as { value?: unknown }).value);
}

/** Sheets and workbook names of a spec loaded into one engine, read and edited by sheet name and address. */
export class FormulaWorkbook {
  readonly hf: HyperFormula = createExcelLikeHyperFormula({
    plugins: [ExcelRoundPlugin],
    config: EXCEL_NULLS,
  });

  constructor(sheets: readonly SheetSpec[], names: readonly NamedRangeSpec[] = []) {
    this.hf.batch(() => {
      for (const sheet of sheets) this.hf.addSheet(sheet.name);
      for (const name of names) this.hf.addNamedExpression(name.name, `=${name.reference}`);
      for (const sheet of sheets) {
        const width = Math.max(1, ...sheet.cells.map((row) => row?.length ?? 0));
        this.hf.setSheetContent(
          this.id(sheet.name),
          Array.from(sheet.cells, (row) => Array.from({ length: width }, (_, col) => rawContent(row?.[col]))),
        );
      }
    });
  }

  id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`HyperFormula has no sheet "${sheet}"`);
    return id;
  }

  value(sheet: string, address: string): CellValue {
    const { row, col } = parseCellAddress(address);
    return reported(this.hf.getCellValue({ sheet: this.id(sheet), row, col }));
  }

  /** The sheet's computed values as a grid from A1, as an adapter's read would give them. */
  values(sheet: string): CellValue[][] {
    return this.hf.getSheetValues(this.id(sheet)).map((row) => row.map(reported));
  }

  set(sheet: string, address: string, value: CellValue): void {
    const { row, col } = parseCellAddress(address);
    this.setCell(sheet, row, col, value);
  }

  setCell(sheet: string, row: number, col: number, value: CellValue): void {
    this.hf.setCellContents({ sheet: this.id(sheet), row, col }, [[value]]);
  }

  setRow(sheet: string, row: number, cells: readonly (Cell | undefined)[]): void {
    this.hf.setCellContents({ sheet: this.id(sheet), row, col: 0 }, [cells.map(rawContent)]);
  }
}

/** Builds HyperFormula from every sheet and name of the spec. */
export function loadWorkbook(spec: WorkbookSpec): HyperFormula {
  return new FormulaWorkbook(spec.sheets, spec.names).hf;
}

/** Every sheet's computed values; errors become their Excel text ("#VALUE!"), as Office.js reports them. */
export function evaluateWorkbook(spec: WorkbookSpec): Record<string, CellValue[][]> {
  const book = new FormulaWorkbook(spec.sheets, spec.names);
  const result: Record<string, CellValue[][]> = {};
  for (const sheet of spec.sheets) result[sheet.name] = book.values(sheet.name);
  book.hf.destroy();
  return result;
}
