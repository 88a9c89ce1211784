/**
 * A subject's way to a title: registered → eligible → proposed → voted → approved. `statusOf` stops at the
 * first step not taken and says why, with the rule's source; `out` tells a stop that is final (ineligible,
 * vote failed, not approved, not registered) from one that is only "not yet".
 */
import { checkCitation } from './eligibility';
import { SOURCES } from './sources';
import type {
  ApprovalDecision,
  EligibilityResult,
  ResultStage,
  StageReason,
  TitleStage,
  VoteDecision,
} from './types';
import { TITLE_STAGES } from './types';

export interface StatusInput {
  /** "Nguyễn Văn An (mã GV01)" or "tổ Tổ 1". */
  subjectLabel: string;
  titleLabel: string;
  requireRegistration: boolean;
  /** The registration rule's citation with its status; the seed 003 principle when absent. */
  registrationSource?: string;
  registered: boolean;
  eligibility: EligibilityResult;
  /** Put forward: on the proposal list, or with a vote or approval recorded. */
  proposed: boolean;
  vote: VoteDecision;
  approval: ApprovalDecision;
}

export interface StatusResult {
  stage: TitleStage;
  out: boolean;
  reasons: StageReason[];
}

export function stageAtLeast(stage: TitleStage, atLeast: TitleStage): boolean {
  return TITLE_STAGES.indexOf(stage) >= TITLE_STAGES.indexOf(atLeast);
}

export function isAchieved(stage: TitleStage, resultStage: ResultStage): boolean {
  return stageAtLeast(stage, resultStage);
}

export function statusOf(input: StatusInput): StatusResult {
  const { subjectLabel: who, titleLabel: title } = input;
  if (input.requireRegistration && !input.registered) {
    return {
      stage: 'not-registered',
      out: true,
      reasons: [
        {
          message: `${who} chưa đăng ký thi đua ${title}.`,
          source: input.registrationSource ?? SOURCES.registration,
        },
      ],
    };
  }
  const { verdict, checks } = input.eligibility;
  if (verdict !== 'eligible') {
    const wanted = verdict === 'not-eligible' ? 'fail' : 'unknown';
    return {
      stage: 'registered',
      out: verdict === 'not-eligible',
      reasons: checks
        .filter((c) => c.outcome === wanted)
        .map((c) => ({ message: c.message, source: checkCitation(c) })),
    };
  }
  if (!input.proposed) {
    return {
      stage: 'eligible',
      out: false,
      reasons: [{ message: `${who} đủ điều kiện ${title}, chưa được đề nghị.` }],
    };
  }
  if (input.vote !== 'passed') {
    const failed = input.vote === 'failed';
    return {
      stage: 'proposed',
      out: failed,
      reasons: [
        {
          message: failed
            ? `${who} không đạt tỉ lệ phiếu bình xét ${title}.`
            : `${who} đã được đề nghị ${title}, chưa có kết quả bình xét.`,
        },
      ],
    };
  }
  if (input.approval !== 'approved') {
    const rejected = input.approval === 'rejected';
    return {
      stage: 'voted',
      out: rejected,
      reasons: [
        {
          message: rejected
            ? `${who} không được cấp có thẩm quyền công nhận ${title}.`
            : `${who} đạt bình xét ${title}, chưa có quyết định công nhận.`,
        },
      ],
    };
  }
  return { stage: 'approved', out: false, reasons: [] };
}
