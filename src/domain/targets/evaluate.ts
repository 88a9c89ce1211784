/**
 * evaluateTargets: the whole picture of a school's targets at one moment — every person's and tổ's way to
 * each title, each target's result, gap and outcome, and every flag (bad input, caps, irregular proposals,
 * targets short or out of reach). Pure: same input, same answer; nothing in the input is dropped without an
 * issue saying so.
 */
import { yearsWithTitle } from '../history/lookup';
import type { DomainIssue } from '../issues';
import type { Person } from '../school/types';
import type { PerformanceRating, TitleId } from '../titles';
import { TITLE_IDS } from '../titles';
import { htxsnvCapFlags, planCapFlags, resultCapFlags } from './caps';
import type { MemberTitleOutcome } from './collective';
import { checkUnitEligibility, tallyMembers } from './collective';
import type { OtherTitleState } from './eligibility';
import { checkPersonEligibility, personLabel } from './eligibility';
import type { TargetsInput } from './input';
import { decisionFlags, doubleAwardFlags, proposalFlags, putForwardList } from './irregular';
import { titleLabel } from './labels';
import { citeMeta } from './profiles';
import { ruleDateFlags } from './rule-dates';
import { isAchieved, stageAtLeast, statusOf } from './status';
import type { SubjectDirectory } from './subjects';
import { makeDirectory, SCHOOL, subjectKey, subjectTitleKey, teamLabel } from './subjects';
import { targetFlag } from './target-flags';
import { computeTargetStatus } from './target-status';
import type {
  PersonRecord,
  PersonTitleStatus,
  ResultStage,
  SubjectRef,
  SubjectTitleStatus,
  TargetsEvaluation,
  TeamTitleStatus,
  TitleDecision,
} from './types';
import {
  validateDecisions,
  validateProposals,
  validateRegistrations,
  validateUnitRecords,
} from './validate-entries';
import { validateRecords } from './validate-records';
import { targetName, validateTargets, validateYear } from './validate-targets';

interface Prepared {
  input: TargetsInput;
  dir: SubjectDirectory;
  resultStage: ResultStage;
  registered: ReadonlySet<string>;
  records: ReadonlyMap<string, PersonRecord>;
  unitRatings: ReadonlyMap<string, PerformanceRating>;
  decisions: ReadonlyMap<string, TitleDecision>;
  putForward: ReadonlySet<string>;
}

function stageInputs(p: Prepared, subject: SubjectRef, titleId: TitleId) {
  const key = subjectTitleKey(subject, titleId);
  const decision = p.decisions.get(key);
  return {
    requireRegistration: p.input.profile.requireRegistration,
    registrationSource: citeMeta(p.input.profile.registration),
    registered: p.registered.has(key),
    proposed: p.putForward.has(key),
    vote: decision?.vote ?? 'none',
    approval: decision?.approval ?? 'none',
  };
}

function otherState(status: SubjectTitleStatus | undefined): OtherTitleState {
  if (!status) return { state: 'fail', why: 'quy chế không có danh hiệu này' };
  if (status.out) return { state: 'fail', why: status.reasons[0]?.message };
  if (stageAtLeast(status.stage, 'eligible')) return { state: 'pass' };
  return { state: 'unknown', why: status.reasons[0]?.message };
}

function evaluatePeople(p: Prepared): Map<string, PersonTitleStatus> {
  const { profile, staff, yearStart, yearEnd } = p.input;
  const memo = new Map<string, PersonTitleStatus>();
  const inProgress = new Set<string>();
  const statusFor = (person: Person, titleId: TitleId): PersonTitleStatus | undefined => {
    const conditions = profile.individual[titleId];
    const subject = { kind: 'person' as const, id: person.id };
    const key = subjectTitleKey(subject, titleId);
    const known = memo.get(key);
    if (known || !conditions || inProgress.has(key)) return known;
    inProgress.add(key);
    const eligibility = checkPersonEligibility(titleId, conditions, {
      person,
      record: p.records.get(person.id),
      yearStart,
      yearEnd,
      otherTitle: (other) => otherState(statusFor(person, other)),
      ...(p.input.history
        ? { earlierTitleYears: (other: TitleId) => yearsWithTitle(p.input.history ?? [], person.id, other) }
        : {}),
    });
    const s = statusOf({
      subjectLabel: personLabel(person),
      titleLabel: titleLabel(titleId),
      eligibility,
      ...stageInputs(p, subject, titleId),
    });
    const status: PersonTitleStatus = {
      subject,
      titleId,
      personName: person.fullName,
      stage: s.stage,
      out: s.out,
      achieved: !s.out && isAchieved(s.stage, p.resultStage),
      eligibility,
      reasons: s.reasons,
    };
    memo.set(key, status);
    inProgress.delete(key);
    return status;
  };
  for (const titleId of TITLE_IDS) {
    for (const person of staff) statusFor(person, titleId);
  }
  return memo;
}

function evaluateUnits(p: Prepared, people: ReadonlyMap<string, PersonTitleStatus>): TeamTitleStatus[] {
  const { profile, staff, teams, schoolName } = p.input;
  const memberTitle = (personId: string, titleId: TitleId): MemberTitleOutcome => {
    const s = people.get(subjectTitleKey({ kind: 'person', id: personId }, titleId));
    if (!s || s.out) return 'out';
    return s.achieved ? 'achieved' : 'pending';
  };
  const units: { subject: TeamTitleStatus['subject']; name: string; label: string; members: Person[] }[] = [
    ...teams.map((t) => ({
      subject: { kind: 'team' as const, id: t.id },
      name: t.name,
      label: teamLabel(t.name),
      members: staff.filter((s) => s.teamId === t.id),
    })),
    {
      subject: SCHOOL as TeamTitleStatus['subject'],
      name: schoolName,
      label: `đơn vị ${schoolName}`,
      members: staff,
    },
  ];
  const result: TeamTitleStatus[] = [];
  for (const titleId of TITLE_IDS) {
    const conditions = profile.collective[titleId];
    if (!conditions) continue;
    for (const unit of units) {
      const ctx = {
        unitLabel: unit.label,
        members: unit.members,
        records: p.records,
        unitRating: p.unitRatings.get(subjectKey(unit.subject)),
        memberTitle,
      };
      const eligibility = checkUnitEligibility(titleId, conditions, ctx);
      const s = statusOf({
        subjectLabel: unit.label,
        titleLabel: titleLabel(titleId),
        eligibility,
        ...stageInputs(p, unit.subject, titleId),
      });
      result.push({
        subject: unit.subject,
        titleId,
        teamName: unit.name,
        members: unit.members.length,
        membersWithLdtt: tallyMembers(ctx, 'LDTT').achieved,
        membersWithCstdcs: tallyMembers(ctx, 'CSTDCS').achieved,
        stage: s.stage,
        out: s.out,
        achieved: !s.out && isAchieved(s.stage, p.resultStage),
        eligibility,
        reasons: s.reasons,
      });
    }
  }
  return result;
}

function missingResultFlags(input: TargetsInput): DomainIssue[] {
  const results = input.manualResults ?? {};
  return input.targets
    .filter((t) => (t.kind === 'union' || t.kind === 'organisationRating') && results[t.id] === undefined)
    .map((t) => ({
      code: 'targets.result-missing',
      severity: 'info' as const,
      message: `Chỉ tiêu ${targetName(t)} chưa có kết quả; đang tính là 0. Nhập kết quả ở cột Kết quả của sheet Chỉ tiêu khi có.`,
      ...(t.location ? { location: t.location } : {}),
    }));
}

export function evaluateTargets(input: TargetsInput): TargetsEvaluation {
  const dir = makeDirectory(input.staff, input.teams, input.schoolName);
  const { profile } = input;
  const regs = validateRegistrations(input.registrations, profile, dir);
  const recs = validateRecords(input.records, dir, input.yearStart, input.yearEnd);
  const units = validateUnitRecords(input.unitRecords ?? [], dir);
  const props = validateProposals(input.proposals ?? [], profile, dir, input.targets);
  const decs = validateDecisions(input.decisions ?? [], profile, dir);
  const putForward = putForwardList(props.valid, decs.bySubjectTitle.values());
  const prepared: Prepared = {
    input,
    dir,
    resultStage: input.resultStage ?? 'approved',
    registered: regs.registered,
    records: recs.byPerson,
    unitRatings: units.ratings,
    decisions: decs.bySubjectTitle,
    putForward: new Set(putForward.map((x) => subjectTitleKey(x.subject, x.titleId))),
  };

  const peopleMap = evaluatePeople(prepared);
  const people = [...peopleMap.values()];
  const teams = evaluateUnits(prepared, peopleMap);
  const allStatuses = new Map<string, SubjectTitleStatus>(
    [...people, ...teams].map((s) => [subjectTitleKey(s.subject, s.titleId), s]),
  );
  const targets = input.targets.map((t) =>
    computeTargetStatus(t, {
      people,
      teams,
      registered: regs.registered,
      records: recs.byPerson,
      manualResults: input.manualResults ?? {},
    }),
  );

  const flags: DomainIssue[] = [
    ...validateYear(input.yearStart, input.yearEnd),
    ...ruleDateFlags(profile, input.yearStart, input.yearEnd),
    ...validateTargets(input.targets, profile, input.staff.length, input.teams.length),
    ...regs.issues,
    ...recs.issues,
    ...units.issues,
    ...props.issues,
    ...decs.issues,
    ...planCapFlags(input.targets, profile),
    ...resultCapFlags(
      { start: input.yearStart, end: input.yearEnd },
      people,
      profile,
      dir.staffById,
      recs.byPerson,
    ),
    ...htxsnvCapFlags(profile, recs.byPerson),
    ...proposalFlags(putForward, allStatuses, regs.registered, profile, dir),
    ...decisionFlags(decs.bySubjectTitle.values(), dir),
    ...doubleAwardFlags(props.valid, input.targets, dir),
    ...missingResultFlags(input),
    ...targets.map(targetFlag),
  ];
  return { targets, people, teams, flags };
}
