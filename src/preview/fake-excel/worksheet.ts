/** Worksheet and WorksheetCollection proxies. */
import { normalizeColor } from './cell-format';
import { FakeChartCollection } from './chart';
import { CollectionBase } from './collection';
import { invalidArgument, itemNotFound } from './errors';
import { MAX_COL, MAX_ROW, checkedRect, rect, tryParseReference } from './geometry';
import type { Rect } from './geometry';
import { queueResult } from './client-result';
import type { FakeClientResult } from './client-result';
import { ClientObjectBase } from './proxy';
import type { ProxyContext, Resolver } from './proxy';
import { FakeRange } from './range';
import type { RangeTarget } from './range';
import { usedRect } from './range-ops';
import type { SheetModel } from './sheet-model';
import { FakeWorksheetFreezePanes } from './freeze-panes';
import { FakePageLayout } from './page-layout';
import { FakeWorksheetProtection } from './worksheet-protection';
import type { WorkbookModel } from './workbook-model';

const quote = (v: unknown): string => JSON.stringify(v ?? null);

/** Worksheet.getRange(address): an address on this sheet, or a workbook name that refers to it. */
export function rangeOnSheet(
  model: WorkbookModel,
  sheet: SheetModel,
  address: unknown,
  location: string,
): Rect {
  if (address === undefined || address === null || address === '') return rect(0, 0, MAX_ROW, MAX_COL);
  if (typeof address !== 'string') throw invalidArgument(location);
  const parsed = tryParseReference(address);
  if (parsed) {
    if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
      throw invalidArgument(location);
    }
    return parsed.rect;
  }
  const named = model.findName(address);
  const target = named && model.nameRange(named);
  if (target && target.sheet === sheet) return target.rect;
  throw invalidArgument(location);
}

export class FakeWorksheet extends ClientObjectBase<SheetModel> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<SheetModel>) {
    super(context, 'Worksheet', path, resolver);
  }

  protected override _check(sheet: SheetModel, model: WorkbookModel): void {
    model.alive(sheet, 'Worksheet');
  }

  get id(): string {
    return this._get('id');
  }

  get name(): string {
    return this._get('name');
  }

  set name(value: string) {
    this._setProp('name', value, (sheet, model, v) => model.renameSheet(sheet, v, 'Worksheet.name'));
  }

  get position(): number {
    return this._get('position');
  }

  set position(value: number) {
    this._setProp('position', value, (sheet, model, v) => model.moveSheet(sheet, v, 'Worksheet.position'));
  }

  get visibility(): string {
    return this._get('visibility');
  }

  set visibility(value: string) {
    this._setProp('visibility', value, (sheet, model, v) =>
      model.setVisibility(sheet, v, 'Worksheet.visibility'),
    );
  }

  get tabColor(): string {
    return this._get('tabColor');
  }

  set tabColor(value: string) {
    this._setProp('tabColor', value, (sheet, _model, v) => {
      if (v === '') {
        sheet.tabColor = '';
        return;
      }
      const color = normalizeColor(v);
      if (!color) throw invalidArgument('Worksheet.tabColor');
      sheet.tabColor = color;
    });
  }

  get showGridlines(): boolean {
    return this._get('showGridlines');
  }

  set showGridlines(value: boolean) {
    this._setProp('showGridlines', value, (sheet, _model, v) => {
      sheet.showGridlines = v === true;
    });
  }

  get standardWidth(): number {
    return this._get('standardWidth');
  }

  set standardWidth(value: number) {
    this._setProp('standardWidth', value, (sheet, _model, v) => {
      if (typeof v !== 'number' || v <= 0) throw invalidArgument('Worksheet.standardWidth');
      sheet.defaultColumnWidth = v;
    });
  }

  get standardHeight(): number {
    return this._get('standardHeight');
  }

  get protection(): FakeWorksheetProtection {
    return this._kid(
      'protection',
      () =>
        new FakeWorksheetProtection(
          this.context,
          `${this._path}.protection`,
          this._from((s) => s),
        ),
    );
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    return this._kid(
      'freezePanes',
      () =>
        new FakeWorksheetFreezePanes(
          this.context,
          `${this._path}.freezePanes`,
          this._from((s) => s),
        ),
    );
  }

  get pageLayout(): FakePageLayout {
    return this._kid(
      'pageLayout',
      () =>
        new FakePageLayout(
          this.context,
          `${this._path}.pageLayout`,
          this._from((s) => s),
        ),
    );
  }

  get charts(): FakeChartCollection {
    return this._kid(
      'charts',
      () =>
        new FakeChartCollection(
          this.context,
          `${this._path}.charts`,
          this._from((s) => s),
        ),
    );
  }

  activate(): void {
    this._call('activate', [], (sheet, model) => model.activate(sheet, 'Worksheet.activate'));
  }

  delete(): void {
    this._call('delete', [], (sheet, model) => model.deleteSheet(sheet, 'Worksheet.delete'));
  }

  calculate(_markAllDirty?: boolean): void {
    this._call('calculate', [_markAllDirty], (_sheet, model) => model.engine.resume(), false);
  }

  getRange(address?: string): FakeRange {
    return this._range(`getRange(${address === undefined ? '' : quote(address)})`, (sheet, model) =>
      rangeOnSheet(model, sheet, address, 'Worksheet.getRange'),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this._range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () =>
      checkedRect(
        startRow,
        startColumn,
        startRow + rowCount - 1,
        startColumn + columnCount - 1,
        'Worksheet.getRangeByIndexes',
      ),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this._range(`getCell(${row},${column})`, () =>
      checkedRect(row, column, row, column, 'Worksheet.getCell'),
    );
  }

  /** Excel answers A1 for an empty sheet. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._range(
      `getUsedRange(${valuesOnly ?? ''})`,
      (sheet, model) => usedRect(model, sheet, valuesOnly === true) ?? rect(0, 0),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = this._range(`getUsedRangeOrNullObject(${valuesOnly ?? ''})`, (sheet, model) =>
      usedRect(model, sheet, valuesOnly === true),
    );
    range._requestInstantiate();
    return range;
  }

  private _range(member: string, find: (sheet: SheetModel, model: WorkbookModel) => Rect | null): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.${member}`,
      this._from((sheet, model): RangeTarget | null => {
        const r = find(sheet, model);
        return r ? { sheet, rect: r } : null;
      }),
    );
  }

  protected _scalarNames(): readonly string[] {
    return [
      'id',
      'name',
      'position',
      'visibility',
      'tabColor',
      'showGridlines',
      'standardWidth',
      'standardHeight',
    ];
  }

  protected override _navNames(): readonly string[] {
    return ['protection', 'freezePanes', 'pageLayout', 'charts'];
  }

  protected _read(sheet: SheetModel, name: string, model: WorkbookModel): unknown {
    switch (name) {
      case 'id':
        return sheet.id;
      case 'name':
        return sheet.name;
      case 'position':
        return model.position(sheet);
      case 'visibility':
        return sheet.visibility;
      case 'tabColor':
        return sheet.tabColor;
      case 'showGridlines':
        return sheet.showGridlines;
      case 'standardWidth':
        return sheet.defaultColumnWidth;
      case 'standardHeight':
        return sheet.defaultRowHeight;
      default:
        return undefined;
    }
  }
}

export class FakeWorksheetCollection extends CollectionBase<WorkbookModel, SheetModel, FakeWorksheet> {
  constructor(context: ProxyContext, path: string) {
    super(context, 'WorksheetCollection', path, (model) => model);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this._path}.getItem(${quote(key)})`,
      this._from((model) => model.requireSheet(String(key), 'WorksheetCollection.getItem')),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const sheet = new FakeWorksheet(
      this.context,
      `${this._path}.getItemOrNullObject(${quote(key)})`,
      this._from((model) => model.findSheet(String(key)) ?? null),
    );
    sheet._requestInstantiate();
    return sheet;
  }

  add(name?: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, `${this._path}.add(${quote(name)})`, () => {
      throw itemNotFound('WorksheetCollection.add');
    });
    this._call('add', [name], (model) => sheet._pin(model.addSheet(name, 'WorksheetCollection.add')));
    return sheet;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this._path}.getActiveWorksheet()`,
      this._from((model) => model.activeSheet),
    );
  }

  getFirst(visibleOnly?: boolean): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this._path}.getFirst(${visibleOnly ?? ''})`,
      this._from((model) => model.sheets.find((s) => !visibleOnly || s.visibility === 'Visible') ?? null),
    );
  }

  getLast(visibleOnly?: boolean): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this._path}.getLast(${visibleOnly ?? ''})`,
      this._from(
        (model) =>
          [...model.sheets].reverse().find((s) => !visibleOnly || s.visibility === 'Visible') ?? null,
      ),
    );
  }

  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    return queueResult(
      this.context,
      this._entity,
      'getCount',
      this._path,
      (model) => model.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length,
    );
  }

  protected _list(model: WorkbookModel): SheetModel[] {
    return [...model.sheets];
  }

  protected _itemKey(sheet: SheetModel): string {
    return sheet.id;
  }

  protected _makeItem(sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItem(${quote(sheet.id)})`, () => sheet);
  }
}
