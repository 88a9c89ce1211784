/**
 * The proxy-object model of Office.js. A proxy records what its methods and property writes ask for; nothing
 * reaches the workbook until context.sync(). Reading a property needs load() and a sync first, else it
 * throws PropertyNotLoaded as Office.js does. A property written locally reads back the written value
 * (Office.js keeps it on the proxy). Proxies refuse unknown properties (Object.preventExtensions), so code
 * relying on something this fake does not implement fails loudly instead of silently doing nothing.
 */
import { invalidArgument, propertyNotLoaded } from './errors';
import { emptyRequest, parseLoadOption, requestPaths } from './load-request';
import type { LoadOption, LoadRequest } from './load-request';
import type { WorkbookModel } from './workbook-model';

/** Finds the object a proxy stands for when a batch runs; null for a null object; throws Excel errors. */
export type Resolver<T> = (model: WorkbookModel) => T | null;

/** What one sync gathers while it runs. */
export interface BatchState {
  results: (() => void)[];
  touched: Set<ClientObjectBase<unknown>>;
  responseBytes: number;
}

export interface PendingOp {
  action: 'set' | 'call' | 'load' | 'instantiate';
  entity: string;
  member: string;
  path: string;
  payload: unknown;
  mutates: boolean;
  run(model: WorkbookModel, batch: BatchState): void;
}

/** The part of the request context proxies need. */
export interface ProxyContext {
  _enqueue(op: PendingOp): void;
  _touch(proxy: ClientObjectBase<unknown>): void;
}

/** Rough size of a loaded answer, for the response figure of a sync. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

export abstract class ClientObjectBase<T> {
  readonly context: ProxyContext;
  readonly _entity: string;
  readonly _path: string;
  private readonly _resolver: Resolver<T>;
  private _cache: { value: T | null } | undefined = undefined;
  protected readonly _fields = new Map<string, unknown>();
  protected readonly _kids = new Map<string, ClientObjectBase<unknown>>();
  _isNullState: boolean | undefined = undefined;

  constructor(context: ProxyContext, entity: string, path: string, resolver: Resolver<T>) {
    this.context = context;
    this._entity = entity;
    this._path = path;
    this._resolver = resolver;
    Object.preventExtensions(this);
  }

  /** Scalar properties load() with no argument brings (Office.js: all scalars). */
  protected abstract _scalarNames(): readonly string[];

  /** Computes one scalar property from the workbook when a load runs. */
  protected abstract _read(target: T, name: string, model: WorkbookModel): unknown;

  /** Navigation properties (format, font…) that load paths may go through. */
  protected _navNames(): readonly string[] {
    return [];
  }

  protected _nav(name: string): ClientObjectBase<unknown> | undefined {
    return this._navNames().includes(name)
      ? (this as unknown as Record<string, ClientObjectBase<unknown>>)[name]
      : undefined;
  }

  get isNullObject(): boolean {
    if (this._isNullState === undefined) throw propertyNotLoaded(this._entity, 'isNullObject');
    return this._isNullState;
  }

  /** The object this proxy stands for in the workbook, found once and kept (Excel's tracked objects). */
  _resolve(model: WorkbookModel): T | null {
    if (!this._cache) this._cache = { value: this._resolver(model) };
    this.context._touch(this as ClientObjectBase<unknown>);
    if (this._cache.value !== null) this._check(this._cache.value, model);
    return this._cache.value;
  }

  /** Throws when the object found earlier no longer exists (a deleted sheet, name or chart). */
  protected _check(_target: T, _model: WorkbookModel): void {}

  /** Called after a successful sync for every proxy the batch reached. */
  _markSynced(): void {
    if (this._cache) this._isNullState = this._cache.value === null;
  }

  /** A proxy whose object is always `value` (collection items, results of add()). */
  _pin(value: T): void {
    this._cache = { value };
    this._isNullState = false;
  }

  load(option?: LoadOption): this {
    this._queueLoad(parseLoadOption(option));
    return this;
  }

  _queueLoad(request: LoadRequest): void {
    this.context._enqueue({
      action: 'load',
      entity: this._entity,
      member: 'load',
      path: this._path,
      payload: requestPaths(request),
      mutates: false,
      run: (model, batch) => this._loadNow(request, model, batch),
    });
  }

  /** Runs a load inside a batch: computes the values now, hands them to the proxy if the batch succeeds. */
  _loadNow(request: LoadRequest, model: WorkbookModel, batch: BatchState): void {
    const target = this._resolve(model);
    if (target === null) return;
    const names = request.all ? [...this._scalarNames()] : [];
    for (const name of request.names) {
      const nav = this._nav(name);
      if (nav) nav._loadNow(emptyRequest(true), model, batch);
      else names.push(name);
    }
    for (const [name, sub] of request.children) {
      const nav = this._nav(name);
      if (!nav) throw invalidArgument(`${this._entity}.load`);
      nav._loadNow(sub, model, batch);
    }
    const loaded = names.map((name): [string, unknown] => {
      if (!this._scalarNames().includes(name)) throw invalidArgument(`${this._entity}.load`);
      return [name, this._read(target, name, model)];
    });
    if (loaded.length === 0) return;
    batch.responseBytes += jsonBytes(Object.fromEntries(loaded));
    batch.results.push(() => loaded.forEach(([name, value]) => this._fields.set(name, value)));
  }

  /** Object.set(): writes each property (navigation properties recursively). */
  set(properties: Record<string, unknown>, options?: { throwOnReadOnly?: boolean }): void {
    for (const [name, value] of Object.entries(properties ?? {})) {
      const nav = this._nav(name);
      if (nav && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        nav.set(value as Record<string, unknown>, options);
        continue;
      }
      const descriptor = findSetter(this, name);
      if (descriptor) descriptor.call(this, value);
      else if (options?.throwOnReadOnly !== false) throw invalidArgument(`${this._entity}.set`);
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.fromEntries(this._fields);
    for (const [name, kid] of this._kids) {
      const json = kid.toJSON();
      if (Object.keys(json).length > 0) out[name] = json;
    }
    return out;
  }

  protected _get<V>(name: string): V {
    if (this._fields.has(name)) return this._fields.get(name) as V;
    if (this._isNullState === true) return undefined as V;
    throw propertyNotLoaded(this._entity, name);
  }

  /** Queues a property write; the proxy keeps the written value, as Office.js does. */
  protected _setProp(
    name: string,
    value: unknown,
    apply: (target: T, model: WorkbookModel, written: unknown) => void,
  ): void {
    const snapshot = snapshotOf(value);
    this._fields.set(name, snapshot);
    this.context._enqueue({
      action: 'set',
      entity: this._entity,
      member: name,
      path: this._path,
      payload: snapshot,
      mutates: true,
      run: (model) => {
        const target = this._resolve(model);
        if (target !== null) apply(target, model, snapshot);
      },
    });
  }

  /** Queues a method call. */
  protected _call(
    method: string,
    args: unknown[],
    apply: (target: T, model: WorkbookModel, args: unknown[], batch: BatchState) => void,
    mutates = true,
  ): void {
    const snapshot = args.map(snapshotOf);
    this.context._enqueue({
      action: 'call',
      entity: this._entity,
      member: method,
      path: this._path,
      payload: snapshot,
      mutates,
      run: (model, batch) => {
        const target = this._resolve(model);
        if (target !== null) apply(target, model, snapshot, batch);
      },
    });
  }

  /** Makes sure the object is looked up in the next sync (for *OrNullObject results). */
  _requestInstantiate(): void {
    this.context._enqueue({
      action: 'instantiate',
      entity: this._entity,
      member: 'instantiate',
      path: this._path,
      payload: null,
      mutates: false,
      run: (model) => void this._resolve(model),
    });
  }

  /** A navigation child, created once per proxy. */
  protected _kid<C extends ClientObjectBase<unknown>>(name: string, make: () => C): C {
    let kid = this._kids.get(name);
    if (!kid) {
      kid = make();
      this._kids.set(name, kid);
    }
    return kid as C;
  }

  /** Resolver for an object reached from this one; a null parent gives a null child. */
  protected _from<C>(fn: (target: T, model: WorkbookModel) => C | null): Resolver<C> {
    return (model) => {
      const target = this._resolve(model);
      return target === null ? null : fn(target, model);
    };
  }
}

function findSetter(obj: object, name: string): ((value: unknown) => void) | undefined {
  let proto: object | null = Object.getPrototypeOf(obj);
  while (proto) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor.set;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

/** Office.js serialises what was written when the request is built; a later mutation is not sent. */
function snapshotOf(value: unknown): unknown {
  if (value instanceof ClientObjectBase) return value;
  if (Array.isArray(value)) return value.map(snapshotOf);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, snapshotOf(v)]));
  }
  return value;
}

export type { LoadOption, LoadRequest };
