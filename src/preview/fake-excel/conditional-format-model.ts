/**
 * Conditional formats of a sheet. ConditionalFormatCollection.add puts the new format at the top priority
 * (priority 0), and where several apply to a cell the higher priority wins property by property, as in
 * Excel. Rules: ContainsText (Contains / NotContains / BeginsWith / EndsWith, case-insensitive),
 * CellValue (compare with formula1/formula2) and Custom (a formula written for the top-left cell).
 */
import type { CellScalar } from './formula-engine';
import { shiftRelativeReferences } from './formula-text';
import { containsCell, intersect, subtractAll } from './geometry';
import type { Rect } from './geometry';

export type ConditionalType = 'ContainsText' | 'CellValue' | 'Custom';

export interface ConditionalFormatStyle {
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface TextRule {
  operator: string;
  text: string;
}

export interface CellValueRule {
  formula1: string;
  formula2?: string;
  operator: string;
}

export interface ConditionalEntry {
  id: string;
  type: ConditionalType;
  areas: Rect[];
  anchor: { row: number; col: number };
  textRule: TextRule | null;
  cellValueRule: CellValueRule | null;
  customFormula: string | null;
  format: ConditionalFormatStyle;
  stopIfTrue: boolean;
}

const EMPTY_STYLE: ConditionalFormatStyle = { fill: null, fontColor: null, bold: null, italic: null };

export class ConditionalFormatStore {
  /** Highest priority first. */
  entries: ConditionalEntry[] = [];
  private nextId = 1;

  add(r: Rect, type: ConditionalType): ConditionalEntry {
    const entry: ConditionalEntry = {
      id: `{CF-${this.nextId++}}`,
      type,
      areas: [r],
      anchor: { row: r.r0, col: r.c0 },
      textRule: null,
      cellValueRule: null,
      customFormula: null,
      format: { ...EMPTY_STYLE },
      stopIfTrue: false,
    };
    this.entries.unshift(entry);
    return entry;
  }

  get(id: string): ConditionalEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  remove(id: string): void {
    this.entries = this.entries.filter((e) => e.id !== id);
  }

  /** Takes r out of every format (Range.clear("Formats"), ConditionalFormatCollection.clearAll()). */
  clear(r: Rect): void {
    this.entries = this.entries
      .map((e) => ({ ...e, areas: e.areas.flatMap((a) => subtractAll([a], r)) }))
      .filter((e) => e.areas.length > 0);
  }

  within(r: Rect): ConditionalEntry[] {
    return this.entries.filter((e) => e.areas.some((a) => intersect(a, r)));
  }

  at(row: number, col: number): ConditionalEntry[] {
    return this.entries.filter((e) => e.areas.some((a) => containsCell(a, row, col)));
  }
}

export type EvaluateAt = (formula: string) => CellScalar | CellScalar[][];

const scalar = (v: CellScalar | CellScalar[][]): CellScalar => (Array.isArray(v) ? (v[0]?.[0] ?? '') : v);

function textMatches(rule: TextRule, text: string): boolean {
  const haystack = text.toLocaleLowerCase();
  const needle = rule.text.toLocaleLowerCase();
  switch (rule.operator) {
    case 'Contains':
      return haystack.includes(needle);
    case 'NotContains':
      return !haystack.includes(needle);
    case 'BeginsWith':
      return haystack.startsWith(needle);
    case 'EndsWith':
      return haystack.endsWith(needle);
    default:
      return false;
  }
}

function valueMatches(rule: CellValueRule, value: CellScalar, a: CellScalar, b: CellScalar): boolean {
  const cmp = (x: CellScalar, y: CellScalar): number => {
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y), undefined, { sensitivity: 'accent' });
  };
  switch (rule.operator) {
    case 'Between':
      return cmp(value, a) >= 0 && cmp(value, b) <= 0;
    case 'NotBetween':
      return cmp(value, a) < 0 || cmp(value, b) > 0;
    case 'EqualTo':
      return cmp(value, a) === 0;
    case 'NotEqualTo':
      return cmp(value, a) !== 0;
    case 'GreaterThan':
      return cmp(value, a) > 0;
    case 'LessThan':
      return cmp(value, a) < 0;
    case 'GreaterThanOrEqual':
      return cmp(value, a) >= 0;
    case 'LessThanOrEqual':
      return cmp(value, a) <= 0;
    default:
      return false;
  }
}

function operand(text: string, shift: (f: string) => string, evaluate: EvaluateAt): CellScalar {
  const t = text.trim();
  if (t.startsWith('=')) return scalar(evaluate(shift(t)));
  return Number.isFinite(Number(t)) && t !== '' ? Number(t) : t;
}

/** Whether the entry applies to the cell at (row, col) showing `text` and holding `value`. */
export function applies(
  entry: ConditionalEntry,
  row: number,
  col: number,
  value: CellScalar,
  text: string,
  evaluate: EvaluateAt,
): boolean {
  const shift = (f: string) => shiftRelativeReferences(f, row - entry.anchor.row, col - entry.anchor.col);
  if (entry.type === 'ContainsText') return entry.textRule !== null && textMatches(entry.textRule, text);
  if (entry.type === 'CellValue') {
    const rule = entry.cellValueRule;
    if (!rule || value === '') return false;
    const a = operand(rule.formula1, shift, evaluate);
    const b = rule.formula2 === undefined ? a : operand(rule.formula2, shift, evaluate);
    return valueMatches(rule, value, a, b);
  }
  if (!entry.customFormula) return false;
  const result = scalar(evaluate(shift(entry.customFormula)));
  return result === true || (typeof result === 'number' && result !== 0);
}

/** The conditional style a cell shows: matching formats merged, higher priority first. */
export function conditionalStyle(
  entries: ConditionalEntry[],
  row: number,
  col: number,
  value: CellScalar,
  text: string,
  evaluate: EvaluateAt,
): ConditionalFormatStyle | null {
  let out: ConditionalFormatStyle | null = null;
  for (const entry of entries) {
    if (!applies(entry, row, col, value, text, evaluate)) continue;
    const current: ConditionalFormatStyle = out ?? { ...EMPTY_STYLE };
    current.fill ??= entry.format.fill;
    current.fontColor ??= entry.format.fontColor;
    current.bold ??= entry.format.bold;
    current.italic ??= entry.format.italic;
    out = current;
    if (entry.stopIfTrue) break;
  }
  return out;
}
