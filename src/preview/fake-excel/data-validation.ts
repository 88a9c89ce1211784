/**
 * Range.dataValidation. A list source may be a Range proxy; it is kept as its absolute address formula, as
 * Excel does. Changing validation on a protected sheet is refused (AccessDenied).
 */
import { invalidArgument } from './errors';
import { cellCount, forEachCell, intersect, qualifiedAddress } from './geometry';
import { ClientObjectBase } from './proxy';
import type { ProxyContext, Resolver } from './proxy';
import { FakeRange } from './range';
import type { RangeTarget } from './range';
import { assertAllowed } from './protection';
import { DEFAULT_ERROR_ALERT, DEFAULT_PROMPT, checkRule, passes, ruleType } from './validation';
import type { ErrorAlert, Prompt, ValidationEntry, ValidationPatch, ValidationRule } from './validation';
import type { WorkbookModel } from './workbook-model';

const ALERT_STYLES = ['Stop', 'Warning', 'Information'];

function listSource(rule: unknown, model: WorkbookModel, location: string): string | undefined {
  const source = (rule as { list?: { source?: unknown } } | null)?.list?.source;
  if (!(source instanceof FakeRange)) return undefined;
  const target = source._resolve(model);
  if (!target) throw invalidArgument(location);
  return `=${qualifiedAddress(target.sheet.name, target.rect, true)}`;
}

function checkAlert(input: unknown, location: string): ErrorAlert {
  if (input === null || typeof input !== 'object') throw invalidArgument(location);
  const alert = { ...DEFAULT_ERROR_ALERT, ...(input as Partial<ErrorAlert>) };
  if (!ALERT_STYLES.includes(alert.style) || typeof alert.message !== 'string')
    throw invalidArgument(location);
  return alert;
}

function checkPrompt(input: unknown, location: string): Prompt {
  if (input === null || typeof input !== 'object') throw invalidArgument(location);
  const prompt = { ...DEFAULT_PROMPT, ...(input as Partial<Prompt>) };
  if (typeof prompt.message !== 'string') throw invalidArgument(location);
  return prompt;
}

/** The single entry covering every cell of the range, or why there is none. */
function coveringEntry(target: RangeTarget): ValidationEntry | 'none' | 'mixed' {
  const entries = target.sheet.validations.within(target.rect);
  if (entries.length === 0) return 'none';
  if (entries.length > 1) return 'mixed';
  const covered = entries[0].areas.reduce((sum, a) => {
    const meet = intersect(a, target.rect);
    return sum + (meet ? cellCount(meet) : 0);
  }, 0);
  return covered === cellCount(target.rect) ? entries[0] : 'mixed';
}

export class FakeDataValidation extends ClientObjectBase<RangeTarget> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<RangeTarget>) {
    super(context, 'DataValidation', path, resolver);
  }

  get rule(): ValidationRule {
    return this._get('rule');
  }

  set rule(rule: ValidationRule) {
    this._setProp('rule', rule, (target, model, v) => {
      const location = 'DataValidation.rule';
      const checked = checkRule(v, location, listSource(v, model, location));
      this._apply(target, { rule: checked }, location);
    });
  }

  get errorAlert(): ErrorAlert {
    return this._get('errorAlert');
  }

  set errorAlert(alert: ErrorAlert) {
    this._setProp('errorAlert', alert, (target, _model, v) =>
      this._apply(
        target,
        { errorAlert: checkAlert(v, 'DataValidation.errorAlert') },
        'DataValidation.errorAlert',
      ),
    );
  }

  get prompt(): Prompt {
    return this._get('prompt');
  }

  set prompt(prompt: Prompt) {
    this._setProp('prompt', prompt, (target, _model, v) =>
      this._apply(target, { prompt: checkPrompt(v, 'DataValidation.prompt') }, 'DataValidation.prompt'),
    );
  }

  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }

  set ignoreBlanks(value: boolean) {
    this._setProp('ignoreBlanks', value, (target, _model, v) => {
      if (typeof v !== 'boolean') throw invalidArgument('DataValidation.ignoreBlanks');
      this._apply(target, { ignoreBlanks: v }, 'DataValidation.ignoreBlanks');
    });
  }

  get type(): string {
    return this._get('type');
  }

  get valid(): boolean | null {
    return this._get('valid');
  }

  /** Only the cells of this range lose their validation. */
  clear(): void {
    this._call('clear', [], ({ sheet, rect }) => {
      assertAllowed(sheet, null, 'DataValidation.clear');
      sheet.validations.clear(rect);
    });
  }

  private _apply({ sheet, rect }: RangeTarget, patch: ValidationPatch, location: string): void {
    assertAllowed(sheet, null, location);
    sheet.validations.set(rect, patch);
  }

  protected _scalarNames(): readonly string[] {
    return ['rule', 'errorAlert', 'prompt', 'ignoreBlanks', 'type', 'valid'];
  }

  protected _read(target: RangeTarget, name: string, model: WorkbookModel): unknown {
    const entry = coveringEntry(target);
    switch (name) {
      case 'type':
        return entry === 'none' ? 'None' : entry === 'mixed' ? 'Inconsistent' : ruleType(entry.rule);
      case 'rule':
        return typeof entry === 'string' ? (entry === 'none' ? {} : null) : structuredClone(entry.rule ?? {});
      case 'errorAlert':
        return typeof entry === 'string'
          ? entry === 'none'
            ? { ...DEFAULT_ERROR_ALERT }
            : null
          : { ...entry.errorAlert };
      case 'prompt':
        return typeof entry === 'string'
          ? entry === 'none'
            ? { ...DEFAULT_PROMPT }
            : null
          : { ...entry.prompt };
      case 'ignoreBlanks':
        return typeof entry === 'string' ? (entry === 'none' ? true : null) : entry.ignoreBlanks;
      case 'valid':
        return validity(target, model);
      default:
        return undefined;
    }
  }
}

/** true when every cell passes, false when none does, null when some do (Office.js DataValidation.valid). */
function validity({ sheet, rect }: RangeTarget, model: WorkbookModel): boolean | null {
  let good = 0;
  let bad = 0;
  const evaluate = (formula: string) => model.engine.calculate(formula, sheet.engineId);
  forEachCell(rect, (row, col) => {
    const entry = sheet.validations.at(row, col);
    if (!entry) {
      good++;
      return;
    }
    const { value } = model.engine.value(sheet.engineId, row, col);
    if (passes(entry, value === '' ? null : value, row, col, evaluate)) good++;
    else bad++;
  });
  if (bad === 0) return true;
  return good === 0 ? false : null;
}
