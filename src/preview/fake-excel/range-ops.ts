/**
 * Reading and writing cell contents the way Range.values / Range.formulas do:
 * - a 2-D array must match the range exactly, else InvalidArgument with Excel's message;
 * - a single value (not an array) is applied to every cell (documented for values, formulas, numberFormat);
 * - null leaves a cell unchanged, "" empties it;
 * - text starting with "=" is a formula even through `values`, and so is "+…" / "-…" that is not a number
 *   (Range.values docs: "If the returned value starts with a plus, minus, or equal sign, Excel interprets
 *   this value as a formula"); a leading apostrophe keeps text, and is not returned when read back;
 * - cells formatted "@" (Text) keep whatever is written as text.
 */
import { DIMENSION_MISMATCH_MESSAGE, apiError, invalidArgument } from './errors';
import type { CellScalar, EngineContent, ValueKind } from './formula-engine';
import { boundingRect, buildMatrix, cellCount, colCount, intersect, rowCount } from './geometry';
import type { Rect } from './geometry';
import { displayText } from './number-format';
import { assertAllowed, assertContentsEditable } from './protection';
import type { SheetModel } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

/** Excel refuses reads and writes beyond about five million cells in one go. */
const MAX_CELLS = 5_000_000;

function checkSize(r: Rect, location: string): void {
  if (cellCount(r) > MAX_CELLS) throw apiError('RangeExceedsLimit', location);
}

/** The matrix a write applies, or InvalidArgument when its shape does not fit the range. */
export function shapeFor(r: Rect, input: unknown, location: string): unknown[][] {
  if (!Array.isArray(input)) {
    if (input !== null && typeof input === 'object') throw invalidArgument(location);
    checkSize(r, location);
    return buildMatrix(r, () => input);
  }
  const rows = rowCount(r);
  const cols = colCount(r);
  const fits = input.length === rows && input.every((line) => Array.isArray(line) && line.length === cols);
  if (!fits) throw invalidArgument(location, DIMENSION_MISMATCH_MESSAGE);
  return input as unknown[][];
}

const SKIP = Symbol('skip');
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

interface Prepared {
  content: EngineContent | typeof SKIP;
  formula: string | null;
  typedText: boolean;
}

function prepare(model: WorkbookModel, value: unknown, textFormat: boolean, location: string): Prepared {
  if (value === null || value === undefined) return { content: SKIP, formula: null, typedText: false };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidArgument(location);
    return { content: value, formula: null, typedText: false };
  }
  if (typeof value === 'boolean') return { content: value, formula: null, typedText: false };
  if (typeof value !== 'string') throw invalidArgument(location);
  if (value === '') return { content: null, formula: null, typedText: false };
  if (textFormat) return { content: `'${value}`, formula: null, typedText: false };
  const signed = (value.startsWith('+') || value.startsWith('-')) && value.length > 1;
  if (value.startsWith('=') || (signed && !NUMERIC.test(value.trim()))) {
    const written = value.startsWith('=') ? value : `=${value}`;
    return { content: model.engine.checkFormula(written, location), formula: written, typedText: false };
  }
  return { content: value, formula: null, typedText: true };
}

/** Formats Excel gives a cell when text it parses is a date or a percentage. */
const AUTO_FORMATS: Record<string, string> = {
  NUMBER_DATE: 'm/d/yyyy',
  NUMBER_DATETIME: 'm/d/yyyy h:mm',
  NUMBER_TIME: 'h:mm',
  NUMBER_PERCENT: '0%',
};

/** Writes `input` over r (Range.values or Range.formulas). */
export function writeContents(
  model: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  input: unknown,
  location: string,
) {
  const matrix = shapeFor(r, input, location);
  assertContentsEditable(sheet, r, location);
  const prepared = matrix.map((line, i) =>
    line.map((value, j) => {
      const textFormat = sheet.formats.get('numberFormat', r.r0 + i, r.c0 + j) === '@';
      return prepare(model, value, textFormat, location);
    }),
  );
  const typed: [number, number][] = [];
  prepared.forEach((line, i) => {
    let start = 0;
    while (start < line.length) {
      if (line[start].content === SKIP) {
        start++;
        continue;
      }
      let end = start;
      while (end < line.length && line[end].content !== SKIP) end++;
      const run = line.slice(start, end);
      model.engine.setRow(
        sheet.engineId,
        r.r0 + i,
        r.c0 + start,
        run.map((p) => p.content as EngineContent),
        run.map((p) => p.formula),
      );
      run.forEach((p, k) => p.typedText && typed.push([r.r0 + i, r.c0 + start + k]));
      start = end;
    }
  });
  for (const [row, col] of typed) {
    const auto = AUTO_FORMATS[model.engine.detailedType(sheet.engineId, row, col)];
    if (auto && sheet.formats.get('numberFormat', row, col) === 'General') {
      sheet.formats.apply({ r0: row, c0: col, r1: row, c1: col }, { numberFormat: auto });
    }
  }
}

/** Only the part of r that can hold contents is read cell by cell; the rest is empty. */
function readMatrix<T>(
  model: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  location: string,
  cell: (row: number, col: number) => T,
  empty: T,
): T[][] {
  checkSize(r, location);
  const filled = model.engine.contentBounds(sheet.engineId);
  const live = filled && intersect(filled, r);
  return buildMatrix(r, (row, col) =>
    live && row >= live.r0 && row <= live.r1 && col >= live.c0 && col <= live.c1 ? cell(row, col) : empty,
  );
}

export function readValues(
  model: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  location: string,
): CellScalar[][] {
  return readMatrix(
    model,
    sheet,
    r,
    location,
    (row, col) => model.engine.value(sheet.engineId, row, col).value,
    '',
  );
}

export function readFormulas(
  model: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  location: string,
): CellScalar[][] {
  return readMatrix(
    model,
    sheet,
    r,
    location,
    (row, col) => model.engine.formula(sheet.engineId, row, col),
    '',
  );
}

export function readValueTypes(
  model: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  location: string,
): ValueKind[][] {
  return readMatrix(
    model,
    sheet,
    r,
    location,
    (row, col) => model.engine.value(sheet.engineId, row, col).kind,
    'Empty',
  );
}

export function cellText(model: WorkbookModel, sheet: SheetModel, row: number, col: number): string {
  const { value } = model.engine.value(sheet.engineId, row, col);
  return displayText(value, sheet.formats.get('numberFormat', row, col), model.displayLocale);
}

export function readText(model: WorkbookModel, sheet: SheetModel, r: Rect, location: string): string[][] {
  return readMatrix(model, sheet, r, location, (row, col) => cellText(model, sheet, row, col), '');
}

export function readNumberFormats(sheet: SheetModel, r: Rect, location: string): string[][] {
  checkSize(r, location);
  return buildMatrix(r, (row, col) => sheet.formats.get('numberFormat', row, col));
}

/** Range.numberFormat = …: same shape rules as values; "@" afterwards keeps new text as text. */
export function writeNumberFormats(sheet: SheetModel, r: Rect, input: unknown, location: string): void {
  if (typeof input === 'string') {
    assertAllowed(sheet, 'allowFormatCells', location);
    sheet.formats.apply(r, { numberFormat: input });
    return;
  }
  const matrix = shapeFor(r, input, location);
  assertAllowed(sheet, 'allowFormatCells', location);
  if (matrix.some((line) => line.some((v) => v !== null && v !== undefined && typeof v !== 'string'))) {
    throw invalidArgument(location);
  }
  // One layer per run of equal formats down a column: number formats usually follow columns.
  for (let j = 0; j < colCount(r); j++) {
    let i = 0;
    while (i < matrix.length) {
      const format = matrix[i][j];
      let end = i + 1;
      while (end < matrix.length && matrix[end][j] === format) end++;
      if (typeof format === 'string') {
        sheet.formats.apply(
          { r0: r.r0 + i, c0: r.c0 + j, r1: r.r0 + end - 1, c1: r.c0 + j },
          { numberFormat: format },
        );
      }
      i = end;
    }
  }
}

/** The rectangle holding every value (and, unless valuesOnly, every formatted or merged cell), or null. */
export function usedRect(model: WorkbookModel, sheet: SheetModel, valuesOnly: boolean): Rect | null {
  const parts = [model.engine.contentBounds(sheet.engineId)];
  if (!valuesOnly) parts.push(sheet.formats.extent(), ...sheet.merges);
  return parts.reduce<Rect | null>(
    (all, part) => (part ? (all ? boundingRect(all, part) : part) : all),
    null,
  );
}
