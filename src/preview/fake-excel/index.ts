/**
 * A fake Excel host: the Office.js object model (proxies, load/sync, Excel's errors) over an in-memory
 * workbook whose formulas HyperFormula computes. Runs in Node (jest, against the excel/ adapter) and in the
 * browser (the preview page). Adapter code receives `host.createContext() as unknown as
 * Excel.RequestContext` or uses the global `Excel` after installFakeOfficeGlobals().
 */
import { FakeRequestContext } from './context';
import type { HostCore } from './context';
import { createInspector } from './inspector';
import type { WorkbookInspector } from './inspector';
import { createNamespace } from './namespace';
import type { FakeExcelNamespace } from './namespace';
import type { DisplayLocale } from './number-format';
import { createStats } from './stats';
import type { SyncStats } from './stats';
import { userEdit, userSelect } from './user-edit';
import type { UserEditResult } from './user-edit';
import { WorkbookModel } from './workbook-model';

export interface FakeExcelHostOptions {
  /** Sheets of the new workbook, in tab order (default one sheet, "Sheet1"). */
  sheets?: string[];
  /** Locale of Range.text and of numbers typed with userEdit (default en-US). */
  displayLocale?: DisplayLocale;
  /** Refuse syncs whose payload is larger, as Excel on the web refuses requests over 5 MB. Off by default. */
  payloadLimitBytes?: number;
}

export interface FakeExcelHost {
  /** Drop-in for the global `Excel` namespace as far as the add-in uses it: run(), enums used. */
  Excel: FakeExcelNamespace;
  /** Create a context directly (tests): behaves like `new Excel.RequestContext()`. */
  createContext(): FakeRequestContext;
  /** Inspection for tests and the preview grid, outside the proxy/sync model. */
  inspect: WorkbookInspector;
  stats: SyncStats;
  /** Notified after each sync that changed the workbook, and after userEdit/userSelect. */
  onChange(listener: () => void): () => void;
  /** Fake `Excel.createWorkbook(base64)`: records the workbooks "opened" so tests can read them. */
  createdWorkbooks: string[];
  /** A person typing `text` into one cell ("C5") of `sheet`; refused for locked cells and invalid values. */
  userEdit(sheet: string, address: string, text: string): UserEditResult;
  /** A person clicking a cell: activates the sheet and selects the cell or range. */
  userSelect(sheet: string, address: string): boolean;
}

export function createFakeExcelHost(options: FakeExcelHostOptions = {}): FakeExcelHost {
  const model = new WorkbookModel(options.sheets ?? ['Sheet1']);
  model.displayLocale = options.displayLocale ?? 'en-US';
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        // A broken listener (the preview grid) must not turn a successful sync into a failed one.
        setTimeout(() => {
          throw error;
        });
      }
    }
  };
  const core: HostCore = {
    model,
    stats: createStats(),
    payloadLimitBytes: options.payloadLimitBytes,
    notifyChange: notify,
    createdWorkbooks: [],
  };
  return {
    Excel: createNamespace(core),
    createContext: () => new FakeRequestContext(core),
    inspect: createInspector(model),
    stats: core.stats,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    createdWorkbooks: core.createdWorkbooks,
    userEdit: (sheet, address, text) => {
      const result = userEdit(model, sheet, address, text);
      if (result.ok) notify();
      return result;
    },
    userSelect: (sheet, address) => {
      const selected = userSelect(model, sheet, address);
      if (selected) notify();
      return selected;
    },
  };
}

export { installFakeOfficeGlobals } from './office-globals';
export { FakeRequestContext } from './context';
export { FakeOfficeError } from './errors';
export type { FakeExcelNamespace } from './namespace';
export type { SyncStats, UserEditResult, WorkbookInspector };
export type { CellSnapshot } from './inspector';
export type { DisplayLocale } from './number-format';
