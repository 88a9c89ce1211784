/**
 * The pane's end of the projector dialog against a stand-in Office: nothing is sent before the dialog says
 * it is ready (a message sent earlier would be lost), then every update is one messageChild; with only
 * DialogApi 1.1 the board goes through localStorage and is removed when the dialog closes; Office's
 * refusals come back in Vietnamese.
 */
import {
  PROJECTOR_STORAGE_KEY,
  openProjectorDialog,
  projectorDialogSupported,
} from '../../../src/excel/projector-dialog';

type Handler = (arg: unknown) => void;

interface Stub {
  sent: string[];
  handlers: Map<string, Handler>;
  closed: number;
  storage: Map<string, string>;
  failWith?: number;
}

function installOffice(version: '1.1' | '1.2' | null): Stub {
  const stub: Stub = { sent: [], handlers: new Map(), closed: 0, storage: new Map() };
  const dialog = {
    addEventHandler: (type: string, handler: Handler) => stub.handlers.set(type, handler),
    close: () => {
      stub.closed += 1;
    },
    messageChild: (message: string) => stub.sent.push(message),
  };
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.localStorage = {
    getItem: (k: string) => stub.storage.get(k) ?? null,
    setItem: (k: string, v: string) => stub.storage.set(k, v),
    removeItem: (k: string) => stub.storage.delete(k),
  };
  globals.Office = {
    EventType: {
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      requirements: {
        isSetSupported: (name: string, v: string) =>
          name === 'DialogApi' && version !== null && Number(v) <= Number(version),
      },
      ui: {
        displayDialogAsync: (_url: string, _options: unknown, callback: (r: unknown) => void) =>
          setTimeout(() =>
            callback(
              stub.failWith
                ? { status: 'failed', error: { code: stub.failWith } }
                : { status: 'succeeded', value: dialog },
            ),
          ),
      },
    },
  };
  return stub;
}

afterEach(() => {
  const globals = globalThis as unknown as Record<string, unknown>;
  delete globals.Office;
  delete globals.localStorage;
});

const options = {
  url: 'https://localhost:3000/projector.html',
  onKey: () => undefined,
  onClosed: () => undefined,
};
const fromDialog = (stub: Stub, message: unknown) =>
  stub.handlers.get('dialogMessageReceived')?.({ message: JSON.stringify(message), origin: 'x' });

describe('the projector dialog, pane side', () => {
  test('DialogApi 1.2: the board waits for "ready", then each update is one messageChild', async () => {
    const stub = installOffice('1.2');
    const dialog = await openProjectorDialog<{ n: number }>(options);
    expect(dialog.transport).toBe('messageChild');
    dialog.update({ n: 1 });
    dialog.update({ n: 2 });
    expect(stub.sent).toEqual([]);
    fromDialog(stub, { type: 'ready' });
    expect(stub.sent.map((m) => JSON.parse(m))).toEqual([{ type: 'board', board: { n: 2 } }]);
    dialog.update({ n: 3 });
    expect(stub.sent).toHaveLength(2);
    expect(stub.storage.size).toBe(0);
  });

  test('DialogApi 1.1: the board goes through localStorage and is removed when the user closes the dialog', async () => {
    const stub = installOffice('1.1');
    let closed = 0;
    const dialog = await openProjectorDialog<{ n: number }>({ ...options, onClosed: () => (closed += 1) });
    expect(dialog.transport).toBe('storage');
    dialog.update({ n: 7 });
    expect(JSON.parse(stub.storage.get(PROJECTOR_STORAGE_KEY)!)).toEqual({ type: 'board', board: { n: 7 } });
    stub.handlers.get('dialogEventReceived')?.({ error: 12006 });
    expect(closed).toBe(1);
    expect(stub.storage.has(PROJECTOR_STORAGE_KEY)).toBe(false);
    expect(stub.sent).toEqual([]);
  });

  test('keys typed in the dialog reach the ballot handler', async () => {
    const stub = installOffice('1.2');
    const keys: string[] = [];
    await openProjectorDialog({ ...options, onKey: (stroke) => keys.push(stroke.key) });
    fromDialog(stub, { type: 'key', key: 'a', ctrlKey: false, metaKey: false, altKey: false });
    stub.handlers.get('dialogMessageReceived')?.({ message: 'not json', origin: 'x' });
    expect(keys).toEqual(['a']);
  });

  test('a second dialog refused by Office (12007) is said in Vietnamese', async () => {
    const stub = installOffice('1.2');
    stub.failWith = 12007;
    await expect(openProjectorDialog(options)).rejects.toThrow('Đã có một cửa sổ của bổ trợ đang mở');
  });

  test('without DialogApi 1.1 the projector stays in the pane', async () => {
    installOffice(null);
    expect(projectorDialogSupported()).toBe(false);
    await expect(openProjectorDialog(options)).rejects.toThrow('DialogApi 1.1');
  });
});
