/**
 * The pieces under a conditional format: its format (fill, font) and its rule, one proxy per kind
 * (textComparison, cellValue, custom). Changing them on a protected sheet is refused (AccessDenied).
 */
import { normalizeColor } from './cell-format';
import type { ConditionalEntry, ConditionalFormatStyle } from './conditional-format-model';
import { invalidArgument, itemNotFound } from './errors';
import { ClientObjectBase } from './proxy';
import type { ProxyContext, Resolver } from './proxy';
import { assertAllowed } from './protection';
import type { SheetModel } from './sheet-model';

export interface CfTarget {
  sheet: SheetModel;
  entry: ConditionalEntry;
}

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

export function edit(target: CfTarget, location: string, change: (entry: ConditionalEntry) => void): void {
  assertAllowed(target.sheet, null, location);
  change(target.entry);
}

export abstract class CfPart extends ClientObjectBase<CfTarget> {
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

export class FakeTextConditionalFormat extends TypedCf {
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

export class FakeCellValueConditionalFormat extends TypedCf {
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

export class FakeCustomConditionalFormat extends TypedCf {
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
