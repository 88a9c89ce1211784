/**
 * Opens the projector in an Office dialog window (DialogApi 1.1), or says why it cannot; while it is open,
 * the button closes it. Plain button so it fits both the overlay's themes and the panel's bar.
 */
import { useRef, useSyncExternalStore, type CSSProperties } from 'react';
import { useLanguage } from '../../../i18n';
import { useBallotKeys } from '../tally/use-ballot-keys';
import { useMeetingStrings } from '../use-meeting-strings';
import { projectorLink } from './dialog-link';
import { useBoardWarnings } from './use-board-warnings';

export function SecondScreenButton({ style, onOpened }: { style?: CSSProperties; onOpened?(): void }) {
  const s = useMeetingStrings();
  const lang = useLanguage();
  const onKey = useBallotKeys();
  const warnings = useBoardWarnings();
  const latest = useRef(warnings);
  latest.current = warnings;
  const link = useSyncExternalStore(projectorLink.subscribe, projectorLink.getState);
  if (!projectorLink.supported()) {
    return (
      <span
        style={style ? { ...style, cursor: 'default' } : undefined}
        data-testid="projector-dialog-unsupported"
      >
        {s.projector.unsupported}
      </span>
    );
  }
  if (link.status === 'open') {
    return (
      <button
        type="button"
        style={style}
        onClick={() => projectorLink.close()}
        data-testid="projector-dialog-close"
      >
        {s.projector.windowClose}
      </button>
    );
  }
  return (
    <button
      type="button"
      style={style}
      disabled={link.status === 'opening'}
      data-testid="projector-dialog-open"
      onClick={() =>
        void projectorLink.open({ strings: s, lang, warnings: () => latest.current, onKey }).then(() => {
          if (projectorLink.getState().status === 'open') onOpened?.();
        })
      }
    >
      {s.projector.openWindow}
    </button>
  );
}
