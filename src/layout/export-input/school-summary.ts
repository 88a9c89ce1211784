/**
 * The machine-readable summary of a school's year for the Phòng (DOMAIN.md §8b), computed from the same case
 * and evaluation the papers print, so the summary and the papers always agree.
 */
import type { CaseResults, SchoolCase } from '../../domain/case';
import { signSummary, SUMMARY_FORMAT, SUMMARY_VERSION } from '../../domain/phong';
import type { SignedSummary, SummaryCap, SummaryProposal } from '../../domain/phong';
import { TITLES } from '../../domain/titles';
import { candidateKey } from '../../domain/votes';
import { rosterLookup } from './roster-lookup';
import { titleSummaries } from './summary';
import { latestOutcomes } from './votes-lookup';

function optional<K extends string, V>(key: K, value: V | undefined | null): Partial<Record<K, V>> {
  return value === undefined || value === null ? {} : ({ [key]: value } as Record<K, V>);
}

function capsOf(schoolCase: SchoolCase): SummaryCap[] {
  const cap = schoolCase.targets?.profile.caps.cstdcsOfLdtt;
  return cap ? [{ titleId: 'CSTDCS', ofTitleId: 'LDTT', percent: cap.percent, source: cap.source }] : [];
}

/** `exportedAt` is the export's local date-time (ISO); the caller passes the clock so tests stay exact. */
export function schoolSummaryFromCase(
  schoolCase: SchoolCase,
  results: CaseResults,
  exportedAt: string,
): SignedSummary {
  const { info, staff, teams } = schoolCase.roster;
  const roster = rosterLookup(schoolCase.roster);
  const outcomes = latestOutcomes(results.votes);
  const passedKeys = new Set([...outcomes].filter(([, o]) => o.tally.status === 'passed').map(([k]) => k));
  const candidates = schoolCase.votes?.meeting.candidates ?? [];
  const voted = new Set(candidates.map((c) => c.titleId));
  const scores = new Map(results.scoring.people.map((p) => [p.personId, p.yearTotal]));
  const means = new Map(results.scoring.teams.map((t) => [t.teamId, t.mean]));

  const proposals = candidates
    .filter((c) => passedKeys.has(candidateKey(c.titleId, c.id)))
    .map((c): SummaryProposal => {
      const outcome = outcomes.get(candidateKey(c.titleId, c.id));
      const votes = { ...optional('agree', outcome?.tally.agree), ...optional('base', outcome?.tally.base) };
      if (TITLES[c.titleId].scope === 'individual') {
        const person = roster.person(c.id);
        return {
          titleId: c.titleId,
          code: c.id,
          fullName: person?.fullName ?? c.name,
          ...optional('birthDate', person?.birthDate),
          position: person?.position ?? '',
          // A cụm's teacher is not on its roster of schools: her school is the unit she was proposed with.
          teamName: person ? roster.teamName(person.teamId) : (c.unitName?.normalize('NFC').trim() ?? ''),
          ...votes,
          ...optional('score', scores.get(c.id)),
        };
      }
      const team = roster.team(c.id);
      // A cụm's roster lists schools: a school standing for Cờ thi đua is that school, with its hiệu
      // trưởng and cụm, not the whole workbook; how many staff it has is not in the cụm's workbook.
      const school = team ? undefined : roster.person(c.id);
      if (school) {
        return {
          titleId: c.titleId,
          code: c.id,
          fullName: school.fullName,
          position: school.position ?? '',
          teamName: roster.teamName(school.teamId),
          ...votes,
          ...optional('score', scores.get(c.id)),
        };
      }
      return {
        titleId: c.titleId,
        code: c.id,
        fullName: team?.name ?? c.name,
        position: team ? roster.leaderName(team.id) : (info.principalName ?? ''),
        teamName: team?.name ?? info.name,
        memberCount: team ? roster.members(team.id).length : staff.length,
        ...votes,
        ...optional('score', team ? means.get(team.id) : undefined),
      };
    });

  const counts = results.targets
    ? titleSummaries({ schoolCase, evaluation: results.targets, passed: passedKeys, voted, roster })
    : [];
  const titles = counts.map((t) => ({
    titleId: t.titleId,
    registered: t.school.registered,
    eligible: t.school.eligible,
    approved: t.school.approved,
    ...optional('target', t.school.target),
  }));
  // Without targets the lists still give the approved counts, so the Phòng can add them up.
  for (const titleId of voted) {
    if (titles.some((t) => t.titleId === titleId)) continue;
    const approved = proposals.filter((p) => p.titleId === titleId).length;
    titles.push({ titleId, registered: 0, eligible: 0, approved });
  }

  const scoreRows = results.scoring.people.map((p) => {
    const person = roster.person(p.personId);
    return {
      code: p.personId,
      fullName: person?.fullName ?? p.personId,
      teamName: roster.teamName(p.teamId),
      yearTotal: p.yearTotal,
      band: p.bandId ?? '',
      rankOverall: p.rankOverall,
    };
  });

  return signSummary({
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    school: {
      name: info.name,
      parentBody: info.parentBody,
      place: info.place,
      schoolYear: info.schoolYear,
      staffCount: staff.length,
      teamCount: teams.length,
      ...optional('code', info.code),
      ...optional('level', info.level),
      ...optional('clusterId', info.clusterId),
      ...optional('clusterName', info.clusterName),
    },
    profiles: {
      ...optional('targets', schoolCase.targets?.profile.id),
      ...optional('votes', schoolCase.votes?.profile.id),
    },
    caps: capsOf(schoolCase),
    exportedAt,
    titles,
    proposals,
    results: scoreRows,
  });
}
