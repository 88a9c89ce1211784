/**
 * The projector on a second screen through Office's dialog API, both ends of it.
 *
 * - Opening needs DialogApi 1.1 (`Office.context.ui.displayDialogAsync`, and `messageParent` from the
 *   dialog); without it the caller keeps the in-pane view.
 * - Keeping the window live: `Dialog.messageChild` and the dialog's `DialogParentMessageReceived` handler are
 *   DialogApi 1.2 (per the @types/office-js annotations). With 1.2 every update is one messageChild. With only
 *   1.1, the pane writes the board to localStorage (same origin as the dialog) and the dialog polls it;
 *   the key is removed when the dialog closes, so no names stay on the computer.
 * - The dialog says "ready" with messageParent before anything is sent (a message sent earlier is lost),
 *   and forwards the keys typed in it, so tellers may keep typing while the projector window has the focus.
 */

/** Messages from the dialog to the pane. */
export type FromDialog =
  { type: 'ready' } | { type: 'key'; key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean };

/** Messages from the pane to the dialog. */
export interface ToDialog<B> {
  type: 'board';
  board: B;
}

export type DialogTransport = 'messageChild' | 'storage';

export const PROJECTOR_STORAGE_KEY = 'thidua.projector.board';
const POLL_MS = 400;

function officeUi(): Office.UI | undefined {
  if (typeof Office === 'undefined') return undefined;
  return Office.context?.ui;
}

function dialogApi(version: '1.1' | '1.2'): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported('DialogApi', version);
}

/** Whether the projector can open in a window of its own (else the in-pane view is the projector). */
export function projectorDialogSupported(): boolean {
  return dialogApi('1.1') && officeUi() !== undefined;
}

export interface ProjectorDialog<B> {
  transport: DialogTransport;
  /** Sends the board now (or as soon as the dialog is ready). */
  update(board: B): void;
  close(): void;
}

export interface OpenOptions {
  /** Absolute https address of the dialog page, same domain as the pane. */
  url: string;
  onKey(stroke: Omit<Extract<FromDialog, { type: 'key' }>, 'type'>): void;
  /** The dialog was closed by the user (or could not stay open). */
  onClosed(): void;
}

/** Vietnamese reason for a failed displayDialogAsync, by Office's documented codes. */
export function dialogErrorText(code: number): string {
  switch (code) {
    case 12004:
    case 12005:
      return 'Địa chỉ cửa sổ chiếu không cùng miền với bổ trợ (cần https); hãy dùng màn hình chiếu trong ngăn.';
    case 12007:
      return 'Đã có một cửa sổ của bổ trợ đang mở; hãy đóng cửa sổ đó rồi mở lại màn hình chiếu.';
    case 12009:
      return 'Cửa sổ chiếu bị chặn hoặc đã bị từ chối; hãy cho phép cửa sổ bật lên hoặc dùng màn hình chiếu trong ngăn.';
    default:
      return `Không mở được cửa sổ chiếu (mã lỗi ${code}); hãy dùng màn hình chiếu trong ngăn.`;
  }
}

function writeStorage(value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(PROJECTOR_STORAGE_KEY);
    else globalThis.localStorage?.setItem(PROJECTOR_STORAGE_KEY, value);
  } catch {
    // Storage refused: the dialog keeps its last board; the in-pane view still shows the live count.
  }
}

/** Opens the dialog; rejects with a Vietnamese Error when Office refuses. */
export function openProjectorDialog<B>(options: OpenOptions): Promise<ProjectorDialog<B>> {
  const ui = officeUi();
  if (!ui || !dialogApi('1.1')) {
    return Promise.reject(new Error('Office không hỗ trợ cửa sổ hộp thoại (DialogApi 1.1).'));
  }
  const transport: DialogTransport = dialogApi('1.2') ? 'messageChild' : 'storage';
  return new Promise((resolve, reject) => {
    ui.displayDialogAsync(
      options.url,
      { height: 80, width: 80, displayInIframe: false, promptBeforeOpen: false },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error(dialogErrorText(result.error.code)));
          return;
        }
        const dialog = result.value;
        let ready = false;
        let closed = false;
        let last: string | null = null;
        const send = () => {
          if (closed || last === null) return;
          if (transport === 'storage') writeStorage(last);
          else if (ready) dialog.messageChild(last);
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          if (!('message' in arg)) return;
          let message: FromDialog;
          try {
            message = JSON.parse(arg.message) as FromDialog;
          } catch {
            return;
          }
          if (message.type === 'ready') {
            ready = true;
            send();
          } else if (message.type === 'key') {
            const { key, ctrlKey, metaKey, altKey } = message;
            options.onKey({ key, ctrlKey, metaKey, altKey });
          }
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
          // 12006: closed by the user; 12002/12003: the page could not load. Either way it is gone.
          closed = true;
          if (transport === 'storage') writeStorage(null);
          options.onClosed();
        });
        resolve({
          transport,
          update(board) {
            const message: ToDialog<B> = { type: 'board', board };
            last = JSON.stringify(message);
            send();
          },
          close() {
            if (closed) return;
            closed = true;
            if (transport === 'storage') writeStorage(null);
            dialog.close();
          },
        });
      },
    );
  });
}

/**
 * The dialog page's wait for Office: office.js (or the preview's stand-in) may arrive after the page's own
 * script starts, so wait for the global, then for Office.onReady. False when no Office comes.
 */
export async function whenOfficeReady(timeoutMs = 10000): Promise<boolean> {
  const start = Date.now();
  while (typeof Office === 'undefined' || !Office.onReady) {
    if (Date.now() - start > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await Office.onReady();
  return officeUi() !== undefined;
}

/** The dialog's end: call after whenOfficeReady. Returns a way to forward keys and to stop listening. */
export function connectToPane<B>(onBoard: (board: B) => void): {
  sendKey(stroke: Omit<Extract<FromDialog, { type: 'key' }>, 'type'>): void;
  stop(): void;
} {
  const ui = officeUi();
  if (!ui) throw new Error('Trang này chỉ mở được từ ngăn Thi Đua trong Excel.');
  const receive = (text: string | null) => {
    if (!text) return;
    try {
      const message = JSON.parse(text) as ToDialog<B>;
      if (message.type === 'board') onBoard(message.board);
    } catch {
      // A message that is not ours is ignored.
    }
  };
  const post = (message: FromDialog) => ui.messageParent(JSON.stringify(message));
  let timer: ReturnType<typeof setInterval> | undefined;
  if (dialogApi('1.2')) {
    // "ready" only once the handler is in place: a message sent before would be lost.
    ui.addHandlerAsync(
      Office.EventType.DialogParentMessageReceived,
      (arg) => receive(arg.message),
      () => post({ type: 'ready' }),
    );
  } else {
    let seen: string | null = null;
    const poll = () => {
      let text: string | null = null;
      try {
        text = globalThis.localStorage?.getItem(PROJECTOR_STORAGE_KEY) ?? null;
      } catch {
        text = null;
      }
      if (text !== seen) {
        seen = text;
        receive(text);
      }
    };
    poll();
    timer = setInterval(poll, POLL_MS);
    post({ type: 'ready' });
  }
  return {
    sendKey: (stroke) => post({ type: 'key', ...stroke }),
    stop: () => {
      if (timer !== undefined) clearInterval(timer);
    },
  };
}
