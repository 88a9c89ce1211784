/**
 * What the Scores panel shows, computed from what was read and evaluated: per person the round and year
 * totals, band and ranks, which level each criterion's score comes from, what is still blank and every
 * issue about their cells; per tổ the members, mean and rank. Every item carries the cell it is about.
 */
import type { CaseResults } from '../../../domain/case';
import type { CellLocation, DomainIssue } from '../../../domain/issues';
import { orderedLevels } from '../../../domain/scoring';
import type { AssessmentLevel, PersonScoring } from '../../../domain/scoring';
import { parseCellAddress } from '../../../layout/a1';
import {
  findScoreSheet,
  periodTotalLocation,
  scoreCellLocation,
  teamSummaryLocation,
  yearSummaryLocation,
  type ScoringWorkbookMap,
} from '../../../layout/scoring';
import type { ReadCaseResult } from '../../../layout/workbook';
import { searchKey } from './search';

export interface MissingItem {
  periodLabel: string;
  criterionId: string;
  criterionLabel: string;
  /** The criterion's first input cell in the person's row. */
  location?: CellLocation;
}

export type LevelUse = Record<AssessmentLevel | 'none', number>;

export interface CriterionLine {
  criterionId: string;
  label: string;
  level: AssessmentLevel | null;
  score: number | null;
  belowFloor: boolean;
  /** The input cell of the level used, or the first input cell when none is filled in. */
  location?: CellLocation;
}

export interface PeriodLine {
  label: string;
  total: number;
  location?: CellLocation;
  criteria: CriterionLine[];
}

/**
 * How far a person's (or a round's) scoring has come: nothing typed yet, some criteria still blank (the
 * total is only provisional, "tạm tính"), or every criterion scored.
 */
export type ScoreProgress = 'none' | 'partial' | 'complete';

export interface PersonSummary {
  personId: string;
  fullName: string;
  teamId: string;
  teamName: string;
  roleLabel: string;
  yearTotal: number;
  bandId: string | null;
  bandLabel: string;
  rankOverall: number;
  rankInTeam: number | null;
  /** Rank among the units of the same role: the card shows it for a Phòng's schools (within their cấp học). */
  rankInRole: number | null;
  floorsMet: boolean;
  rounds: {
    roundId: string;
    label: string;
    total: number;
    progress: ScoreProgress;
    location?: CellLocation;
  }[];
  progress: ScoreProgress;
  periods: PeriodLine[];
  missing: MissingItem[];
  /** Issues about this person's cells: out of range, not a number, not applicable… */
  problems: DomainIssue[];
  levelUse: LevelUse;
  yearLocation?: CellLocation;
  /** Accent-folded name and code, for the search box. */
  searchKey: string;
}

export interface TeamSummary {
  teamId: string;
  name: string;
  memberCount: number;
  mean: number | null;
  rank: number | null;
  missingCount: number;
  problemCount: number;
  location?: CellLocation;
}

export interface ScoresSummary {
  people: PersonSummary[];
  teams: TeamSummary[];
  /** Issues not about one person's cells (settings, sheets, tổ…). */
  general: DomainIssue[];
}

/** The reader and the domain's checks may both report one cell: keep one issue per code and cell. */
export function uniqueIssues(issues: readonly DomainIssue[]): DomainIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = issue.location
      ? `${issue.code}|${issue.location.sheet}|${issue.location.address}`
      : `${issue.code}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whose row a cell is on: score sheets, "Danh sách" and "Tổng hợp năm" have a row per person. */
export function personRowIndex(map: ScoringWorkbookMap): (location: CellLocation) => string | undefined {
  const bySheet = new Map<string, Map<number, string>>();
  const add = (sheet: string, rows: Record<string, number>) => {
    const index = bySheet.get(sheet) ?? new Map<number, string>();
    for (const [personId, row] of Object.entries(rows)) index.set(row, personId);
    bySheet.set(sheet, index);
  };
  for (const sheet of map.scoreSheets) add(sheet.sheetName, sheet.rows);
  add(map.sheets.staff, map.staffRows);
  add(map.sheets.yearSummary, map.yearSummary.rows);
  return (location) => {
    const index = bySheet.get(location.sheet);
    if (!index) return undefined;
    try {
      return index.get(parseCellAddress(location.address.split(':')[0]).row);
    } catch {
      return undefined;
    }
  };
}

function periodLines(
  map: ScoringWorkbookMap,
  scored: PersonScoring,
  labels: Map<string, string>,
): PeriodLine[] {
  const firstLevel = orderedLevels({ levels: map.levels })[0];
  return scored.rounds.flatMap((round) =>
    round.periods.map((period): PeriodLine => {
      const where = { personId: scored.personId, roundId: period.roundId, monthId: period.monthId };
      return {
        label: findScoreSheet(map, period.roundId, period.monthId)?.label ?? period.roundId,
        total: period.total,
        location: periodTotalLocation(map, scored.personId, period.roundId, period.monthId),
        criteria: period.criteria.map((outcome) => ({
          criterionId: outcome.criterionId,
          label: labels.get(outcome.criterionId) ?? outcome.criterionId,
          level: outcome.level,
          score: outcome.score,
          belowFloor: outcome.belowFloor,
          location: scoreCellLocation(map, {
            ...where,
            criterionId: outcome.criterionId,
            level: outcome.level ?? firstLevel,
          }),
        })),
      };
    }),
  );
}

function progressOf(
  lines: readonly CriterionLine[],
  missing: number,
  bonusIds: ReadonlySet<string>,
): ScoreProgress {
  const scored = lines.some((line) => line.level !== null && !bonusIds.has(line.criterionId));
  if (!scored) return 'none';
  return missing > 0 ? 'partial' : 'complete';
}

/**
 * One rule broken the same way for several roles (one lowered maximum makes every role's sum differ from
 * the total) is said once, naming the roles, not once per role.
 */
export function mergeRoleIssues(issues: readonly DomainIssue[]): DomainIssue[] {
  const groups = new Map<string, { first: DomainIssue; roles: string[] }>();
  const out: (DomainIssue | string)[] = [];
  for (const issue of issues) {
    const match = /^Vai trò "([^"]+)": ([\s\S]*)$/.exec(issue.message);
    if (!match || issue.location) {
      out.push(issue);
      continue;
    }
    const key = `${issue.code}|${match[2]}`;
    const group = groups.get(key);
    if (group) group.roles.push(match[1]);
    else {
      groups.set(key, { first: issue, roles: [match[1]] });
      out.push(key);
    }
  }
  return out.map((item) => {
    if (typeof item !== 'string') return item;
    const { first, roles } = groups.get(item)!;
    if (roles.length === 1) return first;
    const tail = first.message.slice(first.message.indexOf('": ') + 3);
    return { ...first, message: `Các vai trò ${roles.map((r) => `"${r}"`).join(', ')}: ${tail}` };
  });
}

export function summarizeScores(
  read: ReadCaseResult,
  results: CaseResults,
  issues: readonly DomainIssue[],
): ScoresSummary {
  const { roster, scoring } = read.schoolCase;
  const map = read.scoring;
  const config = scoring.config;
  const people = new Map(roster.staff.map((person) => [person.id, person]));
  const teamNames = new Map(roster.teams.map((team) => [team.id, team.name]));
  const roleLabels = new Map(roster.roles.map((role) => [role.id, role.label]));
  const bandLabels = new Map(config.bands.map((band) => [band.id, band.label]));
  const roundLabels = new Map(config.rounds.map((round) => [round.id, round.label]));
  const criterionLabels = new Map(config.criteria.map((criterion) => [criterion.id, criterion.label]));
  const bonusIds = new Set(config.criteria.filter((c) => c.kind === 'bonus').map((c) => c.id));

  const whose = personRowIndex(map);
  const problems = new Map<string, DomainIssue[]>();
  const general: DomainIssue[] = [];
  for (const issue of uniqueIssues(issues)) {
    const personId = issue.location ? whose(issue.location) : undefined;
    if (personId === undefined || !people.has(personId)) general.push(issue);
    else problems.set(personId, [...(problems.get(personId) ?? []), issue]);
  }

  const summaries = results.scoring.people.map((scored): PersonSummary => {
    const person = people.get(scored.personId);
    const fullName = person?.fullName ?? scored.personId;
    const periods = periodLines(map, scored, criterionLabels);
    const levelUse: LevelUse = { self: 0, team: 0, council: 0, none: 0 };
    const missing: MissingItem[] = [];
    const outcomes = scored.rounds.flatMap((round) => round.periods);
    for (const [i, period] of periods.entries()) {
      for (const line of period.criteria) {
        // A blank bonus is no bonus, not a score still to type.
        if (line.level !== null) levelUse[line.level]++;
        else if (!bonusIds.has(line.criterionId)) levelUse.none++;
      }
      for (const criterionId of outcomes[i]?.missing ?? []) {
        const line = period.criteria.find((c) => c.criterionId === criterionId);
        missing.push({
          periodLabel: period.label,
          criterionId,
          criterionLabel: criterionLabels.get(criterionId) ?? criterionId,
          location: line?.location,
        });
      }
    }
    return {
      personId: scored.personId,
      fullName,
      teamId: scored.teamId,
      teamName: teamNames.get(scored.teamId) ?? '',
      roleLabel: person ? (roleLabels.get(person.roleId) ?? person.roleId) : '',
      yearTotal: scored.yearTotal,
      bandId: scored.bandId,
      bandLabel: scored.bandId ? (bandLabels.get(scored.bandId) ?? scored.bandId) : '',
      rankOverall: scored.rankOverall,
      rankInTeam: scored.rankInTeam,
      rankInRole: scored.rankInRole,
      floorsMet: scored.floorsMet,
      rounds: scored.rounds.map((round) => {
        const own = periods.filter((_, i) => outcomes[i]?.roundId === round.roundId);
        const blanks = round.periods.reduce((sum, period) => sum + period.missing.length, 0);
        return {
          roundId: round.roundId,
          label: roundLabels.get(round.roundId) ?? round.roundId,
          total: round.total,
          progress: progressOf(
            own.flatMap((period) => period.criteria),
            blanks,
            bonusIds,
          ),
          location: yearSummaryLocation(map, scored.personId, { roundId: round.roundId }),
        };
      }),
      progress: progressOf(
        periods.flatMap((period) => period.criteria),
        missing.length,
        bonusIds,
      ),
      periods,
      missing,
      problems: problems.get(scored.personId) ?? [],
      levelUse,
      yearLocation: yearSummaryLocation(map, scored.personId, 'yearTotal'),
      searchKey: searchKey(`${fullName} ${scored.personId}`),
    };
  });

  const teams = results.scoring.teams.map((team): TeamSummary => {
    const members = summaries.filter((person) => person.teamId === team.teamId);
    return {
      teamId: team.teamId,
      name: teamNames.get(team.teamId) ?? team.teamId,
      memberCount: team.memberCount,
      mean: team.mean,
      rank: team.rank,
      missingCount: members.reduce((sum, person) => sum + person.missing.length, 0),
      problemCount: members.reduce((sum, person) => sum + person.problems.length, 0),
      location: teamSummaryLocation(map, team.teamId, 'mean'),
    };
  });
  return { people: summaries, teams, general: mergeRoleIssues(general) };
}
