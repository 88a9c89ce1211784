/**
 * Evaluates a WorkbookSpec with HyperFormula, as a stand-in for Excel in the parity tests.
 *
 * HyperFormula's ROUND is Math.round(x × 100) / 100, so ROUND(1.005, 2) gives 1 where Excel gives 1.01.
 * The sheets are meant for Excel, so ROUND is replaced here by Excel's rule (the domain's excelRound):
 * the parity test then checks our formulas, not HyperFormula's rounding.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import { excelRound } from '../../../src/domain/scoring';
import type { CellValue, WorkbookSpec } from '../../../src/layout/grid';

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

let registered = false;
function useExcelRound(): void {
  if (registered) return;
  HyperFormula.unregisterFunction('ROUND');
  HyperFormula.registerFunctionPlugin(ExcelRoundPlugin, { enGB: { ROUND: 'ROUND' } });
  registered = true;
}

type Raw = string | number | boolean | null;

/** Builds HyperFormula from every sheet and name of the spec; returns the instance and sheet ids. */
export function loadWorkbook(spec: WorkbookSpec): HyperFormula {
  useExcelRound();
  const sheets: Record<string, Raw[][]> = {};
  for (const sheet of spec.sheets) {
    sheets[sheet.name] = sheet.cells.map((row) =>
      Array.from(row ?? [], (cell): Raw => {
        if (cell === undefined) return null;
        if ('formula' in cell) return cell.formula;
        const value = cell.value;
        // Text that looks like a formula stays text, as the adapters write it.
        return typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value;
      }),
    );
  }
  return HyperFormula.buildFromSheets(
    sheets,
    { licenseKey: 'gpl-v3' },
    spec.names.map((n) => ({ name: n.name, expression: `=${n.reference}` })),
  );
}

/** Every sheet's computed values; errors become their Excel text ("#VALUE!"), as Office.js reports them. */
export function evaluateWorkbook(spec: WorkbookSpec): Record<string, CellValue[][]> {
  const hf = loadWorkbook(spec);
  const result: Record<string, CellValue[][]> = {};
  for (const sheet of spec.sheets) {
    const id = hf.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`HyperFormula lost sheet ${sheet.name}`);
    result[sheet.name] = hf.getSheetValues(id).map((row) =>
      row.map((value): CellValue => {
        if (value === null || typeof value !== 'object') return value;
        return String(value.value);
      }),
    );
  }
  hf.destroy();
  return result;
}
