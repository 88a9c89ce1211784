/** The Workbook proxy (context.workbook) and its document properties. */
import { FakeApplication } from './application';
import { invalidArgument } from './errors';
import { rect } from './geometry';
import { FakeNamedItemCollection } from './names';
import { ClientObjectBase } from './proxy';
import type { ProxyContext } from './proxy';
import { FakeRange } from './range';
import type { DocumentPropertiesModel, WorkbookModel } from './workbook-model';
import { FakeWorksheetCollection } from './worksheet';

const TEXT_PROPERTIES = [
  'title',
  'subject',
  'author',
  'keywords',
  'comments',
  'category',
  'company',
  'manager',
] as const;
type TextProperty = (typeof TEXT_PROPERTIES)[number];

export class FakeDocumentProperties extends ClientObjectBase<WorkbookModel> {
  constructor(context: ProxyContext) {
    super(context, 'DocumentProperties', 'workbook.properties', (model) => model);
  }

  get title(): string {
    return this._get('title');
  }
  set title(v: string) {
    this._text('title', v);
  }
  get subject(): string {
    return this._get('subject');
  }
  set subject(v: string) {
    this._text('subject', v);
  }
  get author(): string {
    return this._get('author');
  }
  set author(v: string) {
    this._text('author', v);
  }
  get keywords(): string {
    return this._get('keywords');
  }
  set keywords(v: string) {
    this._text('keywords', v);
  }
  get comments(): string {
    return this._get('comments');
  }
  set comments(v: string) {
    this._text('comments', v);
  }
  get category(): string {
    return this._get('category');
  }
  set category(v: string) {
    this._text('category', v);
  }
  get company(): string {
    return this._get('company');
  }
  set company(v: string) {
    this._text('company', v);
  }
  get manager(): string {
    return this._get('manager');
  }
  set manager(v: string) {
    this._text('manager', v);
  }
  get lastAuthor(): string {
    return this._get('lastAuthor');
  }
  get creationDate(): Date {
    return this._get('creationDate');
  }

  private _text(name: TextProperty, value: string): void {
    this._setProp(name, value, (model, _m, v) => {
      if (typeof v !== 'string') throw invalidArgument(`DocumentProperties.${name}`);
      model.properties[name] = v;
    });
  }

  protected _scalarNames(): readonly string[] {
    return [...TEXT_PROPERTIES, 'lastAuthor', 'creationDate'];
  }

  protected _read(model: WorkbookModel, name: string): unknown {
    return model.properties[name as keyof DocumentPropertiesModel];
  }
}

export class FakeWorkbook extends ClientObjectBase<WorkbookModel> {
  constructor(context: ProxyContext) {
    super(context, 'Workbook', 'workbook', (model) => model);
  }

  get name(): string {
    return this._get('name');
  }

  get worksheets(): FakeWorksheetCollection {
    return this._kid('worksheets', () => new FakeWorksheetCollection(this.context, 'workbook.worksheets'));
  }

  get names(): FakeNamedItemCollection {
    return this._kid('names', () => new FakeNamedItemCollection(this.context, 'workbook.names'));
  }

  get properties(): FakeDocumentProperties {
    return this._kid('properties', () => new FakeDocumentProperties(this.context));
  }

  get application(): FakeApplication {
    return this._kid('application', () => new FakeApplication(this.context));
  }

  /** The selection on the active sheet (A1 until something is selected). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, 'workbook.getSelectedRange()', (model) => {
      const sheet = model.activeSheet;
      return { sheet, rect: sheet.selection };
    });
  }

  getActiveCell(): FakeRange {
    return new FakeRange(this.context, 'workbook.getActiveCell()', (model) => {
      const sheet = model.activeSheet;
      return { sheet, rect: rect(sheet.selection.r0, sheet.selection.c0) };
    });
  }

  protected _scalarNames(): readonly string[] {
    return ['name'];
  }

  protected override _navNames(): readonly string[] {
    return ['worksheets', 'names', 'properties', 'application'];
  }

  protected _read(): unknown {
    return 'Book1.xlsx';
  }
}
