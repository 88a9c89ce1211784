/**
 * What the room sees on the projector, as plain data: it crosses from the pane to a dialog window as a
 * message, so it holds only strings and numbers, already worded in the pane's language.
 */
import { TITLES } from '../../titles';
import type { MeetingTally, VoteStatus } from '..';
import { statusText, type StatusWords } from './display';
import type { TallySession } from './session';

export interface BoardRow {
  key: string;
  name: string;
  /** "CSTĐCS" */
  title: string;
  agree: number;
  base: number;
  percentText: string;
  status: VoteStatus;
  statusText: string;
  /** Set when the candidate is not eligible whatever the votes: said beside "Đạt". */
  warning?: string;
}

export interface BoardLabels {
  title: string;
  round: string;
  counted: string;
  ballots: string;
  ballot: string;
  agree: string;
  percent: string;
  result: string;
  light: string;
  dark: string;
  waiting: string;
}

export interface BoardModel {
  lang: string;
  labels: BoardLabels;
  round: number;
  quorumText: string;
  quorumMet: boolean;
  /** "Đã kiểm 12/41 phiếu · Phiếu số 13" */
  countedText: string;
  rows: BoardRow[];
}

export function boardModel(
  session: Pick<TallySession, 'round' | 'draft'>,
  tally: MeetingTally,
  words: StatusWords,
  labels: BoardLabels,
  options: { lang: string; warnings?: ReadonlyMap<string, string> },
): BoardModel {
  const round = tally.rounds.find((r) => r.round === session.round) ?? tally.rounds[tally.rounds.length - 1];
  const next = round && round.remaining > 0 ? ` · ${labels.ballot} ${session.draft.number}` : '';
  return {
    lang: options.lang,
    labels,
    round: round?.round ?? session.round,
    quorumText: tally.quorum.sentence,
    quorumMet: tally.quorum.met,
    countedText: round ? `${labels.counted} ${round.returned}/${round.issued} ${labels.ballots}${next}` : '',
    rows: (round?.candidates ?? []).map((c) => {
      const warning = options.warnings?.get(c.key);
      return {
        key: c.key,
        name: c.candidate.name,
        title: TITLES[c.titleId].shortLabel,
        agree: c.agree,
        base: c.base,
        percentText: c.percentText,
        status: c.status,
        statusText: statusText(c, words),
        ...(warning ? { warning } : {}),
      };
    }),
  };
}
