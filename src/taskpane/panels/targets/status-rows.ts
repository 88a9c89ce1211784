/**
 * Per person and per tổ, where each stands on the way to a title, and every reason it stops there with the
 * rule's legal source: the "why not" the principal is asked for. Failed and unknown conditions come from
 * the eligibility checks; the stage reasons say the rest (not registered, not yet proposed, vote failed…).
 */
import type { CellLocation } from '../../../domain/issues';
import type { Person, Team } from '../../../domain/school/types';
import type {
  PersonRecord,
  PersonTitleStatus,
  Registration,
  SubjectTitleStatus,
  TeamTitleStatus,
  TitleStage,
  UnitRecord,
} from '../../../domain/targets';
import { STAGE_LABELS, subjectKey, subjectTitleKey } from '../../../domain/targets';
import { sortByVietnameseName } from '../../../domain/text';
import { TITLES, type TitleId } from '../../../domain/titles';
import type { DashboardFilter } from './filters';

export interface Reason {
  message: string;
  source?: string;
  /** The rule's value has not been checked against the legal text: the pane says so. */
  unverified?: boolean;
  /** The school's own rule (Quy chế của trường), not the law's: the pane says so. */
  schoolRule?: boolean;
}

/**
 * "Căn cứ: … (Quy chế của trường)": a reason's source as the pane shows it, with what kind of rule it is
 * (the school's own, or not yet checked against the legal text). Undefined without a source.
 */
export function reasonSourceText(
  reason: Reason,
  s: { source: (source: string) => string; unverified: string; schoolRule: string },
): string | undefined {
  if (!reason.source) return undefined;
  const notes = [
    // A source already naming the Quy chế needs no second mention.
    reason.schoolRule && !reason.source.includes(s.schoolRule) ? s.schoolRule : '',
    reason.unverified ? s.unverified : '',
  ].filter(Boolean);
  return notes.length === 0 ? s.source(reason.source) : `${s.source(reason.source)} (${notes.join('; ')})`;
}

export type StatusTone = 'achieved' | 'open' | 'out';

export interface StatusRow {
  key: string;
  name: string;
  teamName: string;
  titleId: TitleId;
  titleLabel: string;
  stage: TitleStage;
  stageLabel: string;
  tone: StatusTone;
  reasons: Reason[];
  /** The person's or tổ's row on "Đăng ký" (the registration cell for this title when there is one). */
  location?: CellLocation;
}

export type StatusScope = 'all' | 'notAchieved' | 'out';

function toneOf(s: SubjectTitleStatus): StatusTone {
  if (s.achieved) return 'achieved';
  return s.out ? 'out' : 'open';
}

/**
 * Stage reasons first; a subject stopped by eligibility also gets the conditions still unknown beside the
 * failed ones (a "no" and a "not known yet" both need doing something about).
 */
function reasonsOf(s: SubjectTitleStatus): Reason[] {
  const reasons: Reason[] = s.reasons.map((r) => ({
    message: r.message,
    ...(r.source ? { source: r.source } : {}),
  }));
  if (s.stage !== 'registered') return reasons;
  for (const check of s.eligibility.checks) {
    if (check.outcome === 'pass' || reasons.some((r) => r.message === check.message)) continue;
    reasons.push({
      message: check.message,
      source: check.source,
      ...(check.unverified ? { unverified: true } : {}),
      ...(check.schoolRule ? { schoolRule: true } : {}),
    });
  }
  return reasons;
}

function inScope(s: SubjectTitleStatus, scope: StatusScope): boolean {
  if (scope === 'notAchieved') return !s.achieved;
  if (scope === 'out') return s.out;
  return true;
}

export interface PeopleContext {
  staff: readonly Person[];
  teams: readonly Team[];
  registrations: readonly Registration[];
  records: readonly PersonRecord[];
}

function locationIndex(registrations: readonly Registration[]): Map<string, CellLocation> {
  const index = new Map<string, CellLocation>();
  for (const r of registrations) if (r.location) index.set(subjectTitleKey(r.subject, r.titleId), r.location);
  return index;
}

export function personRows(
  statuses: readonly PersonTitleStatus[],
  context: PeopleContext,
  filter: DashboardFilter,
  scope: StatusScope,
): StatusRow[] {
  const people = new Map(context.staff.map((p) => [p.id, p]));
  const teams = new Map(context.teams.map((t) => [t.id, t.name]));
  const records = new Map(context.records.map((r) => [r.personId, r.location]));
  const registered = locationIndex(context.registrations);
  const chosen = statuses.filter((s) => {
    const person = people.get(s.subject.id);
    return (
      (filter.titleId === undefined || s.titleId === filter.titleId) &&
      (filter.teamId === undefined || person?.teamId === filter.teamId) &&
      // Titles nobody registered for and nobody can get are noise: show only those in play.
      (s.stage !== 'not-registered' || filter.titleId !== undefined) &&
      inScope(s, scope)
    );
  });
  const rows = chosen.map((s): StatusRow => {
    const person = people.get(s.subject.id);
    const key = subjectTitleKey(s.subject, s.titleId);
    const location = registered.get(key) ?? records.get(s.subject.id);
    return {
      key,
      name: s.personName,
      teamName: person ? (teams.get(person.teamId) ?? person.teamId) : '',
      titleId: s.titleId,
      titleLabel: TITLES[s.titleId].shortLabel,
      stage: s.stage,
      stageLabel: STAGE_LABELS[s.stage],
      tone: toneOf(s),
      reasons: reasonsOf(s),
      ...(location ? { location } : {}),
    };
  });
  return sortByVietnameseName(rows, (r) => r.name);
}

export function teamRows(
  statuses: readonly TeamTitleStatus[],
  registrations: readonly Registration[],
  unitRecords: readonly UnitRecord[],
  filter: DashboardFilter,
  scope: StatusScope,
): StatusRow[] {
  const registered = locationIndex(registrations);
  const records = new Map(
    unitRecords.filter((u) => u.location).map((u) => [subjectKey(u.subject), u.location!]),
  );
  return statuses
    .filter(
      (s) =>
        (filter.titleId === undefined || s.titleId === filter.titleId) &&
        (filter.teamId === undefined || (s.subject.kind === 'team' && s.subject.id === filter.teamId)) &&
        (s.stage !== 'not-registered' || filter.titleId !== undefined) &&
        inScope(s, scope),
    )
    .map((s): StatusRow => {
      const key = subjectTitleKey(s.subject, s.titleId);
      const location = registered.get(key) ?? records.get(subjectKey(s.subject));
      return {
        key,
        name: s.teamName,
        teamName: s.subject.kind === 'school' ? 'Toàn trường' : s.teamName,
        titleId: s.titleId,
        titleLabel: TITLES[s.titleId].shortLabel,
        stage: s.stage,
        stageLabel: STAGE_LABELS[s.stage],
        tone: toneOf(s),
        reasons: reasonsOf(s),
        ...(location ? { location } : {}),
      };
    });
}
