/** Turns the friendly JSON form into the full case, applying the documented defaults. */
import type { DomainIssue } from '../issues';
import { BUILT_IN_ROLES } from '../school/types';
import type { SchoolRoster } from '../school/types';
import { SCHOOL_LEVELS } from '../school/units';
import { describePerson } from '../scoring/describe';
import { samplePhongConfig } from '../sample/phong';
import { defaultScoringConfig, seed000Rounds } from '../scoring/default-config';
import type { ScoringConfig } from '../scoring/types';
import { scoreInputsFromTable, scoreTableFromInputs } from '../scoring/score-table';
import { defaultTargetProfileFor } from '../targets/default-profile';
import { TARGET_PROFILES } from '../targets/profiles';
import { BUILT_IN_PROFILES, findBuiltInProfile } from '../votes/profiles';
import type { CaseFileHistoryEntry, SchoolCaseFile } from './file-format';
import { mergeHistories } from '../history/lookup';
import { schoolYearLabel } from '../history/title-text';
import type { TitleHistory } from '../history/types';
import type { SchoolCase } from './types';

export interface CaseFromFileOptions {
  /**
   * Keep the score table as a table (SchoolCase.scoring.table) instead of one input per value: evaluating
   * a large school is then much faster, but only evaluateCase reads the table. Off by default, so any code
   * that reads `scoring.inputs` sees every value.
   */
  keepScoreTable?: boolean;
}

/** A school's file without criteria: the built-in 100-point set of seed 000, over its rounds. */
function staffStarterConfig(file: SchoolCaseFile): ScoringConfig {
  return defaultScoringConfig(file.scoring?.rounds ?? seed000Rounds());
}

/**
 * A Phòng's file without criteria (the roster `thidua gather --danh-sach-truong` writes): the teachers' set
 * would score schools on lesson plans, so the Phòng starts from the sample Phòng set, over its own school
 * year, and is told to put its own criteria in.
 */
function phongStarterConfig(file: SchoolCaseFile, issues: DomainIssue[]): ScoringConfig {
  const sample = samplePhongConfig();
  const yearRound = { ...sample.rounds[0], start: file.school.yearStart, end: file.school.yearEnd };
  issues.push({
    code: 'case.phong-sample-criteria',
    severity: 'warning',
    message: `Hồ sơ của Phòng chưa có bộ tiêu chí chấm điểm các trường ("scoring.config"): đã dùng bộ tiêu chí mẫu (${sample.criteria.length} tiêu chí, không lấy từ văn bản nào). Hãy thay bằng bộ tiêu chí của Phòng trên trang Tiêu chí hoặc trong hồ sơ trước khi chấm.`,
  });
  return { ...sample, rounds: file.scoring?.rounds ?? [yearRound] };
}

/** One entry per person and year: a repeated pair keeps every title either entry gives, and says so. */
function historyFromFile(entries: readonly CaseFileHistoryEntry[], issues: DomainIssue[]): TitleHistory {
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.personId}\u0000${entry.year}`;
    if (seen.has(key)) {
      issues.push({
        code: 'case.history-repeated',
        severity: 'info',
        message: `"history" ghi hai lần mã ${entry.personId} năm học ${schoolYearLabel(entry.year)}: đã gộp danh hiệu của cả hai dòng.`,
      });
    }
    seen.add(key);
  }
  return mergeHistories(entries.map((entry) => ({ ...entry, titles: [...entry.titles] })));
}

export function caseFromFile(
  file: SchoolCaseFile,
  options: CaseFromFileOptions = {},
): { schoolCase?: SchoolCase; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const schools = file.unitKind === 'school';
  const config =
    file.scoring?.config ?? (schools ? phongStarterConfig(file, issues) : staffStarterConfig(file));
  const table = file.scoring?.table;
  const listed = file.scoring?.inputs ?? [];
  const scoring: SchoolCase['scoring'] = !table
    ? { config, inputs: listed }
    : options.keepScoreTable
      ? { config, inputs: listed, table }
      : { config, inputs: [...scoreInputsFromTable(table), ...listed] };
  const roster: SchoolRoster = {
    ...(schools ? { unitKind: 'school' as const } : {}),
    info: file.school,
    roles: file.roles ?? (schools ? SCHOOL_LEVELS : BUILT_IN_ROLES),
    teams: file.teams,
    staff: file.staff,
  };
  // A person's gender is printed on the lists sent up; only a school (a Phòng's unit) has none.
  if (!schools) {
    for (const person of file.staff) {
      if (person.gender !== undefined) continue;
      issues.push({
        code: 'case.missing-gender',
        severity: 'error',
        message: `${describePerson(person)} chưa có giới tính ("gender": "nam" hoặc "nữ"), cần cho các danh sách gửi lên. Nếu hồ sơ này là của Phòng chấm điểm các trường, hãy thêm "unitKind": "school".`,
      });
    }
  }
  const schoolCase: SchoolCase = { roster, scoring };
  if (file.history) schoolCase.history = historyFromFile(file.history, issues);
  if (file.targets) {
    const t = file.targets;
    // No profile named: the law in force for the school year (a year straddling a change says so).
    let profileId = t.profileId;
    if (profileId === undefined) {
      const chosen = defaultTargetProfileFor(file.school.yearStart, file.school.yearEnd);
      profileId = chosen.profileId;
      issues.push(...chosen.issues);
    }
    schoolCase.targets = {
      profile: TARGET_PROFILES[profileId],
      targets: t.targets ?? [],
      registrations: t.registrations ?? [],
      records: t.records ?? [],
      unitRecords: t.unitRecords,
      proposals: t.proposals,
      approvals: t.approvals,
      manualResults: t.manualResults,
    };
  }
  if (file.votes) {
    const profile = findBuiltInProfile(file.votes.profileId);
    if (!profile) {
      issues.push({
        code: 'case.unknown-vote-profile',
        severity: 'error',
        message: `Không có quy chế bỏ phiếu mã "${file.votes.profileId}". Hãy dùng một trong: ${BUILT_IN_PROFILES.map((p) => p.id).join(', ')}.`,
      });
      return { issues };
    }
    schoolCase.votes = { profile, meeting: file.votes.meeting, events: file.votes.events ?? [] };
  }
  return { schoolCase, issues };
}

/** The scores as the file writes them: a table, plus the few inputs a table cannot hold. */
function scoringToFile(scoring: SchoolCase['scoring']): NonNullable<SchoolCaseFile['scoring']> {
  const { config } = scoring;
  if (scoring.table) {
    return { config, table: scoring.table, ...(scoring.inputs.length > 0 ? { inputs: scoring.inputs } : {}) };
  }
  const { table, rest } = scoreTableFromInputs(config, scoring.inputs);
  return { config, table, ...(rest.length > 0 ? { inputs: rest } : {}) };
}

/** The inverse, for `thidua demo --json` and round trips: ids for profiles, the scores as a table. */
export function caseToFile(schoolCase: SchoolCase): SchoolCaseFile {
  const { roster } = schoolCase;
  return {
    version: 1,
    ...(roster.unitKind === 'school' ? { unitKind: 'school' as const } : {}),
    school: roster.info,
    ...(schoolCase.history
      ? { history: schoolCase.history.map(({ personId, year, titles }) => ({ personId, year, titles })) }
      : {}),
    teams: roster.teams,
    roles: roster.roles,
    staff: roster.staff,
    scoring: scoringToFile(schoolCase.scoring),
    ...(schoolCase.targets
      ? {
          targets: {
            profileId: schoolCase.targets.profile.id,
            targets: schoolCase.targets.targets,
            registrations: schoolCase.targets.registrations,
            records: schoolCase.targets.records,
            ...(schoolCase.targets.unitRecords ? { unitRecords: schoolCase.targets.unitRecords } : {}),
            ...(schoolCase.targets.proposals ? { proposals: schoolCase.targets.proposals } : {}),
            ...(schoolCase.targets.approvals ? { approvals: schoolCase.targets.approvals } : {}),
            ...(schoolCase.targets.manualResults ? { manualResults: schoolCase.targets.manualResults } : {}),
          },
        }
      : {}),
    ...(schoolCase.votes
      ? {
          votes: {
            profileId: schoolCase.votes.profile.id,
            meeting: schoolCase.votes.meeting,
            events: schoolCase.votes.events,
          },
        }
      : {}),
  };
}
