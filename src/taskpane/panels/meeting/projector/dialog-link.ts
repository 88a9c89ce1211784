/**
 * The projector's dialog window, kept live from the votes session store itself (not from a component), so
 * it goes on updating when the pane switches tabs. One link at a time; every accepted entry sends the new
 * board. Keys typed in the dialog come back to the ballot handler.
 */
import {
  openProjectorDialog,
  projectorDialogSupported,
  type DialogTransport,
  type ProjectorDialog,
} from '../../../../excel/projector-dialog';
import type { BoardModel } from '../../../../domain/votes/tally/board';
import type { KeyStroke } from '../../../../domain/votes/tally/ballot-keys';
import { votesSessionStore } from '../../../state/votes-session';
import type { MeetingStrings } from '../strings';
import { boardOf } from './board-of';

export type LinkState =
  | { status: 'closed'; error?: string }
  | { status: 'opening' }
  | { status: 'open'; transport: DialogTransport };

type KeyHandler = (stroke: KeyStroke & { preventDefault(): void }) => boolean;

let state: LinkState = { status: 'closed' };
let dialog: ProjectorDialog<BoardModel> | null = null;
let unsubscribe: (() => void) | null = null;
const listeners = new Set<() => void>();

function set(next: LinkState): void {
  state = next;
  for (const listener of [...listeners]) listener();
}

export const projectorLink = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getState: (): LinkState => state,
  supported: projectorDialogSupported,

  async open(options: {
    strings: MeetingStrings;
    lang: string;
    warnings: () => ReadonlyMap<string, string>;
    onKey: KeyHandler;
  }): Promise<void> {
    if (state.status !== 'closed') return;
    set({ status: 'opening' });
    const push = () => {
      const { session } = votesSessionStore.getSnapshot();
      if (session && dialog)
        dialog.update(boardOf(session, options.strings, options.lang, options.warnings()));
    };
    try {
      dialog = await openProjectorDialog<BoardModel>({
        url: new URL('projector.html', window.location.href).href,
        onKey: (stroke) => options.onKey({ ...stroke, preventDefault: () => undefined }),
        onClosed: () => projectorLink.forget(),
      });
    } catch (error) {
      set({ status: 'closed', error: error instanceof Error ? error.message : String(error) });
      return;
    }
    unsubscribe = votesSessionStore.subscribe(push);
    push();
    set({ status: 'open', transport: dialog.transport });
  },

  close(): void {
    dialog?.close();
    projectorLink.forget();
  },

  /** Drops the link once the dialog is gone. */
  forget(): void {
    unsubscribe?.();
    unsubscribe = null;
    dialog = null;
    set({ status: 'closed' });
  },
};
