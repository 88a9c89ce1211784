/**
 * Data validation as Excel keeps it: each rule covers areas of a sheet; setting a property on a range
 * splits whatever covered it. A rule's formulas are written for the top-left cell of the range it was set
 * on and move with each cell, like Excel's relative references.
 */
import { invalidArgument } from './errors';
import type { CellScalar } from './formula-engine';
import { shiftRelativeReferences } from './formula-text';
import { containsCell, intersect, subtractAll } from './geometry';
import type { Rect } from './geometry';

export type ValidationOperator =
  | 'Between'
  | 'NotBetween'
  | 'EqualTo'
  | 'NotEqualTo'
  | 'GreaterThan'
  | 'LessThan'
  | 'GreaterThanOrEqualTo'
  | 'LessThanOrEqualTo';

export interface BasicRule {
  formula1: string | number;
  formula2?: string | number;
  operator: ValidationOperator;
}

export interface ValidationRule {
  wholeNumber?: BasicRule;
  decimal?: BasicRule;
  textLength?: BasicRule;
  date?: BasicRule;
  time?: BasicRule;
  /** source is "a,b,c" or a formula such as "=$A$1:$A$5". */
  list?: { source: string; inCellDropDown: boolean };
  custom?: { formula: string };
}

export interface ErrorAlert {
  message: string;
  showAlert: boolean;
  style: 'Stop' | 'Warning' | 'Information';
  title: string;
}

export interface Prompt {
  message: string;
  showPrompt: boolean;
  title: string;
}

export interface ValidationEntry {
  areas: Rect[];
  anchor: { row: number; col: number };
  rule: ValidationRule | null;
  errorAlert: ErrorAlert;
  prompt: Prompt;
  ignoreBlanks: boolean;
}

export type ValidationPatch = Partial<
  Pick<ValidationEntry, 'rule' | 'errorAlert' | 'prompt' | 'ignoreBlanks'>
>;

export const DEFAULT_ERROR_ALERT: ErrorAlert = { message: '', showAlert: true, style: 'Stop', title: '' };
export const DEFAULT_PROMPT: Prompt = { message: '', showPrompt: false, title: '' };

const OPERATORS: ValidationOperator[] = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];
const BASIC_KINDS = ['wholeNumber', 'decimal', 'textLength', 'date', 'time'] as const;

export function ruleType(rule: ValidationRule | null): string {
  if (!rule) return 'None';
  if (rule.wholeNumber) return 'WholeNumber';
  if (rule.decimal) return 'Decimal';
  if (rule.textLength) return 'TextLength';
  if (rule.date) return 'Date';
  if (rule.time) return 'Time';
  if (rule.list) return 'List';
  return 'Custom';
}

function checkBasic(input: unknown, location: string): BasicRule {
  const basic = input as Partial<BasicRule> | null;
  const operator = basic?.operator;
  if (!basic || !operator || !OPERATORS.includes(operator)) throw invalidArgument(location);
  const f1 = basic.formula1;
  if (typeof f1 !== 'string' && typeof f1 !== 'number') throw invalidArgument(location);
  const needsSecond = operator === 'Between' || operator === 'NotBetween';
  const f2 = basic.formula2;
  if (needsSecond && typeof f2 !== 'string' && typeof f2 !== 'number') throw invalidArgument(location);
  return needsSecond ? { formula1: f1, formula2: f2, operator } : { formula1: f1, operator };
}

/** A rule as DataValidation.rule accepts it: exactly one kind, with the formulas its operator needs. */
export function checkRule(input: unknown, location: string, listSource?: string): ValidationRule {
  const rule = (input ?? {}) as Record<string, unknown>;
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  if (kinds.length !== 1) throw invalidArgument(location);
  const kind = kinds[0];
  if ((BASIC_KINDS as readonly string[]).includes(kind)) return { [kind]: checkBasic(rule[kind], location) };
  if (kind === 'list') {
    const list = rule.list as { source?: unknown; inCellDropDown?: unknown };
    const source = listSource ?? list.source;
    if (typeof source !== 'string' || source.trim() === '') throw invalidArgument(location);
    return { list: { source, inCellDropDown: list.inCellDropDown !== false } };
  }
  if (kind === 'custom') {
    const formula = (rule.custom as { formula?: unknown }).formula;
    if (typeof formula !== 'string' || formula === '') throw invalidArgument(location);
    return { custom: { formula } };
  }
  throw invalidArgument(location);
}

export class ValidationStore {
  entries: ValidationEntry[] = [];

  /** Sets some properties over r, keeping the rest of whatever covered each part of r. */
  set(r: Rect, patch: ValidationPatch): void {
    const next: ValidationEntry[] = [];
    let uncovered: Rect[] = [r];
    for (const entry of this.entries) {
      const inside = entry.areas.map((a) => intersect(a, r)).filter((a): a is Rect => a !== null);
      if (inside.length === 0) {
        next.push(entry);
        continue;
      }
      const outside = entry.areas.flatMap((a) => subtractAll([a], r));
      if (outside.length > 0) next.push({ ...entry, areas: outside });
      const anchor = patch.rule ? { row: r.r0, col: r.c0 } : entry.anchor;
      next.push({ ...entry, ...patch, areas: inside, anchor });
      uncovered = inside.reduce((rest, a) => subtractAll(rest, a), uncovered);
    }
    if (uncovered.length > 0) {
      next.push({
        areas: uncovered,
        anchor: { row: r.r0, col: r.c0 },
        rule: null,
        errorAlert: DEFAULT_ERROR_ALERT,
        prompt: DEFAULT_PROMPT,
        ignoreBlanks: true,
        ...patch,
      });
    }
    this.entries = next;
  }

  clear(r: Rect): void {
    this.entries = this.entries
      .map((entry) => ({ ...entry, areas: entry.areas.flatMap((a) => subtractAll([a], r)) }))
      .filter((entry) => entry.areas.length > 0);
  }

  at(row: number, col: number): ValidationEntry | undefined {
    return this.entries.find((entry) => entry.areas.some((a) => containsCell(a, row, col)));
  }

  /** Entries touching r, for DataValidation loads over a range. */
  within(r: Rect): ValidationEntry[] {
    return this.entries.filter((entry) => entry.areas.some((a) => intersect(a, r)));
  }
}

/** Evaluates a formula (already moved to the cell) to a scalar or a column of list items. */
export type Evaluate = (formula: string) => CellScalar | CellScalar[][];

/** An ISO date or date-time ("2018-04-01", as Date rules take them) to an Excel serial number. */
function isoToSerial(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return (ms - Date.UTC(1899, 11, 30)) / 86400000;
}

function operand(
  value: string | number,
  entry: ValidationEntry,
  row: number,
  col: number,
  evaluate: Evaluate,
) {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (!text.startsWith('='))
    return Number.isFinite(Number(text)) ? Number(text) : (isoToSerial(text) ?? text);
  const result = evaluate(shiftRelativeReferences(text, row - entry.anchor.row, col - entry.anchor.col));
  return Array.isArray(result) ? result[0]?.[0] : result;
}

function compare(operator: ValidationOperator, x: number, a: number, b: number): boolean {
  switch (operator) {
    case 'Between':
      return x >= Math.min(a, b) && x <= Math.max(a, b);
    case 'NotBetween':
      return x < Math.min(a, b) || x > Math.max(a, b);
    case 'EqualTo':
      return x === a;
    case 'NotEqualTo':
      return x !== a;
    case 'GreaterThan':
      return x > a;
    case 'LessThan':
      return x < a;
    case 'GreaterThanOrEqualTo':
      return x >= a;
    case 'LessThanOrEqualTo':
      return x <= a;
  }
}

function listItems(source: string, entry: ValidationEntry, row: number, col: number, evaluate: Evaluate) {
  if (!source.trim().startsWith('=')) return source.split(',').map((s) => s.trim());
  const shifted = shiftRelativeReferences(source.trim(), row - entry.anchor.row, col - entry.anchor.col);
  const result = evaluate(shifted);
  return (Array.isArray(result) ? result.flat() : [result]).map((v) => String(v));
}

/** Whether `value` (null for a blank cell) passes the entry's rule at (row, col). */
export function passes(
  entry: ValidationEntry,
  value: CellScalar | null,
  row: number,
  col: number,
  evaluate: Evaluate,
): boolean {
  const rule = entry.rule;
  if (!rule) return true;
  if (value === null || value === '') return entry.ignoreBlanks;
  if (rule.list) {
    return listItems(rule.list.source, entry, row, col, evaluate).some(
      (item) => item.toLocaleLowerCase() === String(value).toLocaleLowerCase(),
    );
  }
  if (rule.custom) {
    const result = evaluate(
      shiftRelativeReferences(rule.custom.formula, row - entry.anchor.row, col - entry.anchor.col),
    );
    const scalar = Array.isArray(result) ? result[0]?.[0] : result;
    return scalar === true || (typeof scalar === 'number' && scalar !== 0);
  }
  const kind = BASIC_KINDS.find((k) => rule[k]);
  const basic = kind ? rule[kind] : undefined;
  if (!kind || !basic) return true;
  let x: number;
  if (kind === 'textLength') x = String(value).length;
  else if (typeof value === 'number') x = value;
  else return false;
  if (kind === 'wholeNumber' && !Number.isInteger(x)) return false;
  const a = operand(basic.formula1, entry, row, col, evaluate);
  const b = basic.formula2 === undefined ? a : operand(basic.formula2, entry, row, col, evaluate);
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  return compare(basic.operator, x, a, b);
}
