/**
 * Danh sách đề nghị: per title the council voted on, the candidates whose latest vote passed, with their
 * chức vụ, tổ, score and votes. A title whose candidates all failed has an empty list (the paper says no
 * one is proposed); one still being counted lists those decided so far (the "Lưu ý" sheet says so).
 */
import type { SchoolCase } from '../../domain/case';
import type { ScoringResult } from '../../domain/scoring/types';
import { TITLES, type TitleId } from '../../domain/titles';
import type { Candidate } from '../../domain/votes';
import { keyOf } from '../../domain/votes';
import type {
  CollectiveProposal,
  CollectiveTitleId,
  IndividualProposal,
  IndividualTitleId,
  VoteTally,
} from '../export';
import type { RosterLookup } from './roster-lookup';
import type { ExportSettings } from './types';
import type { CandidateOutcome } from './votes-lookup';
import { paperKindOf } from './paper-kind';

export interface ProposalSources {
  schoolCase: SchoolCase;
  scoring: ScoringResult;
  outcomes: ReadonlyMap<string, CandidateOutcome>;
  roster: RosterLookup;
  settings: ExportSettings;
}

function candidatesFor(sources: ProposalSources, titleId: TitleId): Candidate[] {
  return (sources.schoolCase.votes?.meeting.candidates ?? []).filter((c) => c.titleId === titleId);
}

function passedCandidates(sources: ProposalSources, titleId: TitleId): Candidate[] {
  return candidatesFor(sources, titleId).filter(
    (c) => sources.outcomes.get(keyOf(c))?.tally.status === 'passed',
  );
}

function votesOf(outcome: CandidateOutcome | undefined): VoteTally {
  return outcome ? { agree: outcome.tally.agree, base: outcome.tally.base } : {};
}

/** Ghi chú: a second round, written votes — what the recipient should know about the count. */
function noteOf(outcome: CandidateOutcome | undefined): string | undefined {
  if (!outcome) return undefined;
  const notes: string[] = [];
  if (outcome.round.round > 1) notes.push(`Đạt ở vòng ${outcome.round.round}`);
  if (outcome.tally.writtenAgree > 0) {
    notes.push(`Có ${outcome.tally.writtenAgree} phiếu đồng ý bằng văn bản`);
  }
  return notes.length > 0 ? notes.join('; ') : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

const isCluster = (sources: ProposalSources): boolean => paperKindOf(sources.schoolCase) === 'cluster';

/**
 * A cụm thi đua's lists: a person is not in the cụm's roster (which lists schools) and names their school;
 * a school standing is found among the roster's schools, its hiệu trưởng in `position`, its score its own.
 */
function clusterIndividual(sources: ProposalSources, c: Candidate): IndividualProposal {
  const outcome = sources.outcomes.get(keyOf(c));
  return {
    fullName: c.name,
    position: '',
    teamName: '',
    unitName: c.unitName ?? '',
    ...optional('awardForm', sources.settings.awardForms?.[c.titleId]),
    ...votesOf(outcome),
    ...optional('note', noteOf(outcome)),
  };
}

function clusterCollective(sources: ProposalSources, c: Candidate): CollectiveProposal {
  const school = sources.roster.person(c.id);
  const outcome = sources.outcomes.get(keyOf(c));
  const score = sources.scoring.people.find((p) => p.personId === c.id)?.yearTotal;
  return {
    name: school?.fullName ?? c.name,
    leaderName: school?.position ?? '',
    memberCount: 0,
    unitName: c.unitName ?? school?.fullName ?? c.name,
    ...optional('awardForm', sources.settings.awardForms?.[c.titleId]),
    ...optional('score', score ?? undefined),
    ...votesOf(outcome),
    ...optional('note', noteOf(outcome)),
  };
}

function individualList(sources: ProposalSources, titleId: TitleId): IndividualProposal[] {
  if (isCluster(sources)) return passedCandidates(sources, titleId).map((c) => clusterIndividual(sources, c));
  const scores = new Map(sources.scoring.people.map((p) => [p.personId, p.yearTotal]));
  return passedCandidates(sources, titleId).map((c) => {
    const person = sources.roster.person(c.id);
    const outcome = sources.outcomes.get(keyOf(c));
    return {
      fullName: person?.fullName ?? c.name,
      position: person?.position ?? '',
      teamName: person ? sources.roster.teamName(person.teamId) : '',
      ...optional('awardForm', sources.settings.awardForms?.[titleId]),
      ...optional('score', scores.get(c.id)),
      ...votesOf(outcome),
      ...optional('note', noteOf(outcome)),
    };
  });
}

function collectiveList(sources: ProposalSources, titleId: TitleId): CollectiveProposal[] {
  if (isCluster(sources)) return passedCandidates(sources, titleId).map((c) => clusterCollective(sources, c));
  const { roster, schoolCase } = sources;
  const means = new Map(sources.scoring.teams.map((t) => [t.teamId, t.mean ?? undefined]));
  return passedCandidates(sources, titleId).map((c) => {
    const team = roster.team(c.id);
    const outcome = sources.outcomes.get(keyOf(c));
    // A candidate that is no tổ is the school itself (TTLĐXS of the unit): led by the principal.
    return {
      name: team?.name ?? c.name,
      leaderName: team ? roster.leaderName(team.id) : (schoolCase.roster.info.principalName ?? ''),
      memberCount: team ? roster.members(team.id).length : schoolCase.roster.staff.length,
      ...optional('awardForm', sources.settings.awardForms?.[titleId]),
      ...optional('score', team ? means.get(team.id) : undefined),
      ...votesOf(outcome),
      ...optional('note', noteOf(outcome)),
    };
  });
}

export interface ProposalLists {
  individual: Partial<Record<IndividualTitleId, IndividualProposal[]>>;
  collective: Partial<Record<CollectiveTitleId, CollectiveProposal[]>>;
}

/** True when at least one candidate for the title has a result (passed or failed) to print. */
function decided(sources: ProposalSources, titleId: TitleId): boolean {
  return candidatesFor(sources, titleId).some((c) => {
    const status = sources.outcomes.get(keyOf(c))?.tally.status;
    return status === 'passed' || status === 'failed';
  });
}

/**
 * Lists for every title the council has results for. A title nobody stood for, or whose count has not
 * decided anyone yet, is left out: its paper then says the data is missing rather than "no one".
 */
export function proposalLists(sources: ProposalSources): ProposalLists {
  const lists: ProposalLists = { individual: {}, collective: {} };
  const titles = new Set((sources.schoolCase.votes?.meeting.candidates ?? []).map((c) => c.titleId));
  for (const titleId of [...titles].filter((t) => decided(sources, t))) {
    if (TITLES[titleId].scope === 'individual') {
      lists.individual[titleId as IndividualTitleId] = individualList(sources, titleId);
    } else {
      lists.collective[titleId as CollectiveTitleId] = collectiveList(sources, titleId);
    }
  }
  return lists;
}
