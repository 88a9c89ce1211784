/** Collections (worksheets, names, charts…): `items` after load, each item a proxy pinned to its object. */
import { itemRequest } from './load-request';
import type { LoadRequest } from './load-request';
import { ClientObjectBase, jsonBytes } from './proxy';
import type { BatchState } from './proxy';
import type { WorkbookModel } from './workbook-model';

export abstract class CollectionBase<
  T,
  TItem,
  P extends ClientObjectBase<TItem>,
> extends ClientObjectBase<T> {
  get items(): P[] {
    return this._get('items');
  }

  protected abstract _list(target: T, model: WorkbookModel): TItem[];
  protected abstract _itemKey(item: TItem): string;
  protected abstract _makeItem(item: TItem, index: number): P;

  /** The same proxy for the same object across loads. */
  protected _item(item: TItem, index: number): P {
    const proxy = this._kid(`item:${this._itemKey(item)}`, () => this._makeItem(item, index));
    proxy._pin(item);
    return proxy;
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _read(target: T, name: string, model: WorkbookModel): unknown {
    return name === 'count' ? this._list(target, model).length : undefined;
  }

  override _loadNow(request: LoadRequest, model: WorkbookModel, batch: BatchState): void {
    const target = this._resolve(model);
    if (target === null) return;
    const own = this._scalarNames().filter((n) => request.all || request.names.has(n));
    const items = this._list(target, model).map((item, i) => this._item(item, i));
    const perItem = itemRequest(request, this._scalarNames());
    items.forEach((proxy) => proxy._loadNow(perItem, model, batch));
    const values = own.map((n): [string, unknown] => [n, this._read(target, n, model)]);
    batch.responseBytes += jsonBytes(Object.fromEntries(values));
    batch.results.push(() => {
      this._fields.set('items', items);
      values.forEach(([n, v]) => this._fields.set(n, v));
    });
  }

  override toJSON(): Record<string, unknown> {
    const items = this._fields.get('items') as P[] | undefined;
    return { items: (items ?? []).map((p) => p.toJSON()) };
  }
}
