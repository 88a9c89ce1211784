/**
 * The projector view in a window of its own (same origin, same bundle: no page to deploy). Its React root
 * reads the votes session store directly, so it keeps showing the count when the pane switches tabs. Keys
 * typed in it go to the same ballot handler; Esc closes it.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { votesSessionStore } from '../../../state/votes-session';
import type { KeyStroke } from '../../../../domain/votes/tally/ballot-keys';
import { sessionTally } from '../../../../domain/votes/tally/session';
import type { MeetingStrings } from '../strings';
import { ProjectorBoard } from './ProjectorBoard';

type KeyHandler = (stroke: KeyStroke & { preventDefault(): void }) => boolean;

let openWindow: Window | null = null;

function WindowBoard({ strings, win, onKey }: { strings: MeetingStrings; win: Window; onKey: KeyHandler }) {
  const { session } = useSyncExternalStore(votesSessionStore.subscribe, votesSessionStore.getSnapshot);
  const tally = useMemo(() => (session ? sessionTally(session) : undefined), [session]);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'Escape') win.close();
      else onKey(event);
    };
    win.document.addEventListener('keydown', listener);
    return () => win.document.removeEventListener('keydown', listener);
  }, [win, onKey]);
  if (!session || !tally) return <p style={{ color: '#FFF', fontSize: '24px' }}>{strings.tally.noSession}</p>;
  return <ProjectorBoard session={session} tally={tally} strings={strings} />;
}

/** Opens (or brings forward) the projector window; null when the browser refused a new window. */
export function openProjectorWindow(options: { strings: MeetingStrings; onKey: KeyHandler }): Window | null {
  if (openWindow && !openWindow.closed) {
    openWindow.focus();
    return openWindow;
  }
  const win = window.open('', 'thidua-projector', 'popup=yes,width=1280,height=800');
  if (!win) return null;
  const doc = win.document;
  doc.title = options.strings.projector.title;
  doc.documentElement.lang = 'vi';
  doc.body.style.margin = '0';
  doc.body.style.background = '#000';
  doc.body.replaceChildren();
  const container = doc.createElement('div');
  doc.body.appendChild(container);
  const root = createRoot(container);
  root.render(<WindowBoard strings={options.strings} win={win} onKey={options.onKey} />);
  win.addEventListener('pagehide', () => {
    root.unmount();
    openWindow = null;
  });
  openWindow = win;
  return win;
}
