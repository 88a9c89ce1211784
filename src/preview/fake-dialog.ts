/**
 * Office's dialog API in the preview, over window.open, with the semantics the add-in relies on:
 *
 * - displayDialogAsync answers through its callback, later (never synchronously); the address must be
 *   absolute and on the page's own origin (else 12004); one dialog at a time per page (12007); a blocked
 *   window is 12009.
 * - The dialog page gets its own `Office` (onReady, requirements, ui.messageParent, ui.addHandlerAsync),
 *   installed as office.js would be: after the page's script may already have started.
 * - Messages are strings, delivered asynchronously; a message sent before the receiver has registered its
 *   handler is lost. messageChild and DialogParentMessageReceived exist only from DialogApi 1.2.
 * - Closing by the user raises DialogEventReceived with 12006; close() from the pane raises nothing.
 */

export const DIALOG_EVENT_TYPES = {
  DialogMessageReceived: 'dialogMessageReceived',
  DialogEventReceived: 'dialogEventReceived',
  DialogParentMessageReceived: 'dialogParentMessageReceived',
} as const;

export const ASYNC_RESULT_STATUS = { Succeeded: 'succeeded', Failed: 'failed' } as const;

type Handler = (arg: unknown) => void;

interface AsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error: { code: number; message: string; name: string };
  asyncContext?: unknown;
}

const later = (fn: () => void) => setTimeout(fn, 0);

function failure<T>(code: number, message: string): AsyncResult<T> {
  return { status: 'failed', value: undefined as T, error: { code, message, name: 'Error' } };
}

function atLeast(version: string, wanted: string): boolean {
  const a = version.split('.').map(Number);
  const b = wanted.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export interface FakeDialogApi {
  /** Whether `DialogApi` at `version` is supported (null: no dialog API at all). */
  supports(version: string): boolean;
  ui: {
    displayDialogAsync(
      url: string,
      options?: Record<string, unknown> | ((r: AsyncResult<unknown>) => void),
      callback?: (r: AsyncResult<unknown>) => void,
    ): void;
  };
}

function checkString(message: unknown): string {
  if (typeof message !== 'string') throw new TypeError('Office dialog messages must be strings.');
  return message;
}

/** The dialog API of a page; `version` is the highest DialogApi reported, or null for none. */
export function createFakeDialogApi(host: Window, version: string | null): FakeDialogApi {
  const supports = (wanted: string) => version !== null && atLeast(version, wanted);
  let open: Window | null = null;

  function childOffice(parentHandlers: Map<string, Handler[]>, origin: string) {
    const childHandlers: Handler[] = [];
    const office = {
      EventType: DIALOG_EVENT_TYPES,
      AsyncResultStatus: ASYNC_RESULT_STATUS,
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
      context: {
        requirements: {
          isSetSupported: (name: string, v?: string | number) =>
            name === 'DialogApi' && supports(String(v ?? '1.1')),
        },
        ui: {
          messageParent(message: unknown) {
            const text = checkString(message);
            later(() => {
              for (const h of parentHandlers.get(DIALOG_EVENT_TYPES.DialogMessageReceived) ?? []) {
                h({ message: text, origin });
              }
            });
          },
          ...(supports('1.2')
            ? {
                addHandlerAsync(type: string, handler: Handler, ...rest: unknown[]) {
                  const callback = rest.find((r) => typeof r === 'function') as
                    ((r: AsyncResult<void>) => void) | undefined;
                  if (type === DIALOG_EVENT_TYPES.DialogParentMessageReceived) childHandlers.push(handler);
                  later(() =>
                    callback?.({ status: 'succeeded', value: undefined, error: undefined as never }),
                  );
                },
              }
            : {}),
        },
      },
    };
    return { office, childHandlers };
  }

  return {
    supports,
    ui: {
      displayDialogAsync(url, options, callback) {
        const done = (typeof options === 'function' ? options : callback) ?? (() => undefined);
        const settings = typeof options === 'object' && options ? options : {};
        if (version === null) throw new Error('DialogApi is not supported in this host.');
        let address: URL;
        try {
          address = new URL(url);
        } catch {
          later(() => done(failure(12004, 'The domain of the URL is not trusted (not an absolute URL).')));
          return;
        }
        if (address.origin !== host.location.origin) {
          later(() => done(failure(12004, 'The domain of the URL is not included in AppDomains.')));
          return;
        }
        if (open && !open.closed) {
          later(() => done(failure(12007, 'A dialog box is already opened from this host window.')));
          return;
        }
        const percent = (key: string, fallback: number) =>
          typeof settings[key] === 'number' ? (settings[key] as number) : fallback;
        const width = Math.round((host.screen.availWidth * percent('width', 80)) / 100);
        const height = Math.round((host.screen.availHeight * percent('height', 80)) / 100);
        const win = host.open(
          address.href,
          'thidua-office-dialog',
          `popup=yes,width=${width},height=${height}`,
        );
        if (!win) {
          later(() => done(failure(12009, 'The user chose to ignore the dialog box.')));
          return;
        }
        open = win;
        const parentHandlers = new Map<string, Handler[]>();
        const { office, childHandlers } = childOffice(parentHandlers, address.origin);
        // office.js arrives after the page starts loading: install ours until the page itself has loaded.
        const install = setInterval(() => {
          if (win.closed) return clearInterval(install);
          try {
            const target = win as unknown as { Office?: unknown };
            if (target.Office !== office) target.Office = office;
            if (win.location.href === address.href && win.document.readyState === 'complete') {
              clearInterval(install);
            }
          } catch {
            clearInterval(install);
          }
        }, 10);
        let closedByPane = false;
        const watch = setInterval(() => {
          if (!win.closed) return;
          clearInterval(watch);
          if (open === win) open = null;
          if (closedByPane) return;
          for (const h of parentHandlers.get(DIALOG_EVENT_TYPES.DialogEventReceived) ?? [])
            h({ error: 12006 });
        }, 200);
        const dialog = {
          addEventHandler(type: string, handler: Handler) {
            parentHandlers.set(type, [...(parentHandlers.get(type) ?? []), handler]);
          },
          close() {
            closedByPane = true;
            later(() => win.close());
          },
          ...(supports('1.2')
            ? {
                messageChild(message: unknown) {
                  const text = checkString(message);
                  later(() => {
                    for (const h of childHandlers) h({ message: text, origin: host.location.origin });
                  });
                },
              }
            : {}),
        };
        later(() => done({ status: 'succeeded', value: dialog, error: undefined as never }));
      },
    },
  };
}
