/**
 * Collective eligibility (DOMAIN.md §6): a tổ or the school from its members' results. A member's title
 * counts when it is achieved at the result stage; members still pending keep the answer 'unknown' until
 * the share can no longer change the outcome. Shares are decided on integers (have × 100 ≥ 70 × members).
 */
import type { Person } from '../school/types';
import type { PerformanceRating, TitleId } from '../titles';
import { ratingAtLeast } from '../titles';
import { conditionCheck, personLabel, ratingText, verdictOf } from './eligibility';
import { formatPercent } from '../text';
import { DISCIPLINE_LABELS, disciplineAtLeast, titleLabel } from './labels';
import type { CollectiveCondition } from './profiles';
import type { ConditionCheck, EligibilityResult, PersonRecord } from './types';

export type MemberTitleOutcome = 'achieved' | 'out' | 'pending';

export interface UnitEligibilityContext {
  /** "tổ Tổ 1" or "đơn vị Trường Tiểu học Bình Hòa 2", for messages. */
  unitLabel: string;
  members: Person[];
  records: ReadonlyMap<string, PersonRecord>;
  unitRating: PerformanceRating | undefined;
  memberTitle: (personId: string, titleId: TitleId) => MemberTitleOutcome;
}

export interface MemberTally {
  members: number;
  achieved: number;
  /** Achieved plus still pending: the most the unit can still reach. */
  possible: number;
}

export function tallyMembers(ctx: UnitEligibilityContext, titleId: TitleId): MemberTally {
  let achieved = 0;
  let pending = 0;
  for (const m of ctx.members) {
    const outcome = ctx.memberTitle(m.id, titleId);
    if (outcome === 'achieved') achieved++;
    else if (outcome === 'pending') pending++;
  }
  return { members: ctx.members.length, achieved, possible: achieved + pending };
}

/** "từ 70% trở lên" (≥) or "trên 50%" (>), compared on integers. */
export function shareReaches(count: number, members: number, percent: number, strict: boolean): boolean {
  return strict ? count * 100 > percent * members : count * 100 >= percent * members;
}

function names(people: Person[]): string {
  return people.map(personLabel).join(', ');
}

function checkCondition(
  condition: CollectiveCondition,
  titleId: TitleId,
  ctx: UnitEligibilityContext,
): ConditionCheck {
  const unit = ctx.unitLabel;
  const title = titleLabel(titleId);
  switch (condition.kind) {
    case 'unitRatingAtLeast': {
      if (!ctx.unitRating) {
        return conditionCheck(
          condition,
          'unit-rating',
          'unknown',
          `${unit}: chưa có xếp loại tập thể; ${title} cần ${ratingText(condition.rating)} trở lên. Nhập xếp loại ở khối tổ của sheet Đăng ký.`,
        );
      }
      return ratingAtLeast(ctx.unitRating, condition.rating)
        ? conditionCheck(
            condition,
            'unit-rating',
            'pass',
            `${unit}: xếp loại tập thể ${ratingText(ctx.unitRating)} đạt yêu cầu.`,
          )
        : conditionCheck(
            condition,
            'unit-rating',
            'fail',
            `${unit}: xếp loại tập thể ${ratingText(ctx.unitRating)}, ${title} cần ${ratingText(condition.rating)} trở lên.`,
          );
    }
    case 'memberShareWithTitle': {
      const t = tallyMembers(ctx, condition.titleId);
      const strict = condition.comparison === 'moreThan';
      const rule = strict ? `trên ${condition.percent}%` : `từ ${condition.percent}% trở lên`;
      const other = titleLabel(condition.titleId);
      const found = `${unit}: ${t.achieved}/${t.members} thành viên đạt ${other} (${formatPercent(t.achieved, t.members)})`;
      if (shareReaches(t.achieved, t.members, condition.percent, strict)) {
        return conditionCheck(condition, 'member-share', 'pass', `${found}, đạt yêu cầu ${rule}.`);
      }
      if (!shareReaches(t.possible, t.members, condition.percent, strict)) {
        return conditionCheck(
          condition,
          'member-share',
          'fail',
          `${found}; ${title} cần ${rule} thành viên đạt ${other}.`,
        );
      }
      return conditionCheck(
        condition,
        'member-share',
        'unknown',
        `${found}; ${title} cần ${rule}, còn ${t.possible - t.achieved} thành viên chưa có kết quả.`,
      );
    }
    case 'allMembersRatingAtLeast': {
      const below = ctx.members.filter((m) => {
        const r = ctx.records.get(m.id)?.rating;
        return r !== undefined && !ratingAtLeast(r, condition.rating);
      });
      const missing = ctx.members.filter((m) => ctx.records.get(m.id)?.rating === undefined);
      if (below.length > 0) {
        return conditionCheck(
          condition,
          'all-members-rating',
          'fail',
          `${unit}: ${title} cần 100% thành viên ${ratingText(condition.rating)} trở lên; chưa đạt: ${names(below)}.`,
        );
      }
      return missing.length > 0
        ? conditionCheck(
            condition,
            'all-members-rating',
            'unknown',
            `${unit}: chưa có xếp loại của ${names(missing)}.`,
          )
        : conditionCheck(
            condition,
            'all-members-rating',
            'pass',
            `${unit}: 100% thành viên ${ratingText(condition.rating)} trở lên.`,
          );
    }
    case 'membersWithTitleAtLeast': {
      const t = tallyMembers(ctx, condition.titleId);
      const other = titleLabel(condition.titleId);
      if (t.achieved >= condition.count) {
        return conditionCheck(
          condition,
          'members-with-title',
          'pass',
          `${unit}: có ${t.achieved} thành viên đạt ${other}.`,
        );
      }
      return t.possible < condition.count
        ? conditionCheck(
            condition,
            'members-with-title',
            'fail',
            `${unit}: ${title} cần ít nhất ${condition.count} thành viên đạt ${other}, hiện có ${t.achieved}.`,
          )
        : conditionCheck(
            condition,
            'members-with-title',
            'unknown',
            `${unit}: ${title} cần ít nhất ${condition.count} thành viên đạt ${other}, chưa có kết quả.`,
          );
    }
    case 'noMemberDisciplineFrom': {
      const disciplined = ctx.members.filter((m) => {
        const d = ctx.records.get(m.id)?.discipline;
        return d !== undefined && disciplineAtLeast(d.level, condition.level);
      });
      const from = DISCIPLINE_LABELS[condition.level];
      return disciplined.length === 0
        ? conditionCheck(
            condition,
            'member-discipline',
            'pass',
            `${unit}: không có thành viên bị kỷ luật từ ${from} trở lên.`,
          )
        : conditionCheck(
            condition,
            'member-discipline',
            'fail',
            `${unit}: ${title} không xét khi có thành viên bị kỷ luật từ ${from} trở lên: ${names(disciplined)}.`,
          );
    }
  }
}

export function checkUnitEligibility(
  titleId: TitleId,
  conditions: CollectiveCondition[],
  ctx: UnitEligibilityContext,
): EligibilityResult {
  if (ctx.members.length === 0) {
    const first = conditions[0];
    const source = first?.source ?? '';
    return verdictOf([
      {
        code: 'no-members',
        outcome: 'fail',
        message: `${ctx.unitLabel}: không có thành viên nào nên không xét ${titleLabel(titleId)}. Kiểm tra cột Tổ trên sheet Đăng ký.`,
        source,
        ...(first?.unverified ? { unverified: true } : {}),
        ...(first?.schoolRule ? { schoolRule: true } : {}),
      },
    ]);
  }
  return verdictOf(conditions.map((c) => checkCondition(c, titleId, ctx)));
}
