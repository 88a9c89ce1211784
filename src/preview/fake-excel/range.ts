/** The Range proxy: contents, addresses, derived ranges, merging, clearing and selection. */
import { FakeConditionalFormatCollection } from './conditional-format';
import { FakeDataValidation } from './data-validation';
import { invalidArgument, itemNotFound } from './errors';
import { FakeRangeFormat } from './format';
import { clearRange, mergeRange, unmergeRange } from './format-ops';
import {
  MAX_COL,
  MAX_ROW,
  boundingRect,
  cellCount,
  checkedRect,
  colCount,
  intersect,
  isEntireColumn,
  isEntireRow,
  qualifiedAddress,
  rect,
  rowCount,
} from './geometry';
import type { Rect } from './geometry';
import { ClientObjectBase } from './proxy';
import { localFormatCode } from './number-format';
import type { ProxyContext, Resolver } from './proxy';
import { argumentRect } from './range-argument';
import {
  readFormulas,
  readNumberFormats,
  readText,
  readValueTypes,
  readValues,
  usedRect,
  writeContents,
  writeNumberFormats,
} from './range-ops';
import type { SheetModel } from './sheet-model';
import { FakeWorksheet } from './worksheet';
import type { WorkbookModel } from './workbook-model';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

/** Applies fn to every format code of a scalar or 2-D input, leaving other values for the shape checks. */
function mapFormats<T>(input: T, fn: (code: string) => string): T {
  if (typeof input === 'string') return fn(input) as T;
  if (!Array.isArray(input)) return input;
  return input.map((line: unknown) =>
    Array.isArray(line) ? line.map((v) => (typeof v === 'string' ? fn(v) : v)) : line,
  ) as T;
}

export class FakeRange extends ClientObjectBase<RangeTarget> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<RangeTarget>) {
    super(context, 'Range', path, resolver);
  }

  protected override _check(target: RangeTarget, model: WorkbookModel): void {
    model.alive(target.sheet, 'Range');
  }

  get address(): string {
    return this._get('address');
  }

  get addressLocal(): string {
    return this._get('addressLocal');
  }

  get cellCount(): number {
    return this._get('cellCount');
  }

  get rowCount(): number {
    return this._get('rowCount');
  }

  get columnCount(): number {
    return this._get('columnCount');
  }

  get rowIndex(): number {
    return this._get('rowIndex');
  }

  get columnIndex(): number {
    return this._get('columnIndex');
  }

  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }

  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }

  get values(): unknown[][] {
    return this._get('values');
  }

  set values(values: unknown[][]) {
    this._setProp('values', values, ({ sheet, rect: r }, model, v) =>
      writeContents(model, sheet, r, v, 'Range.values'),
    );
  }

  get formulas(): unknown[][] {
    return this._get('formulas');
  }

  set formulas(formulas: unknown[][]) {
    this._setProp('formulas', formulas, ({ sheet, rect: r }, model, v) =>
      writeContents(model, sheet, r, v, 'Range.formulas'),
    );
  }

  get formulasLocal(): unknown[][] {
    return this._get('formulasLocal');
  }

  /** The fake's locale is en-US, so local formulas are the English ones. */
  set formulasLocal(formulas: unknown[][]) {
    this._setProp('formulasLocal', formulas, ({ sheet, rect: r }, model, v) =>
      writeContents(model, sheet, r, v, 'Range.formulasLocal'),
    );
  }

  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }

  set numberFormat(formats: unknown[][]) {
    this._setProp('numberFormat', formats, ({ sheet, rect: r }, _model, v) =>
      writeNumberFormats(sheet, r, v, 'Range.numberFormat'),
    );
  }

  get numberFormatLocal(): unknown[][] {
    return this._get('numberFormatLocal');
  }

  set numberFormatLocal(formats: unknown[][]) {
    this._setProp('numberFormatLocal', formats, ({ sheet, rect: r }, model, v) =>
      writeNumberFormats(
        sheet,
        r,
        mapFormats(v, (code) => localFormatCode(code, model.displayLocale)),
        'Range.numberFormatLocal',
      ),
    );
  }

  get text(): string[][] {
    return this._get('text');
  }

  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }

  get format(): FakeRangeFormat {
    return this._kid(
      'format',
      () =>
        new FakeRangeFormat(
          this.context,
          `${this._path}.format`,
          this._from((t) => t),
        ),
    );
  }

  get dataValidation(): FakeDataValidation {
    return this._kid(
      'dataValidation',
      () =>
        new FakeDataValidation(
          this.context,
          `${this._path}.dataValidation`,
          this._from((t) => t),
        ),
    );
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._kid(
      'conditionalFormats',
      () =>
        new FakeConditionalFormatCollection(
          this.context,
          `${this._path}.conditionalFormats`,
          this._from((t) => t),
        ),
    );
  }

  get worksheet(): FakeWorksheet {
    return this._kid(
      'worksheet',
      () =>
        new FakeWorksheet(
          this.context,
          `${this._path}.worksheet`,
          this._from((t) => t.sheet),
        ),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this._derived(`getCell(${row},${column})`, ({ rect: r }) =>
      checkedRect(r.r0 + row, r.c0 + column, r.r0 + row, r.c0 + column, 'Range.getCell'),
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._derived(`getOffsetRange(${rowOffset},${columnOffset})`, ({ rect: r }) =>
      checkedRect(
        r.r0 + rowOffset,
        r.c0 + columnOffset,
        r.r1 + rowOffset,
        r.c1 + columnOffset,
        'Range.getOffsetRange',
      ),
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derived(`getResizedRange(${deltaRows},${deltaColumns})`, ({ rect: r }) =>
      checkedRect(r.r0, r.c0, r.r1 + deltaRows, r.c1 + deltaColumns, 'Range.getResizedRange'),
    );
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this._derived(`getAbsoluteResizedRange(${numRows},${numColumns})`, ({ rect: r }) =>
      checkedRect(r.r0, r.c0, r.r0 + numRows - 1, r.c0 + numColumns - 1, 'Range.getAbsoluteResizedRange'),
    );
  }

  getRow(row: number): FakeRange {
    return this._derived(`getRow(${row})`, ({ rect: r }) => {
      if (row < 0 || row >= rowCount(r)) throw invalidArgument('Range.getRow');
      return rect(r.r0 + row, r.c0, r.r0 + row, r.c1);
    });
  }

  getColumn(column: number): FakeRange {
    return this._derived(`getColumn(${column})`, ({ rect: r }) => {
      if (column < 0 || column >= colCount(r)) throw invalidArgument('Range.getColumn');
      return rect(r.r0, r.c0 + column, r.r1, r.c0 + column);
    });
  }

  getEntireRow(): FakeRange {
    return this._derived('getEntireRow()', ({ rect: r }) => rect(r.r0, 0, r.r1, MAX_COL));
  }

  getEntireColumn(): FakeRange {
    return this._derived('getEntireColumn()', ({ rect: r }) => rect(0, r.c0, MAX_ROW, r.c1));
  }

  getLastCell(): FakeRange {
    return this._derived('getLastCell()', ({ rect: r }) => rect(r.r1, r.c1));
  }

  getLastRow(): FakeRange {
    return this._derived('getLastRow()', ({ rect: r }) => rect(r.r1, r.c0, r.r1, r.c1));
  }

  getLastColumn(): FakeRange {
    return this._derived('getLastColumn()', ({ rect: r }) => rect(r.r0, r.c1, r.r1, r.c1));
  }

  getBoundingRect(anotherRange: FakeRange | string): FakeRange {
    return this._derived('getBoundingRect(...)', (t, model) =>
      boundingRect(t.rect, argumentRect(anotherRange, t.sheet, model, 'Range.getBoundingRect')),
    );
  }

  /** ItemNotFound when the ranges do not meet (Excel's documented behaviour). */
  getIntersection(anotherRange: FakeRange | string): FakeRange {
    return this._derived('getIntersection(...)', (t, model) => {
      const meet = intersect(t.rect, argumentRect(anotherRange, t.sheet, model, 'Range.getIntersection'));
      if (!meet) throw itemNotFound('Range.getIntersection');
      return meet;
    });
  }

  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    const range = this._derived('getIntersectionOrNullObject(...)', (t, model) =>
      intersect(t.rect, argumentRect(anotherRange, t.sheet, model, 'Range.getIntersectionOrNullObject')),
    );
    range._requestInstantiate();
    return range;
  }

  /** ItemNotFound when nothing in the range is used (Excel's documented behaviour). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._derived(`getUsedRange(${valuesOnly ?? ''})`, (t, model) => {
      const used = usedRect(model, t.sheet, valuesOnly === true);
      const meet = used && intersect(used, t.rect);
      if (!meet) throw itemNotFound('Range.getUsedRange');
      return meet;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = this._derived(`getUsedRangeOrNullObject(${valuesOnly ?? ''})`, (t, model) => {
      const used = usedRect(model, t.sheet, valuesOnly === true);
      return used && intersect(used, t.rect);
    });
    range._requestInstantiate();
    return range;
  }

  merge(across?: boolean): void {
    this._call('merge', [across], ({ sheet, rect: r }, model, [a]) =>
      mergeRange(model, sheet, r, a, 'Range.merge'),
    );
  }

  unmerge(): void {
    this._call('unmerge', [], ({ sheet, rect: r }) => unmergeRange(sheet, r, 'Range.unmerge'));
  }

  clear(applyTo?: string): void {
    this._call('clear', [applyTo], ({ sheet, rect: r }, model, [a]) =>
      clearRange(model, sheet, r, a, 'Range.clear'),
    );
  }

  /** Selects the range (and activates its sheet), as the preview shows. */
  select(): void {
    this._call('select', [], ({ sheet, rect: r }, model) => {
      model.activate(sheet, 'Range.select');
      sheet.selection = r;
    });
  }

  calculate(): void {
    this._call('calculate', [], (_t, model) => model.engine.resume(), false);
  }

  private _derived(
    member: string,
    find: (target: RangeTarget, model: WorkbookModel) => Rect | null,
  ): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.${member}`,
      this._from((t, model) => {
        const r = find(t, model);
        return r ? { sheet: t.sheet, rect: r } : null;
      }),
    );
  }

  protected _scalarNames(): readonly string[] {
    return [
      'address',
      'addressLocal',
      'cellCount',
      'rowCount',
      'columnCount',
      'rowIndex',
      'columnIndex',
      'isEntireColumn',
      'isEntireRow',
      'values',
      'formulas',
      'formulasLocal',
      'numberFormat',
      'numberFormatLocal',
      'text',
      'valueTypes',
    ];
  }

  protected override _navNames(): readonly string[] {
    return ['format', 'dataValidation', 'conditionalFormats', 'worksheet'];
  }

  protected _read({ sheet, rect: r }: RangeTarget, name: string, model: WorkbookModel): unknown {
    const location = `Range.${name}`;
    switch (name) {
      case 'address':
      case 'addressLocal':
        return qualifiedAddress(sheet.name, r);
      case 'cellCount':
        return cellCount(r);
      case 'rowCount':
        return rowCount(r);
      case 'columnCount':
        return colCount(r);
      case 'rowIndex':
        return r.r0;
      case 'columnIndex':
        return r.c0;
      case 'isEntireColumn':
        return isEntireColumn(r);
      case 'isEntireRow':
        return isEntireRow(r);
      case 'values':
        return readValues(model, sheet, r, location);
      case 'formulas':
      case 'formulasLocal':
        return readFormulas(model, sheet, r, location);
      case 'numberFormat':
        return readNumberFormats(sheet, r, location);
      case 'numberFormatLocal':
        return mapFormats(readNumberFormats(sheet, r, location), (code) =>
          localFormatCode(code, model.displayLocale),
        );
      case 'text':
        return readText(model, sheet, r, location);
      case 'valueTypes':
        return readValueTypes(model, sheet, r, location);
      default:
        return undefined;
    }
  }
}
