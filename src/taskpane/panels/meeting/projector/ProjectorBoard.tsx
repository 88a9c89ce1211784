/**
 * What the room sees, drawn from the board's data: one block per candidate with the name on its own line
 * when the screen is narrow (never wrapped word by word), the agree count, the percentage and the result in
 * large type. Every text sets its own colour on its own background, chosen for a contrast of at least 7:1
 * (WCAG AAA) in both themes, and the result is in words as well as colour. Inline styles only, so it renders
 * the same in the pane and in the dialog page, which loads no Fluent UI.
 */
import type { CSSProperties } from 'react';
import type { VoteStatus } from '../../../../domain/votes';
import type { BoardModel } from '../../../../domain/votes/tally/board';

export type BoardTheme = 'dark' | 'light';

export interface BoardColours {
  background: string;
  text: string;
  muted: string;
  rule: string;
  warning: string;
  status: Record<VoteStatus, string>;
}

/** Contrast against the background (WCAG relative luminance): every pair ≥ 7:1, checked in the browser test. */
export const BOARD_COLOURS: Record<BoardTheme, BoardColours> = {
  dark: {
    background: '#000000',
    text: '#FFFFFF',
    muted: '#D9D9D9',
    rule: '#777777',
    warning: '#FFB366',
    status: { passed: '#5CFF8A', failed: '#FF8080', open: '#FFD84D' },
  },
  light: {
    background: '#FFFFFF',
    text: '#000000',
    muted: '#333333',
    rule: '#888888',
    warning: '#7A3E00',
    status: { passed: '#005C00', failed: '#A00000', open: '#6B4E00' },
  },
};

/** The board's own buttons (theme, close): bordered in the text colour so they read on either theme. */
export function boardButtonStyle(c: BoardColours): CSSProperties {
  return {
    font: 'inherit',
    fontSize: '16px',
    minHeight: '36px',
    padding: '6px 14px',
    background: c.background,
    color: c.text,
    border: `2px solid ${c.text}`,
    borderRadius: '4px',
    cursor: 'pointer',
  };
}

export interface ProjectorBoardProps {
  board: BoardModel;
  theme: BoardTheme;
}

export function ProjectorBoard({ board, theme }: ProjectorBoardProps) {
  const c = BOARD_COLOURS[theme];
  const page: CSSProperties = {
    background: c.background,
    color: c.text,
    fontFamily: '"Segoe UI", Arial, sans-serif',
    padding: 'clamp(12px, 2vw, 40px)',
    boxSizing: 'border-box',
    minHeight: '100%',
  };
  const heading: CSSProperties = {
    fontSize: 'clamp(20px, 2.6vw, 48px)',
    fontWeight: 700,
    margin: 0,
    color: c.text,
  };
  const line: CSSProperties = { fontSize: 'clamp(18px, 2.2vw, 40px)', margin: '0.3em 0', color: c.text };
  const big = 'clamp(20px, 3.2vw, 64px)';
  const row: CSSProperties = {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: '1em',
    rowGap: '0.1em',
    padding: '0.3em 0',
    borderBottom: `2px solid ${c.rule}`,
    fontSize: big,
    lineHeight: 1.25,
  };
  const nowrap: CSSProperties = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' };
  return (
    <div style={page} data-testid="projector-board" data-theme={theme} lang={board.lang}>
      <h1 style={heading}>
        {board.labels.title} – {board.labels.round} {board.round}
      </h1>
      <p
        style={{ ...line, color: board.quorumMet ? c.status.passed : c.status.failed, fontWeight: 600 }}
        data-testid="projector-quorum"
      >
        {board.quorumText}
      </p>
      <p style={line} data-testid="projector-counted">
        {board.countedText}
      </p>
      <ul style={{ listStyleType: 'none', margin: '0.4em 0 0 0', padding: 0 }}>
        {board.rows.map((r) => (
          <li key={r.key} style={row} data-testid={`projector-row-${r.key}`} data-status={r.status}>
            <span
              style={{ flex: '1 1 12em', minWidth: 0, fontWeight: 600, color: c.text }}
              data-testid="projector-name"
            >
              {r.name}{' '}
              <span style={{ fontSize: '0.6em', color: c.muted, whiteSpace: 'nowrap' }}>({r.title})</span>
            </span>
            <span
              style={{
                display: 'flex',
                flexWrap: 'wrap',
                justifyContent: 'flex-end',
                columnGap: '0.8em',
                marginLeft: 'auto',
              }}
            >
              <span style={{ ...nowrap, color: c.text }} data-testid="projector-agree">
                <span style={{ fontSize: '0.6em', color: c.muted }}>{board.labels.agree} </span>
                {r.agree}/{r.base}
              </span>
              <span style={{ ...nowrap, color: c.text }} data-testid="projector-percent">
                {r.percentText}
              </span>
              <span
                style={{ ...nowrap, color: c.status[r.status], fontWeight: 700 }}
                data-testid="projector-status"
              >
                {r.statusText}
              </span>
            </span>
            {r.warning && (
              <span
                style={{ flexBasis: '100%', fontSize: '0.55em', color: c.warning }}
                data-testid="projector-warning"
              >
                ⚠ {r.warning}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
