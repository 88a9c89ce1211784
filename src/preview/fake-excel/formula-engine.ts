/**
 * Cell contents live in HyperFormula, one HF sheet per worksheet, so reading `values` gives computed
 * results. The formula text a cell was given is kept beside it, because Excel's `formulas` returns what
 * was written (HyperFormula re-prints formulas its own way).
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { ConfigParams, FunctionPluginDefinition, RawCellContent } from 'hyperformula';
import { invalidArgument } from './errors';
import { quoteBareSheetNames, renameSheetInFormula } from './formula-text';
import { MAX_COL, MAX_ROW, intersect, rect } from './geometry';
import type { Rect } from './geometry';
import { rankFunctionPlugins } from './rank-plugin';

/** What a cell holds, as Office.js reports it in `values` (errors are their "#DIV/0!" text). */
export type CellScalar = string | number | boolean;

export type ValueKind = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export interface EvaluatedCell {
  value: CellScalar;
  kind: ValueKind;
}

/** Raw content for one cell: "=…" is a formula, "'…" is text kept as typed, null clears. */
export type EngineContent = string | number | boolean | null;

/** Excel-like settings (HyperFormula guide "Compatibility with Microsoft Excel"), with Excel's grid size. */
const EXCEL_LIKE: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  maxRows: MAX_ROW + 1,
  maxColumns: MAX_COL + 1,
  dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD', 'YYYY/MM/DD'],
  timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
  currencySymbol: ['$', 'USD'],
  localeLang: 'en-US',
  caseSensitive: false,
  accentSensitive: true,
  useWildcards: true,
  useRegularExpressions: false,
  matchWholeCell: true,
  useArrayArithmetic: true,
  // Excel treats a name bound to a blank cell as blank: ISNUMBER(name) is FALSE, ISBLANK(name) TRUE. With
  // HyperFormula's evaluateNullToZero the name became 0 and every "blank means no limit" rule broke (the
  // ballot log's seats check). The cost: a formula that is only "=A1" on a blank cell reads "" here, 0 in Excel.
  evaluateNullToZero: false,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  // Excel returns full doubles through the API (82.83333333333333), not HyperFormula's rounded display.
  smartRounding: false,
};

export interface ExcelLikeOptions {
  /** Come after the built-in ones and replace functions of the same name. */
  plugins?: FunctionPluginDefinition[];
  /** Settings that differ from the fake host's. */
  config?: Partial<ConfigParams>;
}

/**
 * An empty HyperFormula that reads formulas as Excel does: Excel-like settings and grid, RANK / RANK.EQ and
 * the TRUE / FALSE constants. The formula-parity tests build theirs here too, so they and the fake host agree.
 */
export function createExcelLikeHyperFormula(options: ExcelLikeOptions = {}): HyperFormula {
  const hf = HyperFormula.buildEmpty({
    ...EXCEL_LIKE,
    ...options.config,
    functionPlugins: [
      ...HyperFormula.getAllFunctionPlugins(),
      ...rankFunctionPlugins(),
      ...(options.plugins ?? []),
    ],
  });
  // TRUE and FALSE are constants in Excel formulas; HyperFormula only knows TRUE() and FALSE().
  hf.addNamedExpression('TRUE', '=TRUE()');
  hf.addNamedExpression('FALSE', '=FALSE()');
  return hf;
}

const key = (row: number, col: number): string => `${row},${col}`;

function errorText(error: DetailedCellError): CellScalar {
  // Excel shows 0 for a circular reference (with a warning) where HyperFormula reports #CYCLE!.
  if (error.type === 'CYCLE') return 0;
  if (error.value === '#ERROR!' || error.value === '#LIC!') return '#NAME?';
  return error.value;
}

function evaluated(raw: unknown): EvaluatedCell {
  if (raw instanceof DetailedCellError) {
    const value = errorText(raw);
    return { value, kind: typeof value === 'number' ? 'Double' : 'Error' };
  }
  if (raw === null || raw === undefined || raw === '') {
    return raw === '' ? { value: '', kind: 'String' } : { value: '', kind: 'Empty' };
  }
  if (typeof raw === 'number') return { value: raw, kind: 'Double' };
  if (typeof raw === 'boolean') return { value: raw, kind: 'Boolean' };
  return { value: String(raw), kind: 'String' };
}

export class FormulaEngine {
  private readonly hf: HyperFormula;
  /** Formula text as written, per HF sheet id then "row,col". */
  private readonly written = new Map<number, Map<string, string>>();
  private suspended = false;

  constructor() {
    this.hf = createExcelLikeHyperFormula();
  }

  addSheet(name: string): number {
    const id = this.hf.getSheetId(this.hf.addSheet(name));
    if (id === undefined) throw new Error(`HyperFormula không tạo được trang ${name}`);
    this.written.set(id, new Map());
    return id;
  }

  renameSheet(id: number, from: string, to: string): void {
    this.hf.renameSheet(id, to);
    for (const formulas of this.written.values()) {
      for (const [k, text] of formulas) formulas.set(k, renameSheetInFormula(text, from, to));
    }
  }

  removeSheet(id: number): void {
    this.hf.removeSheet(id);
    this.written.delete(id);
  }

  /** Defers recalculation while a batch writes; reads resume it. */
  suspend(): void {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  resume(): void {
    if (this.suspended) {
      this.suspended = false;
      this.hf.resumeEvaluation();
    }
  }

  /** The formula as HyperFormula must read it, or InvalidArgument when Excel would refuse it too. */
  checkFormula(formula: string, location: string): string {
    const engineText = quoteBareSheetNames(formula);
    if (!this.hf.validateFormula(engineText)) throw invalidArgument(location);
    return engineText;
  }

  /** Writes one row run of contents; formulas must already be checked with checkFormula. */
  setRow(
    id: number,
    row: number,
    col: number,
    contents: EngineContent[],
    originals: (string | null)[],
  ): void {
    this.suspend();
    const formulas = this.formulasOf(id);
    contents.forEach((_, i) => {
      const original = originals[i];
      if (original !== null) formulas.set(key(row, col + i), original);
      else formulas.delete(key(row, col + i));
    });
    this.hf.setCellContents({ sheet: id, row, col }, [contents as RawCellContent[]]);
  }

  /** Empties every cell of r that holds something. */
  clear(id: number, r: Rect): void {
    const filled = this.contentBounds(id);
    const area = filled && intersect(filled, r);
    if (!area) return;
    this.suspend();
    const blank: null[][] = [];
    for (let row = area.r0; row <= area.r1; row++)
      blank.push(new Array<null>(area.c1 - area.c0 + 1).fill(null));
    this.hf.setCellContents({ sheet: id, row: area.r0, col: area.c0 }, blank);
    const formulas = this.formulasOf(id);
    for (const k of [...formulas.keys()]) {
      const [row, col] = k.split(',').map(Number);
      if (row >= area.r0 && row <= area.r1 && col >= area.c0 && col <= area.c1) formulas.delete(k);
    }
  }

  value(id: number, row: number, col: number): EvaluatedCell {
    this.resume();
    return evaluated(this.hf.getCellValue({ sheet: id, row, col }));
  }

  /** The formula as written for a formula cell, else the constant (Excel's `formulas`). */
  formula(id: number, row: number, col: number): CellScalar {
    const address = { sheet: id, row, col };
    if (this.hf.doesCellHaveFormula(address)) {
      return this.formulasOf(id).get(key(row, col)) ?? this.hf.getCellFormula(address) ?? '';
    }
    return this.value(id, row, col).value;
  }

  isFormula(id: number, row: number, col: number): boolean {
    return this.hf.doesCellHaveFormula({ sheet: id, row, col });
  }

  isEmpty(id: number, row: number, col: number): boolean {
    return this.hf.isCellEmpty({ sheet: id, row, col });
  }

  /** "NUMBER_DATE", "NUMBER_PERCENT"… for a constant parsed from text, so Excel-like formats can follow. */
  detailedType(id: number, row: number, col: number): string {
    this.resume();
    return String(this.hf.getCellValueDetailedType({ sheet: id, row, col }));
  }

  /** The smallest rectangle holding every non-empty cell, or null for an empty sheet. */
  contentBounds(id: number): Rect | null {
    const { width, height } = this.hf.getSheetDimensions(id);
    if (width === 0 || height === 0) return null;
    let found: Rect | null = null;
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        if (this.hf.isCellEmpty({ sheet: id, row, col })) continue;
        found = found
          ? rect(
              Math.min(found.r0, row),
              Math.min(found.c0, col),
              Math.max(found.r1, row),
              Math.max(found.c1, col),
            )
          : rect(row, col);
      }
    }
    return found;
  }

  /** Evaluates a formula as if written on sheet `id` (validation limits, list sources, rule formulas). */
  calculate(formula: string, id: number): CellScalar | CellScalar[][] {
    this.resume();
    const result = this.hf.calculateFormula(quoteBareSheetNames(formula), id);
    if (Array.isArray(result)) return result.map((line) => line.map((cell) => evaluated(cell).value));
    return evaluated(result).value;
  }

  isValidFormula(formula: string): boolean {
    return this.hf.validateFormula(quoteBareSheetNames(formula));
  }

  /** Mirrors a workbook name; a constant (not starting with "=") is stored as text, as Excel does. */
  setName(name: string, formula: string): void {
    const expression = formula.startsWith('=') ? quoteBareSheetNames(formula) : `'${formula}`;
    if (this.hf.listNamedExpressions().some((n) => n.toLowerCase() === name.toLowerCase())) {
      this.hf.changeNamedExpression(name, expression);
    } else {
      this.hf.addNamedExpression(name, expression);
    }
  }

  removeName(name: string): void {
    this.hf.removeNamedExpression(name);
  }

  /** Whether HyperFormula accepts `name` as a name (it refuses cell-like names, as Excel does). */
  isValidName(name: string): boolean {
    return this.hf.isItPossibleToAddNamedExpression(name, '=0');
  }

  private formulasOf(id: number): Map<string, string> {
    let formulas = this.written.get(id);
    if (!formulas) {
      formulas = new Map();
      this.written.set(id, formulas);
    }
    return formulas;
  }
}
