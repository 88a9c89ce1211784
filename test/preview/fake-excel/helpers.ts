/** Shared steps for the fake Excel host tests. */
import { FakeOfficeError, createFakeExcelHost } from '../../../src/preview/fake-excel';
import type { FakeExcelHost, FakeRequestContext } from '../../../src/preview/fake-excel';

export async function officeError(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error('expected the sync to fail with an Office error');
}

export function errorOf(fn: () => unknown): FakeOfficeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error('expected an Office error');
}

/** A host with the given sheets and a context on it. */
export function open(sheets: string[] = ['Sheet1']): { host: FakeExcelHost; ctx: FakeRequestContext } {
  const host = createFakeExcelHost({ sheets });
  return { host, ctx: host.createContext() };
}

/** Writes rows of values at A1 of a sheet in one sync. */
export async function fill(ctx: FakeRequestContext, sheet: string, address: string, values: unknown[][]) {
  ctx.workbook.worksheets.getItem(sheet).getRange(address).values = values as never;
  await ctx.sync();
}
