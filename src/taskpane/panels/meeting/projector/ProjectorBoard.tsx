/**
 * What the room sees: white on black, type sized to the screen, one line per candidate with the agree
 * count, the percentage and the result in colours that read from the back of a room (and in words, for
 * those who cannot tell the colours apart). Inline styles only, so it renders the same in the pane and in
 * a window of its own.
 */
import type { CSSProperties } from 'react';
import { TITLES } from '../../../../domain/titles';
import type { MeetingTally, VoteStatus } from '../../../../domain/votes';
import { statusText } from '../../../../domain/votes/tally/display';
import type { TallySession } from '../../../../domain/votes/tally/session';
import type { MeetingStrings } from '../strings';

const COLOURS: Record<VoteStatus, string> = { passed: '#5CFF8A', failed: '#FF7A7A', open: '#FFD84D' };

const page: CSSProperties = {
  background: '#000',
  color: '#FFF',
  fontFamily: '"Segoe UI", Arial, sans-serif',
  padding: 'clamp(12px, 2vw, 40px)',
  boxSizing: 'border-box',
  minHeight: '100%',
};
const heading: CSSProperties = { fontSize: 'clamp(18px, 2.6vw, 44px)', fontWeight: 700, margin: 0 };
const line: CSSProperties = { fontSize: 'clamp(16px, 2.2vw, 36px)', margin: '0.3em 0' };
const cell: CSSProperties = {
  fontSize: 'clamp(18px, 3vw, 56px)',
  padding: '0.2em 0.4em',
  borderBottom: '2px solid #555',
  textAlign: 'left',
  verticalAlign: 'middle',
};
const number: CSSProperties = {
  ...cell,
  textAlign: 'right',
  fontVariantNumeric: 'tabular-nums',
  whiteSpace: 'nowrap',
};

export interface ProjectorBoardProps {
  session: TallySession;
  tally: MeetingTally;
  strings: MeetingStrings;
}

export function ProjectorBoard({ session, tally, strings }: ProjectorBoardProps) {
  const p = strings.projector;
  const round = tally.rounds.find((r) => r.round === session.round) ?? tally.rounds[tally.rounds.length - 1];
  const words = {
    passed: strings.tally.passed,
    failed: strings.tally.failed,
    needMore: strings.tally.needMore,
    leading: strings.tally.leading,
  };
  return (
    <div style={page} data-testid="projector-board">
      <h1 style={heading}>
        {p.title} – {p.round} {session.round}
      </h1>
      <p
        style={{ ...line, color: tally.quorum.met ? COLOURS.passed : COLOURS.failed, fontWeight: 600 }}
        data-testid="projector-quorum"
      >
        {tally.quorum.sentence}
      </p>
      {round && (
        <p style={line} data-testid="projector-counted">
          {p.counted} {round.returned}/{round.issued} {p.ballots}
          {round.remaining > 0 ? ` · ${p.ballot} ${session.draft.number}` : ''}
        </p>
      )}
      {round && (
        <table style={{ borderCollapse: 'collapse', width: '100%', marginTop: '0.5em' }}>
          <thead>
            <tr>
              <th style={{ ...cell, color: '#CCC' }}>{p.candidate}</th>
              <th style={{ ...number, color: '#CCC' }}>{p.agree}</th>
              <th style={{ ...number, color: '#CCC' }}>{p.percent}</th>
              <th style={{ ...cell, color: '#CCC', whiteSpace: 'nowrap' }}>{p.result}</th>
            </tr>
          </thead>
          <tbody>
            {round.candidates.map((c) => (
              <tr key={c.key} data-testid={`projector-row-${c.key}`} data-status={c.status}>
                <td style={cell}>
                  {c.candidate.name}{' '}
                  <span style={{ fontSize: '0.6em', color: '#CCC' }}>({TITLES[c.titleId].shortLabel})</span>
                </td>
                <td style={number}>
                  {c.agree}/{c.base}
                </td>
                <td style={number}>{c.percentText}</td>
                <td style={{ ...cell, color: COLOURS[c.status], fontWeight: 700, whiteSpace: 'nowrap' }}>
                  {statusText(c, words)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
