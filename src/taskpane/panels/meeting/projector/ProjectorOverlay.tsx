/**
 * The projector view inside the pane, for small rooms: the whole pane, large type, light or dark. Esc
 * closes it; the ballot keys keep working underneath, so the tellers go on counting while the room
 * watches. "Chiếu ra màn hình thứ hai" moves it to an Office dialog window that can go on the projector.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useLanguage } from '../../../i18n';
import { useVotesSession } from '../../../state/votes-session-hook';
import { useBallotKeys } from '../tally/use-ballot-keys';
import { useMeetingStrings } from '../use-meeting-strings';
import { receiptOf } from '../../../../domain/votes/tally/receipt';
import { boardOf } from './board-of';
import { BOARD_COLOURS, boardButtonStyle, ProjectorBoard, type BoardTheme } from './ProjectorBoard';
import { useProjectorTheme } from './theme';
import { useBoardWarnings } from './use-board-warnings';
import { SecondScreenButton } from './SecondScreenButton';

export function ProjectorOverlay({ onClose }: { onClose(): void }) {
  const s = useMeetingStrings();
  const lang = useLanguage();
  const { session } = useVotesSession();
  const onKey = useBallotKeys();
  const warnings = useBoardWarnings();
  const ref = useRef<HTMLDivElement>(null);
  const [theme, setTheme] = useProjectorTheme();
  const [moved, setMoved] = useState(false);
  const receipt = session ? receiptOf(session) : null;
  const board = useMemo(
    () => (session ? boardOf(session, s, lang, warnings) : undefined),
    [session, s, lang, warnings],
  );

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    // Back to where the teller was when the projector view closes.
    return () => opener?.focus?.();
  }, []);
  useEffect(() => {
    if (moved) onClose();
  }, [moved, onClose]);

  if (!board) return null;
  const c = BOARD_COLOURS[theme];
  const overlay: CSSProperties = {
    position: 'fixed',
    inset: 0,
    zIndex: 1000000,
    background: c.background,
    overflow: 'auto',
    outline: 'none',
  };
  const toolbar: CSSProperties = {
    position: 'sticky',
    top: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: '8px',
    justifyContent: 'flex-end',
    padding: '8px',
    background: c.background,
  };
  const button = boardButtonStyle(c);
  const other: BoardTheme = theme === 'dark' ? 'light' : 'dark';
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
        <SecondScreenButton style={button} onOpened={() => setMoved(true)} />
        <button type="button" style={button} onClick={() => setTheme(other)} data-testid="projector-theme">
          {other === 'light' ? s.projector.light : s.projector.dark}
        </button>
        <button type="button" style={button} onClick={onClose} data-testid="projector-close">
          {s.projector.close}
        </button>
      </div>
      {/* The overlay is modal: the ballot's confirmation is said here too, or screen readers would miss it. */}
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        style={{ color: c.text, fontSize: '16px', margin: 0, padding: '0 clamp(12px, 2vw, 40px)' }}
        data-testid="projector-receipt"
      >
        {receipt?.text ?? ''}
      </p>
      <ProjectorBoard board={board} theme={theme} />
      <p style={{ color: c.muted, fontSize: '14px', padding: '0 clamp(12px, 2vw, 40px) 16px' }}>
        {s.projector.hint}
      </p>
    </div>,
    document.body,
  );
}
