/**
 * The ballot being keyed in: its number, one row per candidate with the mark and the focused row, buttons
 * for pointer users, and the key help. Keys go to this region (it takes the focus when the tab opens);
 * each one updates the screen at once and a finished ballot's log row is written behind it.
 */
import { useEffect, useRef } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { TITLES } from '../../../../domain/titles';
import {
  BALLOT_KEY_HELP,
  lastBallot,
  parseCandidateKey,
  type Candidate,
  type Mark,
} from '../../../../domain/votes';
import { votesSessionStore } from '../../../state/votes-session';
import { useVotesSession } from '../../../state/votes-session-hook';
import { entryBlocked, markRow } from '../../../../domain/votes/tally/session';
import type { PaneSession } from '../../../state/votes-session';
import { receiptOf } from '../../../../domain/votes/tally/receipt';
import { useMeetingStrings } from '../use-meeting-strings';
import { useBallotKeys } from './use-ballot-keys';

const useStyles = makeStyles({
  region: {
    border: `2px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    // Always visible while focused, mouse or keyboard: the teller must see that keys go to the ballot.
    ':focus': { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: '2px' },
  },
  number: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightBold, lineHeight: 1.1 },
  rows: { listStyleType: 'none', margin: 0, padding: 0 },
  // Name first; the mark and its buttons move under it when the pane is narrow (320 px), never squeezing
  // the name into one word per line.
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '4px',
    padding: '3px 4px',
    borderRadius: tokens.borderRadiusSmall,
  },
  focused: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `1px solid ${tokens.colorBrandStroke1}`,
  },
  name: { flex: '1 1 10em', minWidth: 0 },
  controls: { display: 'flex', alignItems: 'center', gap: '4px', marginLeft: 'auto' },
  mark: { minWidth: '84px', textAlign: 'center', fontWeight: tokens.fontWeightSemibold },
  markButtons: { display: 'flex', gap: '2px' },
  // 32 px at least: the tellers hit these by finger on a touch laptop.
  markButton: { minWidth: '36px', minHeight: '32px', paddingLeft: '4px', paddingRight: '4px' },
  agree: { color: tokens.colorPaletteGreenForeground1 },
  disagree: { color: tokens.colorPaletteRedForeground1 },
  buttons: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  help: { margin: 0, paddingLeft: '18px' },
  receipt: { minHeight: '1.4em', fontWeight: tokens.fontWeightSemibold },
  receiptValid: { color: tokens.colorPaletteGreenForeground1 },
  receiptInvalid: { color: tokens.colorPaletteRedForeground1 },
});

export interface BallotEntryProps {
  session: PaneSession;
  candidates: Map<string, Candidate>;
}

export function BallotEntry({ session, candidates }: BallotEntryProps) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const onKey = useBallotKeys();
  const { commit } = useVotesSession();
  const ref = useRef<HTMLDivElement>(null);
  const { draft } = session;
  const blocked = entryBlocked(session);
  const last = lastBallot(session.state, session.round);
  const receipt = receiptOf(session);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  const press = (key: string) => {
    onKey({ key, ctrlKey: false, metaKey: false, altKey: false, preventDefault: () => undefined });
    ref.current?.focus();
  };
  const setMark = (row: number, mark: Mark) => {
    const current = votesSessionStore.getSnapshot().session;
    if (current) commit({ ok: true, session: markRow(current, row, mark), logged: false });
    ref.current?.focus();
  };
  const markLabel = (mark: Mark | undefined) =>
    mark === 'agree' ? s.tally.agree : mark === 'disagree' ? s.tally.disagree : '—';

  return (
    <div
      ref={ref}
      className={styles.region}
      tabIndex={0}
      role="group"
      aria-label={`${s.tally.entryLabel}: ${s.tally.ballotNumber} ${draft.number}`}
      aria-describedby="ballot-key-help"
      data-testid="ballot-entry"
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        onKey(event);
      }}
    >
      <Text className={styles.number} data-testid="ballot-number">
        {s.tally.ballotNumber} {draft.number}
      </Text>
      {/* Always in the page, so screen readers announce each new confirmation as it replaces the last. */}
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={mergeClasses(
          styles.receipt,
          receipt ? (receipt.valid ? styles.receiptValid : styles.receiptInvalid) : undefined,
        )}
        data-testid="ballot-receipt"
        data-valid={receipt ? String(receipt.valid) : ''}
      >
        {receipt?.text ?? ''}
      </div>
      {blocked && (
        <Text weight="semibold" data-testid="ballot-blocked">
          {s.tally.blocked} {blocked}
        </Text>
      )}
      <ul className={styles.rows}>
        {draft.candidateKeys.map((key, row) => {
          const candidate = candidates.get(key);
          const parsed = parseCandidateKey(key);
          const mark = draft.marks[key];
          return (
            <li
              key={key}
              className={mergeClasses(styles.row, row === draft.focus && styles.focused)}
              data-testid={`ballot-row-${key}`}
              data-mark={mark ?? ''}
            >
              <Text className={styles.name}>
                {candidate?.name ?? key}{' '}
                <Text size={200}>({parsed ? TITLES[parsed.titleId].shortLabel : ''})</Text>
              </Text>
              <span className={styles.controls}>
                <Text
                  className={mergeClasses(
                    styles.mark,
                    mark === 'agree' && styles.agree,
                    mark === 'disagree' && styles.disagree,
                  )}
                >
                  {markLabel(mark)}
                </Text>
                <span className={styles.markButtons}>
                  {(['agree', 'disagree', 'blank'] as Mark[]).map((m) => (
                    <Button
                      key={m}
                      size="small"
                      tabIndex={-1}
                      className={styles.markButton}
                      aria-label={`${m === 'agree' ? s.tally.agree : m === 'disagree' ? s.tally.disagree : s.tally.blank}: ${candidate?.name ?? key}`}
                      onClick={() => setMark(row, m)}
                    >
                      {m === 'agree' ? 'Đ' : m === 'disagree' ? 'K' : '–'}
                    </Button>
                  ))}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={blocked !== null}
          onClick={() => press('a')}
          data-testid="ballot-all-agree"
        >
          {s.tally.allAgree}
        </Button>
        <Button disabled={blocked !== null} onClick={() => press('x')} data-testid="ballot-invalid">
          {s.tally.invalid}
        </Button>
        <Button disabled={blocked !== null} onClick={() => press('Enter')} data-testid="ballot-record">
          {s.tally.record}
        </Button>
        <Button
          disabled={!last}
          data-testid="ballot-undo"
          onClick={() => {
            onKey({
              key: 'z',
              ctrlKey: true,
              metaKey: false,
              altKey: false,
              preventDefault: () => undefined,
            });
            ref.current?.focus();
          }}
        >
          {last ? s.tally.undo(last.number) : s.tally.undoNone}
        </Button>
      </div>
      <details>
        <summary>{s.tally.keysHelp}</summary>
        <ul className={styles.help} id="ballot-key-help">
          {BALLOT_KEY_HELP.map((line) => (
            <li key={line}>
              <Text size={200}>{line}</Text>
            </li>
          ))}
          <li>
            <Text size={200}>{s.tally.undoKey}</Text>
          </li>
        </ul>
      </details>
    </div>
  );
}
