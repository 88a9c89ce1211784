/**
 * Evaluates a whole case the way the workbook's formulas and the pane do: scoring first, then the votes,
 * then the targets, each fed with the results before it (bands and totals into the records, vote decisions
 * into the title statuses).
 */
import type { DomainIssue } from '../issues';
import { evaluateScoring } from '../scoring';
import type { ScoringResult } from '../scoring/types';
import { evaluateVotes } from '../votes';
import type { MeetingTally } from '../votes';
import { evaluateTargets } from '../targets';
import type { PersonRecord, TargetsEvaluation, TitleDecision } from '../targets/types';
import type { SchoolCase } from './types';
import { voteDecisions } from './vote-decisions';

export interface CaseResults {
  scoring: ScoringResult;
  votes?: MeetingTally;
  targets?: TargetsEvaluation;
  /** Every issue of every area, in that order. */
  issues: DomainIssue[];
}

/** `perCriterion: false` gives a scoring summary without per-criterion outcomes (see evaluateScoring). */
export function evaluateCase(schoolCase: SchoolCase, options: { perCriterion?: boolean } = {}): CaseResults {
  const { roster } = schoolCase;
  const { config, inputs, table } = schoolCase.scoring;
  const scoring = evaluateScoring(roster, config, inputs, { table, perCriterion: options.perCriterion });
  const issues: DomainIssue[] = [...scoring.issues];

  let votes: MeetingTally | undefined;
  if (schoolCase.votes) {
    const { profile, meeting, events } = schoolCase.votes;
    // A cụm that lists no units in its meeting has them in its roster: its candidates' schools are checked there.
    const clusterUnits = meeting.body === 'cluster' ? roster.staff.map((unit) => unit.fullName) : undefined;
    const evaluated = evaluateVotes(profile, meeting, events, clusterUnits);
    votes = evaluated.tally;
    issues.push(...evaluated.issues);
  }

  let targets: TargetsEvaluation | undefined;
  if (schoolCase.targets) {
    const t = schoolCase.targets;
    const byPerson = new Map(scoring.people.map((p) => [p.personId, p]));
    // The scoring sheet's band and year total stand in for xếp loại when the record gives none.
    const records: PersonRecord[] = roster.staff.map((person) => {
      const record = t.records.find((r) => r.personId === person.id) ?? { personId: person.id };
      const scored = byPerson.get(person.id);
      return {
        ...record,
        band: record.band ?? scored?.bandId ?? undefined,
        score: record.score ?? scored?.yearTotal ?? undefined,
        hireDate: record.hireDate ?? person.hireDate,
      };
    });
    // A cụm's vote decides on its schools and their people, not on this roster's staff and tổ: its
    // results go up on the cluster's own papers and never become the targets' decisions.
    const ownVote = votes && schoolCase.votes?.meeting.body !== 'cluster' ? votes : undefined;
    const decisions: TitleDecision[] = [...(ownVote ? voteDecisions(ownVote) : []), ...(t.approvals ?? [])];
    targets = evaluateTargets({
      profile: t.profile,
      yearStart: roster.info.yearStart,
      yearEnd: roster.info.yearEnd,
      schoolName: roster.info.name,
      staff: roster.staff,
      teams: roster.teams,
      targets: t.targets,
      registrations: t.registrations,
      records,
      unitRecords: t.unitRecords,
      proposals: t.proposals,
      decisions,
      manualResults: t.manualResults,
      ...(schoolCase.history ? { history: schoolCase.history } : {}),
    });
    issues.push(...targets.flags);
  }
  return { scoring, votes, targets, issues };
}
