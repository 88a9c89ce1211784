/**
 * Range.conditionalFormats and its ContainsText, CellValue and Custom formats (the fake does not draw data
 * bars, colour scales or icon sets: adding one fails with NotImplemented). Changing conditional formats on
 * a protected sheet is refused (AccessDenied).
 */
import { queueResult } from './client-result';
import type { FakeClientResult } from './client-result';
import { CollectionBase } from './collection';
import type { ConditionalType } from './conditional-format-model';
import {
  CfPart,
  FakeCellValueConditionalFormat,
  FakeCustomConditionalFormat,
  FakeTextConditionalFormat,
  edit,
} from './conditional-format-parts';
import type { CfTarget } from './conditional-format-parts';
import { apiError, invalidArgument, itemNotFound } from './errors';
import { intersect } from './geometry';
import type { ProxyContext, Resolver } from './proxy';
import { assertAllowed } from './protection';
import { FakeRange } from './range';
import type { RangeTarget } from './range';

const TYPES: ConditionalType[] = ['ContainsText', 'CellValue', 'Custom'];

export class FakeConditionalFormat extends CfPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<CfTarget>) {
    super(context, 'ConditionalFormat', path, resolver);
  }

  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  set priority(value: number) {
    this._setProp('priority', value, (t, _m, v) =>
      edit(t, 'ConditionalFormat.priority', (entry) => {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
          throw invalidArgument('ConditionalFormat.priority');
        const list = t.sheet.conditionalFormats.entries.filter((e) => e !== entry);
        list.splice(Math.min(v, list.length), 0, entry);
        t.sheet.conditionalFormats.entries = list;
      }),
    );
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this._setProp('stopIfTrue', value, (t, _m, v) =>
      edit(t, 'ConditionalFormat.stopIfTrue', (e) => (e.stopIfTrue = v === true)),
    );
  }

  get textComparison(): FakeTextConditionalFormat {
    return this._typed(
      'textComparison',
      'ContainsText',
      false,
      (p, r) => new FakeTextConditionalFormat(this.context, p, r),
    );
  }
  get textComparisonOrNullObject(): FakeTextConditionalFormat {
    return this._typed(
      'textComparisonOrNullObject',
      'ContainsText',
      true,
      (p, r) => new FakeTextConditionalFormat(this.context, p, r),
    );
  }
  get cellValue(): FakeCellValueConditionalFormat {
    return this._typed(
      'cellValue',
      'CellValue',
      false,
      (p, r) => new FakeCellValueConditionalFormat(this.context, p, r),
    );
  }
  get cellValueOrNullObject(): FakeCellValueConditionalFormat {
    return this._typed(
      'cellValueOrNullObject',
      'CellValue',
      true,
      (p, r) => new FakeCellValueConditionalFormat(this.context, p, r),
    );
  }
  get custom(): FakeCustomConditionalFormat {
    return this._typed(
      'custom',
      'Custom',
      false,
      (p, r) => new FakeCustomConditionalFormat(this.context, p, r),
    );
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this._typed(
      'customOrNullObject',
      'Custom',
      true,
      (p, r) => new FakeCustomConditionalFormat(this.context, p, r),
    );
  }

  delete(): void {
    this._call('delete', [], (t) =>
      edit(t, 'ConditionalFormat.delete', (entry) => t.sheet.conditionalFormats.remove(entry.id)),
    );
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getRange()`,
      this._from(({ sheet, entry }): RangeTarget => ({ sheet, rect: entry.areas[0] })),
    );
  }

  private _typed<P extends CfPart>(
    name: string,
    type: ConditionalType,
    orNull: boolean,
    make: (path: string, resolver: Resolver<CfTarget>) => P,
  ): P {
    return this._kid(name, () => {
      const part = make(
        `${this._path}.${name}`,
        this._from((t) => {
          if (t.entry.type === type) return t;
          if (orNull) return null;
          throw apiError('InvalidOperation', `ConditionalFormat.${name}`);
        }),
      );
      if (orNull) part._requestInstantiate();
      return part;
    });
  }

  protected _scalarNames(): readonly string[] {
    return ['id', 'type', 'priority', 'stopIfTrue'];
  }

  protected override _navNames(): readonly string[] {
    return ['textComparison', 'cellValue', 'custom'];
  }

  protected _read({ sheet, entry }: CfTarget, name: string): unknown {
    switch (name) {
      case 'id':
        return entry.id;
      case 'type':
        return entry.type;
      case 'priority':
        return sheet.conditionalFormats.entries.indexOf(entry);
      default:
        return entry.stopIfTrue;
    }
  }
}

export class FakeConditionalFormatCollection extends CollectionBase<
  RangeTarget,
  CfTarget,
  FakeConditionalFormat
> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<RangeTarget>) {
    super(context, 'ConditionalFormatCollection', path, resolver);
  }

  /** Added at the top priority, as Excel does. */
  add(type: string): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this.context, `${this._path}.add(${JSON.stringify(type)})`, () => {
      throw itemNotFound('ConditionalFormatCollection.add');
    });
    this._call('add', [type], ({ sheet, rect }, _model, [t]) => {
      assertAllowed(sheet, null, 'ConditionalFormatCollection.add');
      if (!TYPES.includes(t as ConditionalType)) {
        throw apiError('NotImplemented', 'ConditionalFormatCollection.add');
      }
      cf._pin({ sheet, entry: sheet.conditionalFormats.add(rect, t as ConditionalType) });
    });
    return cf;
  }

  /** Removes the conditional formats of this range's cells. */
  clearAll(): void {
    this._call('clearAll', [], ({ sheet, rect }) => {
      assertAllowed(sheet, null, 'ConditionalFormatCollection.clearAll');
      sheet.conditionalFormats.clear(rect);
    });
  }

  getCount(): FakeClientResult<number> {
    return queueResult(this.context, this._entity, 'getCount', this._path, (model) => {
      const target = this._resolve(model);
      return target ? target.sheet.conditionalFormats.within(target.rect).length : 0;
    });
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      `${this._path}.getItem(${JSON.stringify(id)})`,
      this._from(({ sheet }) => {
        const entry = sheet.conditionalFormats.get(id);
        if (!entry) throw itemNotFound('ConditionalFormatCollection.getItem');
        return { sheet, entry };
      }),
    );
  }

  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      `${this._path}.getItemAt(${index})`,
      this._from(({ sheet, rect }) => {
        const entry = sheet.conditionalFormats.within(rect)[index];
        if (!entry) throw itemNotFound('ConditionalFormatCollection.getItemAt');
        return { sheet, entry };
      }),
    );
  }

  protected _list({ sheet, rect }: RangeTarget): CfTarget[] {
    return sheet.conditionalFormats.entries
      .filter((entry) => entry.areas.some((a) => intersect(a, rect)))
      .map((entry) => ({ sheet, entry }));
  }

  protected _itemKey(item: CfTarget): string {
    return item.entry.id;
  }

  protected _makeItem(item: CfTarget): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      `${this._path}.getItem(${JSON.stringify(item.entry.id)})`,
      () => item,
    );
  }
}
