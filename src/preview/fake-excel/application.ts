/** context.application: calculation settings; the fake always calculates, so these only record intent. */
import { invalidArgument } from './errors';
import { ClientObjectBase } from './proxy';
import type { ProxyContext } from './proxy';
import type { WorkbookModel } from './workbook-model';

const MODES = ['Automatic', 'AutomaticExceptTables', 'Manual'];

export class FakeApplication extends ClientObjectBase<WorkbookModel> {
  constructor(context: ProxyContext) {
    super(context, 'Application', 'application', (model) => model);
  }

  get calculationMode(): string {
    return this._get('calculationMode');
  }

  set calculationMode(mode: string) {
    this._setProp('calculationMode', mode, () => {
      if (!MODES.includes(mode)) throw invalidArgument('Application.calculationMode');
    });
  }

  calculate(_calculationType?: string): void {
    this._call('calculate', [_calculationType], (model) => model.engine.resume(), false);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => undefined, false);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], () => undefined, false);
  }

  protected _scalarNames(): readonly string[] {
    return ['calculationMode'];
  }

  protected _read(): unknown {
    return 'Automatic';
  }
}
