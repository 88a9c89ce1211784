/**
 * Where each target stands: the result (subjects counted at the result stage, or the entered number for
 * union and organisation targets), the gap (result − target), the pool (registered subjects that can still
 * get the title) and the outcome. A target above its pool is 'unreachable' even before any result.
 */
import { stageAtLeast } from './status';
import { subjectTitleKey } from './subjects';
import type {
  PersonRecord,
  StageCounts,
  SubjectTitleStatus,
  Target,
  TargetOutcome,
  TargetStatus,
} from './types';

export function outcomeOf(result: number, count: number, pool: number | null): TargetOutcome {
  if (result > count) return 'over';
  if (result === count) return 'met';
  if (pool !== null && pool < count) return 'unreachable';
  return 'short';
}

export interface TargetStatusContext {
  people: SubjectTitleStatus[];
  teams: SubjectTitleStatus[];
  registered: ReadonlySet<string>;
  records: ReadonlyMap<string, PersonRecord>;
  manualResults: Readonly<Record<string, number>>;
}

/** The statuses a title target counts: people, tổ, or the school alone. */
export function subjectsCounted(target: Target, ctx: TargetStatusContext): SubjectTitleStatus[] {
  if (!target.titleId) return [];
  if (target.kind === 'individual') return ctx.people.filter((s) => s.titleId === target.titleId);
  if (target.kind !== 'collective') return [];
  const scope = target.scope ?? 'teams';
  return ctx.teams.filter(
    (s) =>
      s.titleId === target.titleId &&
      (scope === 'school' ? s.subject.kind === 'school' : s.subject.kind === 'team'),
  );
}

function stageCounts(subjects: SubjectTitleStatus[], registered: ReadonlySet<string>): StageCounts {
  const at = (stage: 'eligible' | 'proposed' | 'voted' | 'approved') =>
    subjects.filter((s) => stageAtLeast(s.stage, stage)).length;
  return {
    registered: subjects.filter((s) => registered.has(subjectTitleKey(s.subject, s.titleId))).length,
    eligible: at('eligible'),
    proposed: at('proposed'),
    voted: at('voted'),
    approved: at('approved'),
  };
}

export function computeTargetStatus(target: Target, ctx: TargetStatusContext): TargetStatus {
  if (target.kind === 'individual' || target.kind === 'collective') {
    const subjects = subjectsCounted(target, ctx);
    const result = subjects.filter((s) => s.achieved).length;
    const pool = subjects.filter((s) => !s.out).length;
    return {
      target,
      result,
      gap: result - target.count,
      pool,
      counts: stageCounts(subjects, ctx.registered),
      status: outcomeOf(result, target.count, pool),
    };
  }
  const result =
    target.kind === 'initiativeCount'
      ? [...ctx.records.values()].reduce((sum, r) => sum + Math.max(0, r.initiatives?.count ?? 0), 0)
      : (ctx.manualResults[target.id] ?? 0);
  return {
    target,
    result,
    gap: result - target.count,
    pool: null,
    status: outcomeOf(result, target.count, null),
  };
}
