/**
 * The global `Excel` as far as the add-in uses it: run(), RequestContext, createWorkbook() and enums.
 * Excel.run runs the batch, then one last sync for whatever the batch left queued, and resolves with the
 * batch's result; a batch that does not return a promise is refused as Office.js refuses it.
 */
import { FakeRequestContext } from './context';
import type { HostCore } from './context';
import { FAKE_EXCEL_ENUMS } from './enums';
import { FakeOfficeError } from './errors';
import { ClientObjectBase } from './proxy';

export type Batch<T> = (context: FakeRequestContext) => Promise<T>;

export type FakeExcelNamespace = typeof FAKE_EXCEL_ENUMS & {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(objectOrOptions: unknown, batch: Batch<T>): Promise<T>;
  RequestContext: new () => FakeRequestContext;
  createWorkbook(base64?: string): Promise<void>;
};

const RUN_MUST_RETURN_PROMISE =
  'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".';

export function createNamespace(core: HostCore): FakeExcelNamespace {
  const contextOf = (arg: unknown): FakeRequestContext => {
    if (arg instanceof FakeRequestContext) return arg;
    if (arg instanceof ClientObjectBase && arg.context instanceof FakeRequestContext) return arg.context;
    return new FakeRequestContext(core);
  };

  async function run<T>(first: unknown, second?: Batch<T>): Promise<T> {
    const batch = (second ?? first) as Batch<T>;
    const context = contextOf(second ? first : undefined);
    const result: unknown = batch(context);
    const thenable = typeof (result as { then?: unknown } | null)?.then === 'function';
    if (!thenable) throw new FakeOfficeError('RunMustReturnPromise', RUN_MUST_RETURN_PROMISE);
    const value = await result;
    await context.sync();
    return value as T;
  }

  class RequestContext extends FakeRequestContext {
    constructor() {
      super(core);
    }
  }

  return {
    ...FAKE_EXCEL_ENUMS,
    run: run as FakeExcelNamespace['run'],
    RequestContext,
    createWorkbook: async (base64?: string) => {
      core.createdWorkbooks.push(base64 ?? '');
    },
  };
}
