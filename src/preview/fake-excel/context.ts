/**
 * Excel.RequestContext: queues what proxies ask for and runs it against the workbook on sync(). Like
 * Excel, a batch runs in order and stops at the first error: the operations before it stay applied, the
 * error carries Excel's code and a debugInfo naming the failing statement, and nothing is loaded.
 */
import { FakeOfficeError, apiError, withStatement } from './errors';
import { FakeApplication } from './application';
import type { BatchState, ClientObjectBase, PendingOp, ProxyContext } from './proxy';
import type { SyncStats } from './stats';
import { FakeWorkbook } from './workbook';
import type { WorkbookModel } from './workbook-model';

/** What every context of one host shares. */
export interface HostCore {
  model: WorkbookModel;
  stats: SyncStats;
  /** Refuse a sync whose payload exceeds this many bytes (Excel on the web: 5 MB); off when undefined. */
  payloadLimitBytes: number | undefined;
  notifyChange(): void;
  /** Base64 workbooks passed to Excel.createWorkbook. */
  createdWorkbooks: string[];
}

function statementOf(op: PendingOp): string {
  const variable = op.entity.charAt(0).toLowerCase() + op.entity.slice(1);
  if (op.action === 'set') return `${variable}.${op.member}=...;`;
  if (op.action === 'load') return `${variable}.load(${JSON.stringify(op.payload)});`;
  if (op.action === 'instantiate') return `// Instantiate {${variable}}`;
  return `${variable}.${op.member}(...);`;
}

function describeFailure(error: unknown, ops: PendingOp[], index: number): FakeOfficeError {
  const op = ops[index];
  const base =
    error instanceof FakeOfficeError
      ? error
      : new FakeOfficeError(
          'GeneralException',
          `There was an internal error while processing the request. (fake Excel: ${String(error)})`,
        );
  const located = base.debugInfo.errorLocation
    ? base
    : new FakeOfficeError(base.code, base.message, { errorLocation: `${op.entity}.${op.member}` });
  const around = ops
    .slice(Math.max(0, index - 3), index + 2)
    .map((o) => (o === op ? `// >>>>>\n${statementOf(o)}\n// <<<<<` : statementOf(o)));
  return withStatement(
    located,
    statementOf(op),
    around.flatMap((s) => s.split('\n')),
  );
}

export class FakeRequestContext implements ProxyContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  /** Objects stay usable across syncs here; tracking is accepted and ignored. */
  readonly trackedObjects = {
    add: (_object: unknown): void => undefined,
    remove: (_object: unknown): void => undefined,
  };
  readonly _host: HostCore;
  private queue: PendingOp[] = [];
  private current: BatchState | undefined;

  constructor(host: HostCore) {
    this._host = host;
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  _enqueue(op: PendingOp): void {
    this.queue.push(op);
  }

  _touch(proxy: ClientObjectBase<unknown>): void {
    this.current?.touched.add(proxy);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    if (ops.length === 0) return passThroughValue as T;
    const wire = ops.map((op) => ({ a: op.action, p: op.path, n: op.member, v: op.payload }));
    const record = {
      index: this._host.stats.syncs.length,
      operations: ops.length,
      payloadBytes: new TextEncoder().encode(JSON.stringify(wire)).length,
      responseBytes: 0,
    };
    this._host.stats.syncs.push(record);
    await Promise.resolve(); // a round trip: the caller's code after sync() runs later
    const limit = this._host.payloadLimitBytes;
    if (limit !== undefined && record.payloadBytes > limit) throw apiError('RequestPayloadSizeLimitExceeded');

    const model = this._host.model;
    const batch: BatchState = { results: [], touched: new Set(), responseBytes: 0 };
    let failure: FakeOfficeError | undefined;
    let mutated = false;
    this.current = batch;
    try {
      for (let i = 0; i < ops.length; i++) {
        try {
          ops[i].run(model, batch);
          mutated ||= ops[i].mutates;
        } catch (error) {
          failure = describeFailure(error, ops, i);
          break;
        }
      }
    } finally {
      this.current = undefined;
      model.engine.resume();
    }
    record.responseBytes = batch.responseBytes;
    if (mutated) this._host.notifyChange();
    if (failure) throw failure;
    for (const proxy of batch.touched) proxy._markSynced();
    for (const apply of batch.results) apply();
    return passThroughValue as T;
  }
}
