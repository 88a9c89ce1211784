/**
 * The projector view inside the pane: the whole window, black, large type. Esc closes it; the ballot keys
 * keep working underneath, so the tellers go on counting while the room watches. "Mở cửa sổ riêng" moves
 * it to a window that can be dragged to the projector's screen.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useVotesSession } from '../../../state/votes-session-hook';
import { sessionTally } from '../../../../domain/votes/tally/session';
import { useBallotKeys } from '../tally/use-ballot-keys';
import { useMeetingStrings } from '../use-meeting-strings';
import { ProjectorBoard } from './ProjectorBoard';
import { openProjectorWindow } from './projector-window';

const overlay: CSSProperties = {
  position: 'fixed',
  inset: 0,
  zIndex: 1000000,
  background: '#000',
  overflow: 'auto',
  outline: 'none',
};
const toolbar: CSSProperties = {
  position: 'sticky',
  top: 0,
  display: 'flex',
  gap: '8px',
  justifyContent: 'flex-end',
  padding: '8px',
  background: '#000',
};
const button: CSSProperties = {
  font: 'inherit',
  fontSize: '16px',
  padding: '6px 14px',
  background: '#222',
  color: '#FFF',
  border: '2px solid #FFF',
  borderRadius: '4px',
  cursor: 'pointer',
};
const hint: CSSProperties = { color: '#BBB', fontSize: '14px', padding: '0 clamp(12px, 2vw, 40px) 16px' };

export function ProjectorOverlay({ onClose }: { onClose(): void }) {
  const s = useMeetingStrings();
  const { session } = useVotesSession();
  const onKey = useBallotKeys();
  const ref = useRef<HTMLDivElement>(null);
  const [blocked, setBlocked] = useState(false);
  const tally = useMemo(() => (session ? sessionTally(session) : undefined), [session]);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    // Back to where the teller was when the projector view closes.
    return () => opener?.focus?.();
  }, []);

  if (!session || !tally) return null;
  return createPortal(
    <div
      ref={ref}
      style={overlay}
      role="dialog"
      aria-modal="true"
      aria-label={s.projector.title}
      tabIndex={-1}
      data-testid="projector"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
          return;
        }
        onKey(event);
      }}
    >
      <div style={toolbar}>
        <button
          type="button"
          style={button}
          onClick={() => {
            const win = openProjectorWindow({ strings: s, onKey });
            if (win) onClose();
            else setBlocked(true);
          }}
        >
          {s.projector.openWindow}
        </button>
        <button type="button" style={button} onClick={onClose} data-testid="projector-close">
          {s.projector.close}
        </button>
      </div>
      {blocked && <p style={{ ...hint, color: '#FFD84D' }}>{s.projector.blocked}</p>}
      <ProjectorBoard session={session} tally={tally} strings={s} />
      <p style={hint}>{s.projector.hint}</p>
    </div>,
    document.body,
  );
}
