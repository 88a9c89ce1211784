/**
 * Individual eligibility (DOMAIN.md §6): each condition of the profile checked against the person's record,
 * every outcome a Vietnamese sentence with its source. A missing fact gives 'unknown', never a silent "no".
 */
import type { Person } from '../school/types';
import type { PerformanceRating, TitleId } from '../titles';
import { PERFORMANCE_RATINGS, ratingAtLeast } from '../titles';
import { formatVietnameseDate, parseIsoDate } from '../text';
import { completeMonthsThrough } from './dates';
import {
  ACHIEVEMENT_LEVEL_LABELS,
  DISCIPLINE_LABELS,
  achievementLevelAtLeast,
  disciplineAtLeast,
  titleLabel,
} from './labels';
import type { IndividualCondition, PathCondition, RuleMeta } from './profiles';
import { citation, citeRule, inForceDuring, RULES } from './rules';
import type {
  AchievementLevel,
  AchievementTally,
  ConditionCheck,
  EligibilityResult,
  PersonRecord,
} from './types';

/** Where another title of the same year stands for this person: used by "CSTĐCS needs LĐTT". */
export interface OtherTitleState {
  state: 'pass' | 'fail' | 'unknown';
  /** Why it fails or is unknown, to quote. */
  why?: string;
}

export interface PersonEligibilityContext {
  person: Person;
  record: PersonRecord | undefined;
  /** ISO first and last day of the school year. */
  yearStart: string;
  yearEnd: string;
  otherTitle: (titleId: TitleId) => OtherTitleState;
  /** Years (first calendar year) in which the person had the title, from the title history when there is one. */
  earlierTitleYears?: (titleId: TitleId) => readonly number[];
}

export function personLabel(person: Pick<Person, 'id' | 'fullName'>): string {
  return `${person.fullName} (mã ${person.id})`;
}

/** "Hoàn thành tốt nhiệm vụ (HTTNV)". */
export function ratingText(rating: PerformanceRating): string {
  return `${PERFORMANCE_RATINGS[rating]} (${rating})`;
}

function schoolYearText(firstYear: number): string {
  return `${firstYear}-${firstYear + 1}`;
}

export function verdictOf(checks: ConditionCheck[]): EligibilityResult {
  const verdict = checks.some((c) => c.outcome === 'fail')
    ? 'not-eligible'
    : checks.every((c) => c.outcome === 'pass')
      ? 'eligible'
      : 'unknown';
  return { verdict, checks };
}

function tallyCount(tally: AchievementTally | undefined): number {
  return tally?.count ?? 0;
}

function tallyReaches(tally: AchievementTally | undefined, levelAtLeast: AchievementLevel): boolean {
  if (!tally || tally.count <= 0) return false;
  // A count without a level is taken as recognised at the school (cấp cơ sở), the lowest level.
  return achievementLevelAtLeast(tally.highestLevel ?? 'co-so', levelAtLeast);
}

function pathText(path: PathCondition): string {
  switch (path.kind) {
    case 'ratingAtLeast':
      return `xếp loại ${ratingText(path.rating)} trở lên`;
    case 'hasInitiative':
      return `sáng kiến được công nhận ${ACHIEVEMENT_LEVEL_LABELS[path.levelAtLeast]} trở lên`;
    case 'hasResearch':
      return `đề tài nghiên cứu được nghiệm thu ${ACHIEVEMENT_LEVEL_LABELS[path.levelAtLeast]} trở lên`;
  }
}

function pathOutcome(path: PathCondition, record: PersonRecord): 'pass' | 'fail' | 'unknown' {
  switch (path.kind) {
    case 'ratingAtLeast':
      if (!record.rating) return 'unknown';
      return ratingAtLeast(record.rating, path.rating) ? 'pass' : 'fail';
    case 'hasInitiative':
      return tallyReaches(record.initiatives, path.levelAtLeast) ? 'pass' : 'fail';
    case 'hasResearch':
      return tallyReaches(record.research, path.levelAtLeast) ? 'pass' : 'fail';
  }
}

function recordSummary(record: PersonRecord): string {
  const rating = record.rating ? `xếp loại ${record.rating}` : 'chưa có xếp loại';
  const level = (t: AchievementTally | undefined) =>
    t && t.count > 0 && t.highestLevel ? ` (cao nhất ${ACHIEVEMENT_LEVEL_LABELS[t.highestLevel]})` : '';
  return (
    `${rating}, ${tallyCount(record.initiatives)} sáng kiến${level(record.initiatives)}, ` +
    `${tallyCount(record.research)} đề tài${level(record.research)}`
  );
}

/** One condition's answer, carrying the condition's legal source (and whether that source is unverified). */
export function conditionCheck(
  condition: RuleMeta,
  code: string,
  outcome: ConditionCheck['outcome'],
  message: string,
): ConditionCheck {
  return {
    code,
    outcome,
    message,
    source: condition.source,
    ...(condition.unverified ? { unverified: true } : {}),
    ...(condition.schoolRule ? { schoolRule: true } : {}),
  };
}

function checkCondition(
  condition: IndividualCondition,
  titleId: TitleId,
  ctx: PersonEligibilityContext,
): ConditionCheck {
  const who = personLabel(ctx.person);
  const title = titleLabel(titleId);
  const record = ctx.record;
  const noRecord = (code: string) =>
    conditionCheck(
      condition,
      code,
      'unknown',
      `${who}: chưa có hồ sơ xét (sheet Đăng ký) để kiểm tra điều kiện ${title}.`,
    );

  switch (condition.kind) {
    case 'ratingAtLeast': {
      if (!record) return noRecord('rating');
      if (!record.rating) {
        return conditionCheck(
          condition,
          'rating',
          'unknown',
          `${who}: chưa có xếp loại; ${title} cần ${ratingText(condition.rating)} trở lên. Nhập xếp loại.`,
        );
      }
      return ratingAtLeast(record.rating, condition.rating)
        ? conditionCheck(
            condition,
            'rating',
            'pass',
            `${who}: xếp loại ${ratingText(record.rating)} đạt yêu cầu.`,
          )
        : conditionCheck(
            condition,
            'rating',
            'fail',
            `${who}: xếp loại ${ratingText(record.rating)}, ${title} cần ${ratingText(condition.rating)} trở lên.`,
          );
    }
    case 'minMonthsWorked': {
      if (!record?.hireDate) {
        return conditionCheck(
          condition,
          'months',
          'pass',
          `${who}: không có ngày tuyển dụng, coi là đã công tác đủ ${condition.months} tháng.`,
        );
      }
      const hire = parseIsoDate(record.hireDate);
      const end = parseIsoDate(ctx.yearEnd);
      if (!hire || !end) {
        return conditionCheck(
          condition,
          'months',
          'unknown',
          `${who}: ngày tuyển dụng "${record.hireDate}" không đọc được; nhập theo dạng dd/mm/yyyy.`,
        );
      }
      const months = completeMonthsThrough(hire, end);
      const maternity = record.maternityLeaveMonths ?? 0;
      const maternityNote =
        maternity > 0 ? ` (đã tính cả ${maternity} tháng nghỉ thai sản, ${maternitySource(ctx)})` : '';
      const served = `${who}: tuyển dụng ngày ${formatVietnameseDate(record.hireDate)}, đến hết năm học (${formatVietnameseDate(ctx.yearEnd)}) công tác ${Math.max(months, 0)} tháng${maternityNote}`;
      return months >= condition.months
        ? conditionCheck(condition, 'months', 'pass', `${served}, đủ ${condition.months} tháng.`)
        : conditionCheck(
            condition,
            'months',
            'fail',
            `${served}, chưa đủ ${condition.months} tháng để xét ${title}.`,
          );
    }
    case 'noDisciplineFrom':
      return checkDiscipline(condition, title, who, record, ctx);
    case 'hasTitleThisYear': {
      const other = ctx.otherTitle(condition.titleId);
      const otherLabel = titleLabel(condition.titleId);
      if (other.state === 'pass') {
        return conditionCheck(
          condition,
          'title-this-year',
          'pass',
          `${who}: đủ điều kiện ${otherLabel} năm nay.`,
        );
      }
      const why = other.why ? ` (${other.why})` : '';
      return other.state === 'fail'
        ? conditionCheck(
            condition,
            'title-this-year',
            'fail',
            `${who}: ${title} cần đạt ${otherLabel} năm nay, nhưng không đạt${why}.`,
          )
        : conditionCheck(
            condition,
            'title-this-year',
            'unknown',
            `${who}: ${title} cần đạt ${otherLabel} năm nay, chưa rõ${why}.`,
          );
    }
    case 'consecutiveYears': {
      const history = ctx.earlierTitleYears?.(condition.titleId);
      if (!record && history === undefined) return noRecord('consecutive-years');
      const firstYear = parseIsoDate(ctx.yearStart)?.year;
      if (firstYear === undefined) return noRecord('consecutive-years');
      const needed = Array.from(
        { length: condition.years - 1 },
        (_, i) => firstYear - condition.years + 1 + i,
      );
      // A year counts when the hồ sơ xét or the Lịch sử sheet says so.
      const had = new Set([...(record?.cstdcsYears ?? []), ...(history ?? [])]);
      const missing = needed.filter((y) => !had.has(y));
      const hint = history === undefined ? '' : ' Nếu đã đạt năm đó, ghi vào trang Lịch sử.';
      const years = needed.map(schoolYearText).join(', ');
      const label = titleLabel(condition.titleId);
      return missing.length === 0
        ? conditionCheck(
            condition,
            'consecutive-years',
            'pass',
            `${who}: đạt ${label} các năm ${years}, cùng năm nay là ${condition.years} năm liền.`,
          )
        : conditionCheck(
            condition,
            'consecutive-years',
            'fail',
            `${who}: ${title} cần ${condition.years} lần liền đạt ${label} (${years} và năm nay); thiếu năm ${missing.map(schoolYearText).join(', ')}.${hint}`,
          );
    }
    case 'hasInitiative':
    case 'hasResearch': {
      if (!record) return noRecord('achievement');
      return pathOutcome(condition, record) === 'pass'
        ? conditionCheck(condition, 'achievement', 'pass', `${who}: có ${pathText(condition)}.`)
        : conditionCheck(
            condition,
            'achievement',
            'fail',
            `${who}: ${title} cần ${pathText(condition)}. Hiện có: ${recordSummary(record)}.`,
          );
    }
    case 'anyOf': {
      if (!record) return noRecord('any-of');
      const outcomes = condition.options.map((o) => pathOutcome(o, record));
      const passed = condition.options.find((_, i) => outcomes[i] === 'pass');
      if (passed) return conditionCheck(condition, 'any-of', 'pass', `${who}: có ${pathText(passed)}.`);
      const options = condition.options.map(pathText).join('; hoặc ');
      const outcome = outcomes.includes('unknown') ? 'unknown' : 'fail';
      return conditionCheck(
        condition,
        'any-of',
        outcome,
        `${who}: ${title} cần một trong: ${options}. Hiện có: ${recordSummary(record)}.`,
      );
    }
  }
}

function checkDiscipline(
  condition: IndividualCondition & { kind: 'noDisciplineFrom' },
  title: string,
  who: string,
  record: PersonRecord | undefined,
  ctx: PersonEligibilityContext,
): ConditionCheck {
  const from = DISCIPLINE_LABELS[condition.level];
  const mode = condition.mode ?? 'whole-year';
  const check = (outcome: ConditionCheck['outcome'], message: string) =>
    conditionCheck(condition, 'discipline', outcome, message);
  if (record?.disciplineUnderConsideration) {
    return mode === 'from-term-end'
      ? check('fail', `${who}: đang xem xét kỷ luật; không khen thưởng ${title} trong thời gian này.`)
      : check('unknown', `${who}: đang xem xét kỷ luật; chờ kết quả rồi mới xét ${title}.`);
  }
  const discipline = record?.discipline;
  if (!discipline || !disciplineAtLeast(discipline.level, condition.level)) {
    return check('pass', `${who}: không bị kỷ luật từ ${from} trở lên.`);
  }
  const what = `${who}: bị kỷ luật ${DISCIPLINE_LABELS[discipline.level]}${discipline.date ? ` ngày ${formatVietnameseDate(discipline.date)}` : ''}`;
  const termEnd = discipline.termEnd;
  if (mode === 'whole-year') {
    // The 2003 rule bars the year the discipline touches; a term that ended before the year leaves it free.
    if (termEnd !== undefined && termEnd < ctx.yearStart) {
      return check('pass', `${what}, hết thời hạn ngày ${formatVietnameseDate(termEnd)}, trước năm học.`);
    }
    return check('fail', `${what}; ${title} không xét cho người bị kỷ luật từ ${from} trở lên trong năm.`);
  }
  if (termEnd === undefined) {
    return check(
      'unknown',
      `${what}; thành tích chỉ tính từ khi hết thời hạn kỷ luật. Nhập ngày hết thời hạn kỷ luật để xét ${title}.`,
    );
  }
  return termEnd < ctx.yearStart
    ? check('pass', `${what}, hết thời hạn ngày ${formatVietnameseDate(termEnd)}, trước năm học.`)
    : check(
        'fail',
        `${what}, hết thời hạn ngày ${formatVietnameseDate(termEnd)}; thành tích chỉ tính từ ngày đó nên năm học ${formatVietnameseDate(ctx.yearStart)} – ${formatVietnameseDate(ctx.yearEnd)} không đủ để xét ${title}.`,
      );
}

/** NĐ 152/2025 Điều 4 khoản 5 for a year in its dates; before it, counting the leave is the school's rule. */
function maternitySource(ctx: PersonEligibilityContext): string {
  return inForceDuring(RULES.maternity, ctx.yearStart, ctx.yearEnd)
    ? citeRule('maternity')
    : `theo quy chế của trường; ${RULES.maternity.source} áp dụng từ ${formatVietnameseDate(RULES.maternity.from ?? '')}`;
}

/** A check's source with whether it was checked, as a flag quotes it. */
export function checkCitation(check: ConditionCheck): string {
  return citation(check.source, check.schoolRule ? 'school' : check.unverified ? 'unverified' : 'checked');
}

/** The checks of every condition of `conditions` and the verdict they add up to. */
export function checkPersonEligibility(
  titleId: TitleId,
  conditions: IndividualCondition[],
  ctx: PersonEligibilityContext,
): EligibilityResult {
  return verdictOf(conditions.map((c) => checkCondition(c, titleId, ctx)));
}
