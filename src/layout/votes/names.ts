/**
 * Workbook names bound to the vote settings on "Quy chế" (the Quy chế builder binds each entry's name to
 * its value cell). Formulas on "Nhật ký phiếu", "Kiểm phiếu" and the biên bản read the rules through these,
 * so editing a threshold on "Quy chế" recomputes every decision.
 */
import type { TitleId } from '../../domain/titles';

export const VOTE_NAMES = {
  profileLabel: 'TD_Vote_ProfileLabel',
  quorumNumerator: 'TD_Vote_QuorumNum',
  quorumDenominator: 'TD_Vote_QuorumDen',
  totalMembers: 'TD_Vote_TotalMembers',
  present: 'TD_Vote_Present',
  body: 'TD_Vote_Body',
  form: 'TD_Vote_Form',
  countingRule: 'TD_Vote_CountingRule',
  threshold: (titleId: TitleId): string => `TD_Vote_${titleId}_Threshold`,
  base: (titleId: TitleId): string => `TD_Vote_${titleId}_Base`,
  written: (titleId: TitleId): string => `TD_Vote_${titleId}_Written`,
  seats: (titleId: TitleId): string => `TD_Vote_${titleId}_Seats`,
  issued: (round: number): string => `TD_Vote_R${round}_Issued`,
  closed: (round: number): string => `TD_Vote_R${round}_Closed`,
} as const;
