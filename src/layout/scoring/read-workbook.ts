/**
 * The workbook is the database: the school, its scoring settings and every typed score are read back from
 * the values of the sheets buildScoringWorkbook wrote, with no map or config kept beside it.
 *
 *   "Quy chế"   school, total points, levels, rounds (+ months), bands, roles, tổ, sheet names
 *   "Danh sách" staff      "Tiêu chí" sections and criteria
 * then the map is rebuilt by the builders' own layout (scoringWorkbookMap) from what was read and the recorded sheet names, the
 * scoring sheets are checked against it, and the scores are read (readScoringInputs).
 *
 * Read back exactly, except (the normalisation the round-trip tests apply):
 * - text is NFC without outer spaces; a blank principal is no principal;
 * - levels come in the order self, team, council; criteria in the order of "Tiêu chí" (by section), a
 *   duplicated criterion or section id keeps its first; a step only for deductions, a floor never for
 *   bonuses (the sheet has no place for them);
 * - inputs are those the sheets hold (applicable criteria of known people and periods), with their cells;
 * - "Quy chế" entries of other areas (votes, targets) are not in the rebuilt map's Quy chế layout.
 * A floor added on "Tiêu chí" after the template was built is read (the domain applies it) although the
 * sheets' floors-met formulas do not test it: readScoringSettings, which knows the built config, warns.
 */
import type { DomainIssue } from '../../domain/issues';
import type { ScoreInput, ScoringConfig } from '../../domain/scoring/types';
import type { SchoolRoster } from '../../domain/school/types';
import type { CellValue } from '../grid';
import type { QuyCheEntryCell } from '../quy-che/read';
import { cellText, textKey } from './cell-reader';
import { checkScoreSheets } from './check-score-sheets';
import type { ScoringWorkbookMap } from './map';
import { BASE_SHEET_NAMES, chooseSheetNames, periodLabel, scoringPeriods, workbookNames } from './names';
import type { ScoringSheetNames } from './names';
import { periodSheetKey, SHEET_KEYS } from './quy-che-scoring';
import { readCriteriaSheet } from './read-criteria';
import { readScoringInputs } from './read-inputs';
import { hasScoringSettings, readQuyCheScoring } from './read-quy-che-scoring';
import { readStaffSheet } from './read-staff';
import { relocateRows } from './summary-rows';
import { buildScoringWorkbook } from './workbook';
import { scoringWorkbookMap } from './workbook-map';

export interface ReadScoringWorkbookOptions {
  /** The "Quy chế" of the template to read when the workbook holds several ("Quy chế (2)"). */
  quyCheSheet?: string;
}

export interface ScoringWorkbookContents {
  roster: SchoolRoster;
  config: ScoringConfig;
  map: ScoringWorkbookMap;
  inputs: ScoreInput[];
  issues: DomainIssue[];
}

/** The sheet's name as the workbook spells it: Excel compares sheet names without case. */
function findSheet(sheets: Record<string, CellValue[][]>, name: string): string | undefined {
  if (sheets[name]) return name;
  return Object.keys(sheets).find((candidate) => textKey(candidate) === textKey(name));
}

function nothingRead(issue: DomainIssue): ScoringWorkbookContents {
  const roster: SchoolRoster = {
    info: { name: '', schoolYear: '', parentBody: '', place: '', yearStart: '', yearEnd: '' },
    roles: [],
    teams: [],
    staff: [],
  };
  const config: ScoringConfig = {
    totalPoints: 100,
    sections: [],
    criteria: [],
    rounds: [],
    bands: [],
    levels: [],
  };
  return { roster, config, map: buildScoringWorkbook(roster, config, []).map, inputs: [], issues: [issue] };
}

function quyCheMissing(sheets: Record<string, CellValue[][]>, wanted: string): ScoringWorkbookContents {
  const others = Object.keys(sheets).filter((name) =>
    textKey(name).startsWith(textKey(BASE_SHEET_NAMES.quyChe)),
  );
  const hint =
    others.length > 0
      ? ` Sổ có ${others.map((name) => `trang "${name}"`).join(', ')}: nếu đó là trang Quy chế của mẫu cần đọc, hãy chọn trang đó.`
      : '';
  return nothingRead({
    code: 'workbook.quy-che-missing',
    severity: 'error',
    message: `Không tìm thấy trang "${wanted}" trong sổ: sổ này không phải do Thi Đua tạo, hoặc trang "${wanted}" đã bị xóa hay đổi tên, nên không đọc được danh sách, tiêu chí và điểm.${hint} Hãy mở đúng sổ thi đua, đổi tên trang về "${wanted}", hoặc tạo mẫu mới.`,
  });
}

export function readScoringWorkbook(
  sheets: Record<string, CellValue[][]>,
  options: ReadScoringWorkbookOptions = {},
): ScoringWorkbookContents {
  const wanted = options.quyCheSheet ?? BASE_SHEET_NAMES.quyChe;
  const quyChe = findSheet(sheets, wanted);
  if (quyChe === undefined) return quyCheMissing(sheets, wanted);
  if (!hasScoringSettings(sheets[quyChe])) {
    return nothingRead({
      code: 'workbook.not-thi-dua',
      severity: 'error',
      message: `Trang "${quyChe}" không có các thiết lập chấm điểm của Thi Đua (cột A không có khóa school.name hay scoring.totalPoints): sổ này không phải do Thi Đua tạo nên không được đọc. Hãy mở đúng sổ thi đua hoặc tạo mẫu mới.`,
      location: { sheet: quyChe, address: 'A1' },
    });
  }
  const settings = readQuyCheScoring(sheets[quyChe], quyChe);
  const issues: DomainIssue[] = [...settings.issues];

  // Sheet names: as recorded on "Quy chế", else the names a first template gets.
  const kind = settings.unitKind;
  const schools = kind === 'school';
  const defaults = chooseSheetNames({ rounds: settings.rounds }, [], kind);
  const labels = scoringPeriods({ rounds: settings.rounds }).map(({ round, month }) =>
    periodLabel(round, month),
  );
  const missing = new Set<string>();
  const resolve = (key: string, fallback: string, what: string): string => {
    const entry: QuyCheEntryCell | undefined = settings.sheetEntries.get(key);
    const recorded = entry && cellText(entry.value) !== '' ? cellText(entry.value) : fallback;
    const found = findSheet(sheets, recorded);
    if (found !== undefined) return found;
    missing.add(recorded);
    const where = entry ? ` ghi ở ô ${entry.address} trang "${quyChe}"` : '';
    issues.push({
      code: 'workbook.sheet-missing',
      severity: 'error',
      message: `Không tìm thấy trang "${recorded}" (${what})${where}, nên không đọc được trang này. Nếu đã đổi tên trang, hãy ghi tên mới vào ${entry ? 'ô đó' : `một dòng khóa ${key} trên trang "${quyChe}"`}; nếu đã xóa trang, hãy tạo lại mẫu.`,
      ...(entry ? { location: { sheet: quyChe, address: entry.address } } : {}),
    });
    return recorded;
  };
  const sheetNames: ScoringSheetNames = {
    quyChe,
    staff: resolve(SHEET_KEYS.staff, defaults.staff, schools ? 'danh sách các trường' : 'danh sách cán bộ'),
    criteria: resolve(SHEET_KEYS.criteria, defaults.criteria, 'tiêu chí chấm điểm'),
    periods: defaults.periods.map((name, i) =>
      resolve(periodSheetKey(i + 1), name, `chấm điểm ${labels[i]}`),
    ),
    yearSummary: defaults.yearSummary,
    teamSummary: defaults.teamSummary,
  };
  // The summaries hold no input: their names are taken as recorded, without asking for the sheets.
  for (const key of ['yearSummary', 'teamSummary'] as const) {
    const entry = settings.sheetEntries.get(SHEET_KEYS[key]);
    if (entry && cellText(entry.value) !== '') sheetNames[key] = cellText(entry.value);
  }

  const staff = sheets[sheetNames.staff]
    ? readStaffSheet(sheets[sheetNames.staff], sheetNames.staff, settings.roles, settings.teams, kind)
    : { staff: [], issues: [] };
  const criteria = sheets[sheetNames.criteria]
    ? readCriteriaSheet(sheets[sheetNames.criteria], sheetNames.criteria, settings.roles)
    : { sections: [], criteria: [], issues: [] };
  issues.push(...staff.issues, ...criteria.issues);

  const roster: SchoolRoster = {
    ...(schools ? { unitKind: kind } : {}),
    info: settings.info,
    roles: settings.roles,
    teams: settings.teams,
    staff: staff.staff,
  };
  const config: ScoringConfig = {
    totalPoints: settings.totalPoints,
    sections: criteria.sections,
    criteria: criteria.criteria,
    rounds: settings.rounds,
    bands: settings.bands,
    levels: settings.levels,
  };
  // The map alone: building every formula only to find the cells took seconds for a large school.
  const map = scoringWorkbookMap(
    roster,
    config,
    sheetNames,
    settings.workbookNames ?? workbookNames([], false),
  );

  const checked = checkScoreSheets(sheets, map);
  issues.push(...checked.issues);
  // A missing scoring sheet was reported above, with the "Quy chế" cell that names it.
  const read = readScoringInputs(sheets, {
    ...map,
    scoreSheets: map.scoreSheets.filter(
      (sheet) => !checked.mismatched.has(sheet.sheetName) && !missing.has(sheet.sheetName),
    ),
  });
  issues.push(...read.issues);
  // The map points at the rows where each person is now (found by key), so a cell selected or written
  // for a person after the user sorted a sheet is that person's.
  for (const sheet of map.scoreSheets) {
    const found = read.rows.get(sheet.sheetName);
    if (found) sheet.rows = Object.fromEntries(found);
  }
  relocateRows(sheets, map);
  return { roster, config, map, inputs: read.inputs, issues };
}
