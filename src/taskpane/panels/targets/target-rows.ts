/**
 * The dashboard's rows: one per target, with its number, result, gap and outcome as the domain computed
 * them, and — when a tổ is chosen — how that tổ contributes to a title target. Non-title targets (union,
 * organisation ratings, sáng kiến) have no tổ share and are left out when a tổ is chosen.
 */
import type { CellLocation } from '../../../domain/issues';
import type { Person } from '../../../domain/school/types';
import type {
  StageCounts,
  SubjectTitleStatus,
  TargetOutcome,
  TargetsEvaluation,
  TargetStatus,
} from '../../../domain/targets';
import { stageAtLeast, TARGET_KIND_LABELS } from '../../../domain/targets';
import { TITLE_IDS, type TitleId } from '../../../domain/titles';
import type { DashboardFilter } from './filters';

export interface TeamShare {
  registered: number;
  eligible: number;
  achieved: number;
  /** People (individual titles) or 1 for the tổ itself (collective titles). */
  subjects: number;
}

export interface TargetRow {
  id: string;
  label: string;
  kindLabel: string;
  level: string;
  titleId?: TitleId;
  count: number;
  result: number;
  gap: number;
  pool: number | null;
  outcome: TargetOutcome;
  counts?: StageCounts;
  /** The cell holding the number: where an edit goes and where "Đến ô" leads. */
  location?: CellLocation;
  teamShare?: TeamShare;
}

function shareOf(statuses: SubjectTitleStatus[]): TeamShare {
  return {
    registered: statuses.filter((s) => s.stage !== 'not-registered').length,
    eligible: statuses.filter((s) => !s.out && stageAtLeast(s.stage, 'eligible')).length,
    achieved: statuses.filter((s) => s.achieved).length,
    subjects: statuses.length,
  };
}

function teamShare(
  status: TargetStatus,
  evaluation: TargetsEvaluation,
  staff: readonly Person[],
  teamId: string,
): TeamShare | undefined {
  const { target } = status;
  if (!target.titleId) return undefined;
  if (target.kind === 'individual') {
    const members = new Set(staff.filter((p) => p.teamId === teamId).map((p) => p.id));
    return shareOf(
      evaluation.people.filter((s) => s.titleId === target.titleId && members.has(s.subject.id)),
    );
  }
  if (target.kind === 'collective' && (target.scope ?? 'teams') === 'teams') {
    return shareOf(
      evaluation.teams.filter(
        (s) => s.titleId === target.titleId && s.subject.kind === 'team' && s.subject.id === teamId,
      ),
    );
  }
  return undefined;
}

export function targetRows(
  evaluation: TargetsEvaluation,
  staff: readonly Person[],
  filter: DashboardFilter,
): TargetRow[] {
  return evaluation.targets
    .filter((s) => filter.titleId === undefined || s.target.titleId === filter.titleId)
    .map((s): TargetRow | undefined => {
      const share = filter.teamId === undefined ? undefined : teamShare(s, evaluation, staff, filter.teamId);
      if (filter.teamId !== undefined && !share) return undefined;
      const t = s.target;
      return {
        id: t.id,
        label: t.awardLabel,
        kindLabel: TARGET_KIND_LABELS[t.kind],
        level: t.level,
        ...(t.titleId ? { titleId: t.titleId } : {}),
        count: t.count,
        result: s.result,
        gap: s.gap,
        pool: s.pool,
        outcome: s.status,
        ...(s.counts ? { counts: s.counts } : {}),
        ...(t.location ? { location: t.location } : {}),
        ...(share ? { teamShare: share } : {}),
      };
    })
    .filter((row): row is TargetRow => row !== undefined);
}

/** How many targets are met, over, short, unreachable: the line at the top of the dashboard. */
export function outcomeTally(rows: readonly TargetRow[]): Record<TargetOutcome, number> {
  const tally: Record<TargetOutcome, number> = { met: 0, over: 0, short: 0, unreachable: 0 };
  for (const row of rows) tally[row.outcome] += 1;
  return tally;
}

/** The titles the school has targets for, in the order of TITLES: the title filter's choices. */
export function targetTitles(evaluation: TargetsEvaluation): TitleId[] {
  const used = new Set(evaluation.targets.map((s) => s.target.titleId).filter((t): t is TitleId => !!t));
  return TITLE_IDS.filter((id) => used.has(id));
}
