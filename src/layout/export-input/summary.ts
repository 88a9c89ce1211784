/**
 * Tổng hợp kết quả: per title, per tổ and for the school, how many registered, are eligible, and were
 * put forward by the council (passed the vote), against the target. "Được đề nghị" is the council's
 * decision, the same the danh sách đề nghị print, so the summary and the lists agree.
 */
import type { SchoolCase } from '../../domain/case';
import type { SubjectTitleStatus, Target, TargetsEvaluation } from '../../domain/targets';
import { stageAtLeast, subjectTitleKey } from '../../domain/targets';
import { TITLE_IDS, TITLES, type TitleId } from '../../domain/titles';
import { candidateKey } from '../../domain/votes';
import type { SummaryCounts, TeamSummaryRow, TitleSummary } from '../export';
import type { RosterLookup } from './roster-lookup';

export interface SummarySources {
  schoolCase: SchoolCase;
  evaluation: TargetsEvaluation;
  /** Candidate keys whose latest vote passed. */
  passed: ReadonlySet<string>;
  /** Titles the council voted on (a candidate stood for them). */
  voted: ReadonlySet<TitleId>;
  roster: RosterLookup;
}

type Scope = 'people' | 'teams' | 'school';

function titleTargets(targets: readonly Target[], titleId: TitleId): Target[] {
  return targets.filter((t) => t.titleId === titleId && (t.kind === 'individual' || t.kind === 'collective'));
}

function sumTargets(targets: Target[]): number | undefined {
  return targets.length === 0 ? undefined : targets.reduce((sum, t) => sum + t.count, 0);
}

/** Titles that have a target, a registration or a candidate, in the order of TITLES. */
export function summaryTitles(sources: SummarySources): TitleId[] {
  const targets = sources.schoolCase.targets;
  const used = new Set<TitleId>(sources.voted);
  for (const t of targets?.targets ?? []) {
    if (t.titleId && (t.kind === 'individual' || t.kind === 'collective')) used.add(t.titleId);
  }
  for (const r of targets?.registrations ?? []) used.add(r.titleId);
  return TITLE_IDS.filter((id) => used.has(id));
}

/** Collective titles count tổ unless the school's targets or registrations are for the school itself. */
function collectiveScope(sources: SummarySources, titleId: TitleId): Scope {
  const targets = titleTargets(sources.schoolCase.targets?.targets ?? [], titleId);
  if (targets.length > 0) {
    return targets.every((t) => t.scope === 'school') ? 'school' : 'teams';
  }
  const regs = (sources.schoolCase.targets?.registrations ?? []).filter((r) => r.titleId === titleId);
  return regs.length > 0 && regs.every((r) => r.subject.kind === 'school') ? 'school' : 'teams';
}

interface Subject {
  key: string;
  /** Candidate id the vote would use. */
  candidateId: string;
  status?: SubjectTitleStatus;
}

function counts(sources: SummarySources, titleId: TitleId, subjects: Subject[]): SummaryCounts {
  const registered = new Set(
    (sources.schoolCase.targets?.registrations ?? []).map((r) => subjectTitleKey(r.subject, r.titleId)),
  );
  return {
    registered: subjects.filter((s) => registered.has(s.key)).length,
    eligible: subjects.filter((s) => s.status && !s.status.out && stageAtLeast(s.status.stage, 'eligible'))
      .length,
    approved: subjects.filter((s) => sources.passed.has(candidateKey(titleId, s.candidateId))).length,
  };
}

function add(a: SummaryCounts, b: SummaryCounts): SummaryCounts {
  return {
    registered: a.registered + b.registered,
    eligible: a.eligible + b.eligible,
    approved: a.approved + b.approved,
  };
}

const ZERO: SummaryCounts = { registered: 0, eligible: 0, approved: 0 };

function individualSummary(sources: SummarySources, titleId: TitleId): TitleSummary {
  const statuses = new Map(
    sources.evaluation.people.filter((s) => s.titleId === titleId).map((s) => [s.subject.id, s]),
  );
  const staff = sources.schoolCase.roster.staff;
  // Tổ in the school's order, then any tổ a person names that the tổ list lacks, so rows add up.
  const teamIds = [...sources.schoolCase.roster.teams.map((t) => t.id)];
  for (const p of staff) if (!teamIds.includes(p.teamId)) teamIds.push(p.teamId);
  const subjectsOf = (people: typeof staff): Subject[] =>
    people.map((p) => ({
      key: subjectTitleKey({ kind: 'person', id: p.id }, titleId),
      candidateId: p.id,
      status: statuses.get(p.id),
    }));
  const byTeam: TeamSummaryRow[] = teamIds.map((teamId) => ({
    teamName: sources.roster.teamName(teamId),
    ...counts(sources, titleId, subjectsOf(staff.filter((p) => p.teamId === teamId))),
  }));
  const target = sumTargets(titleTargets(sources.schoolCase.targets?.targets ?? [], titleId));
  return {
    titleId,
    byTeam,
    school: { ...byTeam.reduce<SummaryCounts>(add, ZERO), ...(target !== undefined ? { target } : {}) },
  };
}

function collectiveSummary(sources: SummarySources, titleId: TitleId): TitleSummary {
  const scope = collectiveScope(sources, titleId);
  const statuses = sources.evaluation.teams.filter((s) => s.titleId === titleId);
  const targets = titleTargets(sources.schoolCase.targets?.targets ?? [], titleId).filter(
    (t) => (t.scope ?? 'teams') === (scope === 'school' ? 'school' : 'teams'),
  );
  const target = sumTargets(targets);
  const withTarget = (c: SummaryCounts): SummaryCounts => (target !== undefined ? { ...c, target } : c);
  if (scope === 'school') {
    const teamIds = new Set(sources.schoolCase.roster.teams.map((t) => t.id));
    // The school stands in the vote under whatever id the meeting gave it: any candidate that is no tổ.
    const schoolCandidate = (sources.schoolCase.votes?.meeting.candidates ?? []).find(
      (c) => c.titleId === titleId && !teamIds.has(c.id),
    );
    const subject: Subject = {
      key: subjectTitleKey({ kind: 'school' }, titleId),
      candidateId: schoolCandidate?.id ?? '',
      status: statuses.find((s) => s.subject.kind === 'school'),
    };
    return { titleId, byTeam: [], school: withTarget(counts(sources, titleId, [subject])) };
  }
  const byTeam: TeamSummaryRow[] = sources.schoolCase.roster.teams.map((team) => ({
    teamName: team.name,
    ...counts(sources, titleId, [
      {
        key: subjectTitleKey({ kind: 'team', id: team.id }, titleId),
        candidateId: team.id,
        status: statuses.find((s) => s.subject.kind === 'team' && s.subject.id === team.id),
      },
    ]),
  }));
  return { titleId, byTeam, school: withTarget(byTeam.reduce<SummaryCounts>(add, ZERO)) };
}

export function titleSummaries(sources: SummarySources): TitleSummary[] {
  return summaryTitles(sources).map((titleId) =>
    TITLES[titleId].scope === 'individual'
      ? individualSummary(sources, titleId)
      : collectiveSummary(sources, titleId),
  );
}
