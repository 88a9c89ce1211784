/**
 * Range.conditionalFormats and its ContainsText, CellValue and Custom formats (the fake does not draw data
 * bars, colour scales or icon sets: adding one fails with NotImplemented). Changing conditional formats on
 * a protected sheet is refused (AccessDenied).
 */
import { normalizeColor } from './cell-format';
import { CollectionBase } from './collection';
import type { ConditionalEntry, ConditionalFormatStyle, ConditionalType } from './conditional-format-model';
import { apiError, invalidArgument, itemNotFound } from './errors';
import { intersect } from './geometry';
import { queueResult } from './client-result';
import type { FakeClientResult } from './client-result';
import { ClientObjectBase } from './proxy';
import type { ProxyContext, Resolver } from './proxy';
import { assertAllowed } from './protection';
import { FakeRange } from './range';
import type { RangeTarget } from './range';
import type { SheetModel } from './sheet-model';

interface CfTarget {
  sheet: SheetModel;
  entry: ConditionalEntry;
}

const TYPES: ConditionalType[] = ['ContainsText', 'CellValue', 'Custom'];
const TEXT_OPERATORS = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'];
const VALUE_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
];

function edit(target: CfTarget, location: string, change: (entry: ConditionalEntry) => void): void {
  assertAllowed(target.sheet, null, location);
  change(target.entry);
}

abstract class CfPart extends ClientObjectBase<CfTarget> {
  protected override _check({ sheet, entry }: CfTarget): void {
    if (!sheet.conditionalFormats.get(entry.id)) throw itemNotFound(this._entity);
  }
}

class FakeConditionalRangeFill extends CfPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<CfTarget>) {
    super(context, 'ConditionalRangeFill', path, resolver);
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._setProp('color', v, (t, _m, value) =>
      edit(t, 'ConditionalRangeFill.color', (entry) => {
        const color = normalizeColor(value);
        if (!color) throw invalidArgument('ConditionalRangeFill.color');
        entry.format.fill = color;
      }),
    );
  }
  clear(): void {
    this._call('clear', [], (t) =>
      edit(t, 'ConditionalRangeFill.clear', (entry) => (entry.format.fill = null)),
    );
  }
  protected _scalarNames(): readonly string[] {
    return ['color'];
  }
  protected _read({ entry }: CfTarget): unknown {
    return entry.format.fill;
  }
}

class FakeConditionalRangeFont extends CfPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<CfTarget>) {
    super(context, 'ConditionalRangeFont', path, resolver);
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._style('color', 'fontColor', v, (x) => normalizeColor(x) ?? undefined);
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._style('bold', 'bold', v, (x) => (typeof x === 'boolean' ? x : undefined));
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(v: boolean) {
    this._style('italic', 'italic', v, (x) => (typeof x === 'boolean' ? x : undefined));
  }
  private _style(
    name: string,
    key: keyof ConditionalFormatStyle,
    value: unknown,
    check: (v: unknown) => unknown,
  ) {
    this._setProp(name, value, (t, _m, v) =>
      edit(t, `ConditionalRangeFont.${name}`, (entry) => {
        const checked = check(v);
        if (checked === undefined) throw invalidArgument(`ConditionalRangeFont.${name}`);
        (entry.format as unknown as Record<string, unknown>)[key] = checked;
      }),
    );
  }
  protected _scalarNames(): readonly string[] {
    return ['color', 'bold', 'italic'];
  }
  protected _read({ entry }: CfTarget, name: string): unknown {
    return name === 'color'
      ? entry.format.fontColor
      : name === 'bold'
        ? entry.format.bold
        : entry.format.italic;
  }
}

class FakeConditionalRangeFormat extends CfPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<CfTarget>) {
    super(context, 'ConditionalRangeFormat', path, resolver);
  }
  get fill(): FakeConditionalRangeFill {
    return this._kid(
      'fill',
      () =>
        new FakeConditionalRangeFill(
          this.context,
          `${this._path}.fill`,
          this._from((t) => t),
        ),
    );
  }
  get font(): FakeConditionalRangeFont {
    return this._kid(
      'font',
      () =>
        new FakeConditionalRangeFont(
          this.context,
          `${this._path}.font`,
          this._from((t) => t),
        ),
    );
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected override _navNames(): readonly string[] {
    return ['fill', 'font'];
  }
  protected _read(): unknown {
    return undefined;
  }
}

/** textComparison / cellValue / custom: a format plus a rule of that kind. */
abstract class TypedCf extends CfPart {
  get format(): FakeConditionalRangeFormat {
    return this._kid(
      'format',
      () =>
        new FakeConditionalRangeFormat(
          this.context,
          `${this._path}.format`,
          this._from((t) => t),
        ),
    );
  }
  protected override _navNames(): readonly string[] {
    return ['format'];
  }
}

class FakeTextConditionalFormat extends TypedCf {
  constructor(context: ProxyContext, path: string, resolver: Resolver<CfTarget>) {
    super(context, 'TextConditionalFormat', path, resolver);
  }
  get rule(): { operator: string; text: string } {
    return this._get('rule');
  }
  set rule(rule: { operator: string; text: string }) {
    this._setProp('rule', rule, (t, _m, v) =>
      edit(t, 'TextConditionalFormat.rule', (entry) => {
        const r = v as { operator?: unknown; text?: unknown } | null;
        if (!r || !TEXT_OPERATORS.includes(String(r.operator)) || typeof r.text !== 'string') {
          throw invalidArgument('TextConditionalFormat.rule');
        }
        entry.textRule = { operator: String(r.operator), text: r.text };
      }),
    );
  }
  protected _scalarNames(): readonly string[] {
    return ['rule'];
  }
  protected _read({ entry }: CfTarget): unknown {
    return entry.textRule ? { ...entry.textRule } : null;
  }
}

class FakeCellValueConditionalFormat extends TypedCf {
  constructor(context: ProxyContext, path: string, resolver: Resolver<CfTarget>) {
    super(context, 'CellValueConditionalFormat', path, resolver);
  }
  get rule(): { formula1: string; formula2?: string; operator: string } {
    return this._get('rule');
  }
  set rule(rule: { formula1: string; formula2?: string; operator: string }) {
    this._setProp('rule', rule, (t, _m, v) =>
      edit(t, 'CellValueConditionalFormat.rule', (entry) => {
        const r = v as { operator?: unknown; formula1?: unknown; formula2?: unknown } | null;
        const between = r?.operator === 'Between' || r?.operator === 'NotBetween';
        const f1 = typeof r?.formula1 === 'number' ? String(r.formula1) : r?.formula1;
        const f2 = typeof r?.formula2 === 'number' ? String(r.formula2) : r?.formula2;
        if (!r || !VALUE_OPERATORS.includes(String(r.operator)) || typeof f1 !== 'string') {
          throw invalidArgument('CellValueConditionalFormat.rule');
        }
        if (between && typeof f2 !== 'string') throw invalidArgument('CellValueConditionalFormat.rule');
        entry.cellValueRule = {
          formula1: f1,
          operator: String(r.operator),
          ...(between ? { formula2: f2 as string } : {}),
        };
      }),
    );
  }
  protected _scalarNames(): readonly string[] {
    return ['rule'];
  }
  protected _read({ entry }: CfTarget): unknown {
    return entry.cellValueRule ? { ...entry.cellValueRule } : null;
  }
}

class FakeConditionalFormatRule extends CfPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<CfTarget>) {
    super(context, 'ConditionalFormatRule', path, resolver);
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(formula: string) {
    this._setProp('formula', formula, (t, model, v) =>
      edit(t, 'ConditionalFormatRule.formula', (entry) => {
        if (typeof v !== 'string' || !v.startsWith('=') || !model.engine.isValidFormula(v)) {
          throw invalidArgument('ConditionalFormatRule.formula');
        }
        entry.customFormula = v;
      }),
    );
  }
  protected _scalarNames(): readonly string[] {
    return ['formula'];
  }
  protected _read({ entry }: CfTarget): unknown {
    return entry.customFormula;
  }
}

class FakeCustomConditionalFormat extends TypedCf {
  constructor(context: ProxyContext, path: string, resolver: Resolver<CfTarget>) {
    super(context, 'CustomConditionalFormat', path, resolver);
  }
  get rule(): FakeConditionalFormatRule {
    return this._kid(
      'rule',
      () =>
        new FakeConditionalFormatRule(
          this.context,
          `${this._path}.rule`,
          this._from((t) => t),
        ),
    );
  }
  protected override _navNames(): readonly string[] {
    return ['format', 'rule'];
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
}

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
