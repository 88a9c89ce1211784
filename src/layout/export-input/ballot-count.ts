/**
 * Biên bản kiểm phiếu from the tally: per round and title, the ballots issued / returned / valid / invalid
 * and each candidate's agree count and decision. Rounds with nothing counted yet are left out (the
 * incompleteness notes say so); without any counted round there is no biên bản kiểm phiếu to print.
 */
import type { SchoolCase } from '../../domain/case';
import { nameMatchKey } from '../../domain/text';
import { TITLES, type TitleId } from '../../domain/titles';
import type { CandidateTally, MeetingTally, RoundTally, VoteBase, VotingBody } from '../../domain/votes';
import { VOTE_FORM_LABELS } from '../../domain/votes';
import type { BallotCandidate, BallotCommitteeMember, BallotCountMinutes, BallotSession } from '../export';
import { meetingDateTime } from './meeting-time';
import type { RosterLookup } from './roster-lookup';
import type { ExportSettings } from './types';
import { roundNotCounted } from './votes-lookup';

export interface BallotCountSources {
  schoolCase: SchoolCase;
  tally: MeetingTally;
  roster: RosterLookup;
  settings: ExportSettings;
}

/** What the percentage is taken of, in the minutes' words. */
export function baseLabel(base: VoteBase, body: VotingBody, withWritten: boolean): string {
  const written = withWritten ? ' và thành viên vắng mặt gửi phiếu bằng văn bản' : '';
  switch (base) {
    case 'present':
      return `số người dự họp${written}`;
    case 'allMembers':
      return body === 'council' ? 'tổng số thành viên Hội đồng' : 'tổng số cán bộ, giáo viên, nhân viên';
    case 'validBallots':
      return `số phiếu hợp lệ${written}`;
  }
}

const HEAD = nameMatchKey('Trưởng ban');

function committee(schoolCase: SchoolCase): BallotCommitteeMember[] {
  return (schoolCase.votes?.meeting.tellers ?? []).map((t) => ({
    fullName: t.name,
    isHead: nameMatchKey(t.role).startsWith(HEAD),
    ...(t.role.trim() ? { position: t.role.trim() } : {}),
  }));
}

function candidateLine(sources: BallotCountSources, c: CandidateTally): BallotCandidate {
  const individual = TITLES[c.titleId].scope === 'individual';
  const person = individual ? sources.roster.person(c.candidate.id) : undefined;
  const team = individual ? undefined : sources.roster.team(c.candidate.id);
  if (person) {
    return {
      name: person.fullName,
      position: person.position,
      teamName: sources.roster.teamName(person.teamId),
      agree: c.agree,
      passed: c.status === 'passed',
    };
  }
  return { name: team?.name ?? c.candidate.name, agree: c.agree, passed: c.status === 'passed' };
}

function sessionsOf(sources: BallotCountSources, round: RoundTally): BallotSession[] {
  const body = sources.schoolCase.votes!.meeting.body;
  const titles: TitleId[] = [];
  for (const c of round.candidates) if (!titles.includes(c.titleId)) titles.push(c.titleId);
  return titles.map((titleId) => {
    const candidates = round.candidates.filter((c) => c.titleId === titleId);
    const first = candidates[0];
    const withWritten = first.rule.absentWrittenVotes && round.written > 0;
    return {
      titleId,
      ballots: {
        issued: round.issued,
        returned: round.returned,
        valid: round.valid,
        invalid: round.invalid,
      },
      base: first.base,
      baseLabel: baseLabel(first.baseKind, body, withWritten),
      candidates: candidates.map((c) => candidateLine(sources, c)),
    };
  });
}

/** Undefined until some round has ballots or a count entered. */
export function ballotCountMinutes(sources: BallotCountSources): BallotCountMinutes | undefined {
  const counted = sources.tally.rounds.filter((r) => !roundNotCounted(r));
  if (counted.length === 0) return undefined;
  const meeting = sources.schoolCase.votes!.meeting;
  const s = sources.settings.meeting ?? {};
  const date = s.date ?? meeting.date;
  const startsAt = meetingDateTime(date, s.startTime);
  const endsAt = meetingDateTime(date, s.endTime);
  return {
    ...(startsAt ? { startsAt } : {}),
    ...(endsAt ? { endsAt } : {}),
    ...(s.place ? { place: s.place } : {}),
    voteForm: VOTE_FORM_LABELS[meeting.form],
    committee: committee(sources.schoolCase),
    sessions: [...counted].sort((a, b) => a.round - b.round).flatMap((r) => sessionsOf(sources, r)),
  };
}
