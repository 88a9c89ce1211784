/**
 * Range.format.borders: getItem("EdgeTop"…) per side. A range's EdgeBottom is the same line as the EdgeTop
 * of the row below (see cell-format.ts); diagonals are accepted and not kept.
 */
import { normalizeColor } from './cell-format';
import { CollectionBase } from './collection';
import { invalidArgument } from './errors';
import { BORDER_INDEXES, applyBorder, readBorder } from './format-ops';
import type { BorderIndex, BorderLine } from './format-ops';
import { ClientObjectBase } from './proxy';
import type { ProxyContext, Resolver } from './proxy';
import type { RangeTarget } from './range';

const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];

type Check = (value: unknown) => unknown;
const oneOf =
  (allowed: string[]): Check =>
  (v) =>
    typeof v === 'string' && allowed.includes(v) ? v : undefined;
const isColor: Check = (v) => normalizeColor(v) ?? undefined;

interface BorderTarget extends RangeTarget {
  index: BorderIndex;
}

export class FakeRangeBorder extends ClientObjectBase<BorderTarget> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<BorderTarget>) {
    super(context, 'RangeBorder', path, resolver);
  }

  get sideIndex(): string {
    return this._get('sideIndex');
  }
  get style(): string {
    return this._get('style');
  }
  set style(v: string) {
    this._line('style', v, oneOf(LINE_STYLES));
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._line('color', v, isColor);
  }
  get weight(): string {
    return this._get('weight');
  }
  set weight(v: string) {
    this._line('weight', v, oneOf(WEIGHTS));
  }

  private _line(name: keyof BorderLine, value: unknown, check: Check): void {
    this._setProp(name, value, ({ sheet, rect, index }, _model, v) => {
      const normalized = check(v);
      if (normalized === undefined) throw invalidArgument(`RangeBorder.${name}`);
      applyBorder(sheet, rect, index, { [name]: normalized }, `RangeBorder.${name}`);
    });
  }

  protected _scalarNames(): readonly string[] {
    return ['sideIndex', 'style', 'color', 'weight'];
  }

  protected _read({ sheet, rect, index }: BorderTarget, name: string): unknown {
    if (name === 'sideIndex') return index;
    return readBorder(sheet, rect, index)[name as keyof BorderLine];
  }
}

export class FakeRangeBorderCollection extends CollectionBase<RangeTarget, BorderTarget, FakeRangeBorder> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<RangeTarget>) {
    super(context, 'RangeBorderCollection', path, resolver);
  }

  get count(): number {
    return this._get('count');
  }

  getItem(index: string): FakeRangeBorder {
    return this._kid(`side:${index}`, () => {
      return new FakeRangeBorder(
        this.context,
        `${this._path}.getItem(${JSON.stringify(index)})`,
        this._from((t) => {
          if (!BORDER_INDEXES.includes(index as BorderIndex))
            throw invalidArgument('RangeBorderCollection.getItem');
          return { ...t, index: index as BorderIndex };
        }),
      );
    });
  }

  getItemAt(index: number): FakeRangeBorder {
    const side = BORDER_INDEXES[index];
    if (side === undefined) {
      return new FakeRangeBorder(this.context, `${this._path}.getItemAt(${index})`, () => {
        throw invalidArgument('RangeBorderCollection.getItemAt');
      });
    }
    return this.getItem(side);
  }

  protected override _scalarNames(): readonly string[] {
    return ['count'];
  }

  protected _list(target: RangeTarget): BorderTarget[] {
    return BORDER_INDEXES.map((index) => ({ ...target, index }));
  }

  protected _itemKey(item: BorderTarget): string {
    return item.index;
  }

  protected _makeItem(item: BorderTarget): FakeRangeBorder {
    return this.getItem(item.index);
  }
}
