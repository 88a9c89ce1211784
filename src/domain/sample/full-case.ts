/**
 * The sample school as a whole case: seed 000's scores, its registered targets, registrations, hồ sơ xét
 * and a council meeting set up with candidates (no ballot entered yet), for the preview, the CLI demo and
 * the tests.
 */
import type { SchoolCase } from '../case/types';
import { evaluateScoring } from '../scoring/evaluate';
import { seed000Targets } from '../targets/seed000';
import { TARGET_PROFILES } from '../targets/profiles';
import type { PersonRecord, Registration } from '../targets/types';
import type { PerformanceRating } from '../titles';
import { candidateKey } from '../votes/meeting';
import { ND_91_2017_PROFILE } from '../votes/profiles';
import type { Candidate, Meeting } from '../votes/types';
import { sampleSchoolCase } from './case';
import { mulberry32 } from './prng';
import type { SampleScoreOptions } from './scores';

const RATING_BY_BAND: Record<string, PerformanceRating> = {
  HTXSNV: 'HTXSNV',
  HTTNV: 'HTTNV',
  HTNV: 'HTNV',
  KHTNV: 'KHTNV',
};

export function sampleFullCase(options: SampleScoreOptions = {}): SchoolCase {
  const { roster, config, scores } = sampleSchoolCase(options);
  const scoring = evaluateScoring(roster, config, scores);
  const random = mulberry32((options.seed ?? 2020) + 7);
  const byTotal = [...scoring.people].sort((a, b) => b.yearTotal - a.yearTotal);

  // Seed 000: all 61 register LĐTT, the best twelve CSTĐCS, every tổ TTLĐTT, the school TTLĐXS.
  const cstdcsRegistered = new Set(byTotal.slice(0, 12).map((p) => p.personId));
  const registrations: Registration[] = [
    ...roster.staff.map((p): Registration => ({ subject: { kind: 'person', id: p.id }, titleId: 'LDTT' })),
    ...[...cstdcsRegistered].map((id): Registration => ({
      subject: { kind: 'person', id },
      titleId: 'CSTDCS',
    })),
    ...roster.teams.map((t): Registration => ({ subject: { kind: 'team', id: t.id }, titleId: 'TTLDTT' })),
    { subject: { kind: 'school' }, titleId: 'TTLDXS' },
  ];
  const records: PersonRecord[] = scoring.people.map((p) => ({
    personId: p.personId,
    rating: RATING_BY_BAND[p.bandId ?? ''] ?? 'HTNV',
    ...(cstdcsRegistered.has(p.personId) && random() < 0.7
      ? { initiatives: { count: 1, highestLevel: 'co-so' as const } }
      : {}),
  }));

  const candidates: Candidate[] = [
    ...byTotal
      .filter((p) => p.bandId === 'HTXSNV' || p.bandId === 'HTTNV')
      .slice(0, 6)
      .map((p): Candidate => ({
        titleId: 'CSTDCS',
        id: p.personId,
        name: roster.staff.find((s) => s.id === p.personId)?.fullName ?? p.personId,
      })),
  ];
  const meeting: Meeting = {
    body: 'allStaff',
    totalMembers: roster.staff.length,
    present: 41,
    form: 'secret',
    candidates,
    countingRule: 'invalid',
    rounds: [{ round: 1, issued: 41, candidateKeys: candidates.map((c) => candidateKey(c.titleId, c.id)) }],
    tellers: [
      { name: roster.staff[3].fullName, role: 'Trưởng ban' },
      { name: roster.staff[10].fullName, role: 'Thành viên' },
      { name: roster.staff[20].fullName, role: 'Thành viên' },
    ],
    date: '2021-05-25',
  };

  return {
    roster,
    scoring: { config, inputs: scores },
    targets: { profile: TARGET_PROFILES['luat-2003'], targets: seed000Targets(), registrations, records },
    votes: { profile: ND_91_2017_PROFILE, meeting, events: [] },
  };
}
