/**
 * workbook.names. A reference given as text must start with "=": Excel stores "'Sheet'!$A$1" (no "=") as
 * the text constant ="'Sheet'!$A$1" (OfficeDev/office-js#2283), so formulas using the name get that text
 * and getRange() fails. The fake reproduces this so such code is caught before it reaches Excel.
 */
import { CollectionBase } from './collection';
import { apiError, invalidArgument, itemNotFound } from './errors';
import { qualifiedAddress } from './geometry';
import { queueResult } from './client-result';
import type { FakeClientResult } from './client-result';
import { ClientObjectBase } from './proxy';
import type { ProxyContext, Resolver } from './proxy';
import { FakeRange } from './range';
import type { RangeTarget } from './range';
import type { NamedItemModel, WorkbookModel } from './workbook-model';

function referenceFormula(reference: unknown, model: WorkbookModel, location: string): string {
  if (reference instanceof FakeRange) {
    const target = reference._resolve(model);
    if (!target) throw invalidArgument(location);
    return `=${qualifiedAddress(target.sheet.name, target.rect, true)}`;
  }
  if (typeof reference !== 'string' || reference === '') throw invalidArgument(location);
  return reference;
}

export class FakeNamedItem extends ClientObjectBase<NamedItemModel> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<NamedItemModel>) {
    super(context, 'NamedItem', path, resolver);
  }

  protected override _check(item: NamedItemModel, model: WorkbookModel): void {
    if (!model.names.includes(item)) throw itemNotFound('NamedItem');
  }

  get name(): string {
    return this._get('name');
  }
  get type(): string {
    return this._get('type');
  }
  get value(): unknown {
    return this._get('value');
  }
  get scope(): string {
    return this._get('scope');
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(formula: string) {
    this._setProp('formula', formula, (item, model, v) => {
      if (typeof v !== 'string' || v === '') throw invalidArgument('NamedItem.formula');
      if (v.startsWith('=') && !model.engine.isValidFormula(v)) throw invalidArgument('NamedItem.formula');
      model.engine.setName(item.name, v);
      item.formula = v;
    });
  }
  get comment(): string {
    return this._get('comment');
  }
  set comment(comment: string) {
    this._setProp('comment', comment, (item, _m, v) => {
      item.comment = String(v ?? '');
    });
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(visible: boolean) {
    this._setProp('visible', visible, (item, _m, v) => {
      item.visible = v === true;
    });
  }

  /** InvalidReference when the name is not a range (a constant, a formula). */
  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getRange()`,
      this._from((item, model): RangeTarget => {
        const range = model.nameRange(item);
        if (!range) throw apiError('InvalidReference', 'NamedItem.getRange');
        return range;
      }),
    );
  }

  getRangeOrNullObject(): FakeRange {
    const range = new FakeRange(
      this.context,
      `${this._path}.getRangeOrNullObject()`,
      this._from((item, model) => model.nameRange(item)),
    );
    range._requestInstantiate();
    return range;
  }

  delete(): void {
    this._call('delete', [], (item, model) => model.deleteName(item));
  }

  protected _scalarNames(): readonly string[] {
    return ['name', 'type', 'value', 'formula', 'comment', 'visible', 'scope'];
  }

  protected _read(item: NamedItemModel, name: string, model: WorkbookModel): unknown {
    switch (name) {
      case 'name':
        return item.name;
      case 'type':
        return model.nameType(item);
      case 'value':
        return model.nameValue(item);
      case 'formula':
        return item.formula.startsWith('=') ? item.formula : `="${item.formula.replace(/"/g, '""')}"`;
      case 'comment':
        return item.comment;
      case 'visible':
        return item.visible;
      default:
        return 'Workbook';
    }
  }
}

export class FakeNamedItemCollection extends CollectionBase<WorkbookModel, NamedItemModel, FakeNamedItem> {
  constructor(context: ProxyContext, path: string) {
    super(context, 'NamedItemCollection', path, (model) => model);
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const item = new FakeNamedItem(this.context, `${this._path}.add(${JSON.stringify(name)})`, () => {
      throw itemNotFound('NamedItemCollection.add');
    });
    this._call('add', [name, reference, comment], (model, _m, [n, ref, c]) => {
      const formula = referenceFormula(ref, model, 'NamedItemCollection.add');
      item._pin(model.addName(n, formula, c, 'NamedItemCollection.add'));
    });
    return item;
  }

  addFormulaLocal(name: string, formula: string, comment?: string): FakeNamedItem {
    return this.add(name, formula, comment);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      `${this._path}.getItem(${JSON.stringify(name)})`,
      this._from((model) => {
        const item = model.findName(String(name));
        if (!item) throw itemNotFound('NamedItemCollection.getItem');
        return item;
      }),
    );
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    const item = new FakeNamedItem(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      this._from((model) => model.findName(String(name)) ?? null),
    );
    item._requestInstantiate();
    return item;
  }

  getCount(): FakeClientResult<number> {
    return queueResult(this.context, this._entity, 'getCount', this._path, (model) => model.names.length);
  }

  protected _list(model: WorkbookModel): NamedItemModel[] {
    return [...model.names];
  }

  protected _itemKey(item: NamedItemModel): string {
    return item.name.toLowerCase();
  }

  protected _makeItem(item: NamedItemModel): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this._path}.getItem(${JSON.stringify(item.name)})`, () => item);
  }
}
