/** Office.js ClientResult: what a method returning a primitive (getCount…) gives, readable after sync. */
import { valueNotLoaded } from './errors';
import { jsonBytes } from './proxy';
import type { ProxyContext } from './proxy';
import type { WorkbookModel } from './workbook-model';

export class FakeClientResult<V> {
  private loaded = false;
  private result: V | undefined;

  get value(): V {
    if (!this.loaded) throw valueNotLoaded();
    return this.result as V;
  }

  _settle(value: V): void {
    this.loaded = true;
    this.result = value;
  }
}

/** A call that returns a ClientResult filled when the batch succeeds. */
export function queueResult<V>(
  context: ProxyContext,
  entity: string,
  method: string,
  path: string,
  compute: (model: WorkbookModel) => V,
): FakeClientResult<V> {
  const result = new FakeClientResult<V>();
  context._enqueue({
    action: 'call',
    entity,
    member: method,
    path,
    payload: [],
    mutates: false,
    run: (model, batch) => {
      const value = compute(model);
      batch.responseBytes += jsonBytes(value);
      batch.results.push(() => result._settle(value));
    },
  });
  return result;
}
