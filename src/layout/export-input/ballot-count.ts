/**
 * Biên bản kiểm phiếu from the tally: per round and title, the ballots issued / returned / valid / invalid
 * and each candidate's agree count and decision. Rounds with nothing counted yet are left out (the
 * incompleteness notes say so); without any counted round there is no biên bản kiểm phiếu to print. The
 * figures and words come from the domain's minutes model (minutesFromTally), which the workbook's
 * "Biên bản kiểm phiếu" also prints; this file only adds the roster's names, positions and tổ.
 */
import type { SchoolCase } from '../../domain/case';
import { TITLES } from '../../domain/titles';
import {
  minutesFromTally,
  type MeetingTally,
  type MinutesCandidateLine,
  type MinutesRound,
} from '../../domain/votes';
import type { BallotCandidate, BallotCommitteeMember, BallotCountMinutes, BallotSession } from '../export';
import { meetingDateTime } from './meeting-time';
import type { RosterLookup } from './roster-lookup';
import type { ExportSettings } from './types';
import { roundNotCounted } from './votes-lookup';
import { paperKindOf } from './paper-kind';

export interface BallotCountSources {
  schoolCase: SchoolCase;
  tally: MeetingTally;
  roster: RosterLookup;
  settings: ExportSettings;
}

function candidateLine(sources: BallotCountSources, c: MinutesCandidateLine): BallotCandidate {
  const individual = TITLES[c.titleId].scope === 'individual';
  const passed = c.status === 'passed';
  if (paperKindOf(sources.schoolCase) === 'cluster') {
    // The cụm's roster lists schools: a person proposed there is not in it, and names their school.
    return { name: c.name, teamName: individual ? (c.unitName ?? '') : c.name, agree: c.agree, passed };
  }
  const person = individual ? sources.roster.person(c.candidateId) : undefined;
  const team = individual ? undefined : sources.roster.team(c.candidateId);
  if (person) {
    return {
      name: person.fullName,
      position: person.position,
      teamName: sources.roster.teamName(person.teamId),
      agree: c.agree,
      passed,
    };
  }
  return { name: team?.name ?? c.name, agree: c.agree, passed };
}

function sessionsOf(sources: BallotCountSources, round: MinutesRound): BallotSession[] {
  return round.sessions.map((session) => ({
    titleId: session.titleId,
    ballots: {
      issued: round.issued,
      returned: round.returned,
      valid: round.valid,
      invalid: round.invalid,
    },
    base: session.base,
    baseLabel: session.baseLabel,
    candidates: session.candidates.map((c) => candidateLine(sources, c)),
  }));
}

/** Undefined until some round has ballots or a count entered. */
export function ballotCountMinutes(sources: BallotCountSources): BallotCountMinutes | undefined {
  const counted = new Set(sources.tally.rounds.filter((r) => !roundNotCounted(r)).map((r) => r.round));
  if (counted.size === 0) return undefined;
  const { meeting, profile } = sources.schoolCase.votes!;
  const minutes = minutesFromTally(profile, meeting, sources.tally);
  const s = sources.settings.meeting ?? {};
  const date = s.date ?? meeting.date;
  const startsAt = meetingDateTime(date, s.startTime);
  const endsAt = meetingDateTime(date, s.endTime);
  const committee: BallotCommitteeMember[] = minutes.tellers.map((t) => ({
    fullName: t.name,
    isHead: t.isHead,
    ...(t.role.trim() ? { position: t.role.trim() } : {}),
  }));
  return {
    ...(startsAt ? { startsAt } : {}),
    ...(endsAt ? { endsAt } : {}),
    ...(s.place ? { place: s.place } : {}),
    voteForm: minutes.form,
    committee,
    sessions: minutes.rounds
      .filter((r) => counted.has(r.round))
      .sort((a, b) => a.round - b.round)
      .flatMap((r) => sessionsOf(sources, r)),
  };
}
