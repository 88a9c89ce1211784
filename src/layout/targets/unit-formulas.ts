/**
 * Live formulas of the tổ block on "Đăng ký": members, members with LĐTT / CSTĐCS, and whether the tổ (or
 * the school) meets each collective title's conditions — built from the profile's conditions, the same
 * data the domain's collective check reads, so the sheet and the domain agree (a parity test holds it).
 * Shares compare integers (LĐTT × 100 ≥ percent × members); percentages come from "Quy chế" names.
 * Counts are SUMPRODUCT over exact comparisons, so no tổ name is ever read as a COUNTIF criterion.
 */
import type { CollectiveCondition } from '../../domain/targets';
import { DISCIPLINE_LABELS, disciplineLevelsFrom } from '../../domain/targets';
import type { PerformanceRating, TitleId } from '../../domain/titles';
import { RATING_ORDER, ratingAtLeast } from '../../domain/titles';
import { cellAddress } from '../a1';
import { NAMES, REGISTERED_MARK, RESULT_ACHIEVED, RESULT_OUT, VERDICT_TEXT } from './constants';
import type { RegistrationLayout } from './registration-layout';
import { personColumnRange } from './registration-layout';

/** Excel string literal. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Names on "Quy chế" holding a collective title's LĐTT share. */
export const SHARE_NAMES: Partial<Record<TitleId, string>> = {
  TTLDTT: NAMES.ttldttPercent,
  TTLDXS: NAMES.ttldxsPercent,
};

/** Which person rows a unit row counts: a tổ by its name, the school by every row with a mã. */
interface UnitScope {
  row: number;
  isSchool: boolean;
}

/**
 * Person rows of the unit, as a boolean array. The tổ name is free text, so it is compared with "=" (exact,
 * as Excel compares text) and never passed as a COUNTIF criterion, where "*", "?", "~", "=", "<>" or ">=5"
 * would be read as a wildcard or an operator.
 */
function inUnit(layout: RegistrationLayout, scope: UnitScope): string[] {
  if (scope.isSchool) return [];
  const name = cellAddress(scope.row, layout.unit.cols.name, true);
  return [`(${personColumnRange(layout, layout.person.cols.team)}=${name})`];
}

/** How many person rows meet every condition (each a boolean array over the person block). */
function countWhere(conditions: string[]): string {
  return `SUMPRODUCT(${conditions.join('*')}*1)`;
}

/** (range="text") for a constant of the workbook contract, never for a user's text. */
function equals(range: string, constant: string): string {
  return `(${range}=${quote(constant)})`;
}

export function membersFormula(layout: RegistrationLayout, scope: UnitScope): string {
  return scope.isSchool
    ? `COUNTIF(${personColumnRange(layout, layout.person.cols.id)},"<>")`
    : countWhere(inUnit(layout, scope));
}

/** The person rows that count for a title: registered when registration is required, else any with a mã. */
function subjectConditions(layout: RegistrationLayout, titleId: TitleId): string[] {
  const cols = layout.person.cols;
  const dk = cols.registered[titleId];
  return layout.requireRegistration && dk !== undefined
    ? [equals(personColumnRange(layout, dk), REGISTERED_MARK)]
    : [`(${personColumnRange(layout, cols.id)}<>"")`];
}

/** Members of the unit whose KQ column for the title is (or is not) `mark`; 0 when the title has no KQ column. */
function countByResult(
  layout: RegistrationLayout,
  scope: UnitScope,
  titleId: TitleId,
  mark: string,
  negate: boolean,
): string {
  const kq = layout.person.cols.result[titleId];
  if (kq === undefined) return '0';
  const range = personColumnRange(layout, kq);
  const result = negate ? `(${range}<>${quote(mark)})` : equals(range, mark);
  return countWhere([...inUnit(layout, scope), ...subjectConditions(layout, titleId), result]);
}

/** Members with the title achieved at the result stage ("Đạt" in its KQ column). */
export function achievedFormula(layout: RegistrationLayout, scope: UnitScope, titleId: TitleId): string {
  return countByResult(layout, scope, titleId, RESULT_ACHIEVED, false);
}

/** Members who have it or can still get it: everyone counted but those marked "Không đạt". */
export function possibleFormula(layout: RegistrationLayout, scope: UnitScope, titleId: TitleId): string {
  return countByResult(layout, scope, titleId, RESULT_OUT, true);
}

function ratingCount(layout: RegistrationLayout, scope: UnitScope, ratings: PerformanceRating[]): string {
  if (ratings.length === 0) return '0';
  const range = personColumnRange(layout, layout.person.cols.rating);
  return ratings.map((r) => countWhere([...inUnit(layout, scope), equals(range, r)])).join('+');
}

export function disciplinedFormula(
  layout: RegistrationLayout,
  scope: UnitScope,
  from: CollectiveCondition & { kind: 'noMemberDisciplineFrom' },
): string {
  const range = personColumnRange(layout, layout.person.cols.discipline);
  return disciplineLevelsFrom(from.level)
    .map((level) => countWhere([...inUnit(layout, scope), equals(range, DISCIPLINE_LABELS[level])]))
    .join('+');
}

function allowed(atLeast: PerformanceRating): PerformanceRating[] {
  return RATING_ORDER.filter((r) => ratingAtLeast(r, atLeast));
}

function denied(atLeast: PerformanceRating): PerformanceRating[] {
  return RATING_ORDER.filter((r) => !ratingAtLeast(r, atLeast));
}

interface Test {
  pass: string;
  fail: string;
}

function conditionTest(
  layout: RegistrationLayout,
  scope: UnitScope,
  titleId: TitleId,
  c: CollectiveCondition,
): Test {
  const members = cellAddress(scope.row, layout.unit.cols.members);
  switch (c.kind) {
    case 'unitRatingAtLeast': {
      const r = cellAddress(scope.row, layout.unit.cols.rating);
      const ok = `OR(${allowed(c.rating)
        .map((x) => `${r}=${quote(x)}`)
        .join(',')})`;
      return { pass: ok, fail: `AND(${r}<>"",NOT(${ok}))` };
    }
    case 'memberShareWithTitle': {
      const percent = SHARE_NAMES[titleId] ?? String(c.percent);
      const cmp = c.comparison === 'atLeast' ? '>=' : '>';
      const have = achievedFormula(layout, scope, c.titleId);
      const could = possibleFormula(layout, scope, c.titleId);
      return {
        pass: `(${have})*100${cmp}${percent}*${members}`,
        fail: `NOT((${could})*100${cmp}${percent}*${members})`,
      };
    }
    case 'allMembersRatingAtLeast':
      return {
        pass: `(${ratingCount(layout, scope, allowed(c.rating))})=${members}`,
        fail: `(${ratingCount(layout, scope, denied(c.rating))})>0`,
      };
    case 'membersWithTitleAtLeast':
      return {
        pass: `${achievedFormula(layout, scope, c.titleId)}>=${c.count}`,
        fail: `${possibleFormula(layout, scope, c.titleId)}<${c.count}`,
      };
    case 'noMemberDisciplineFrom': {
      const d = disciplinedFormula(layout, scope, c);
      return { pass: `(${d})=0`, fail: `(${d})>0` };
    }
  }
}

/** "Đủ điều kiện" / "Không đủ" / "Chưa đủ dữ liệu" for one unit row and one collective title. */
export function eligibilityFormula(
  layout: RegistrationLayout,
  scope: UnitScope,
  titleId: TitleId,
  conditions: CollectiveCondition[],
): string {
  const members = cellAddress(scope.row, layout.unit.cols.members);
  const tests = conditions.map((c) => conditionTest(layout, scope, titleId, c));
  const no = quote(VERDICT_TEXT.notEligible);
  const fails = tests.length > 0 ? `OR(${tests.map((t) => t.fail).join(',')})` : '1=0';
  const passes = tests.length > 0 ? `AND(${tests.map((t) => t.pass).join(',')})` : '1=1';
  return `=IF(${members}=0,${no},IF(${fails},${no},IF(${passes},${quote(VERDICT_TEXT.eligible)},${quote(VERDICT_TEXT.unknown)})))`;
}

export type { UnitScope };
