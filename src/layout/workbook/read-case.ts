/**
 * Reads a school's whole case back from a workbook's values (from Excel or from an .xlsx file): the
 * scoring sheets first, then the targets' and the vote's sheets when they exist. Nothing is guessed:
 * every cell that cannot be read becomes an issue that names it.
 */
import type { SchoolCase } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import { defaultTargetProfileFor } from '../../domain/targets';
import type { CellValue } from '../grid';
import type { SheetRole, WorkbookName } from '../owner-markers';
import { locateQuyCheEntries, QUY_CHE_COLUMNS, QUY_CHE_SHEET, readQuyCheEntries } from '../quy-che';
import { readScoringWorkbook, type ScoringWorkbookMap } from '../scoring';
import { periodSheetKey, SHEET_KEYS } from '../scoring/quy-che-scoring';
import {
  CHI_TIEU_SHEET,
  DANG_KY_SHEET,
  readRegistrationSheet,
  readTargetSettings,
  readTargets,
  TARGET_SETTING_KEYS,
} from '../targets';
import { BALLOT_LOG_SHEET, COUNT_SHEET, MINUTES_SHEET, readBallotLog, readVoteSettings } from '../votes';
import { planSheets } from './sheet-plan';
import { LICH_SU_SHEET, readHistorySheet } from '../history';

/** The scoring reader's verdict that this is not (or no longer) a Thi Đua workbook. */
const NOT_THI_DUA = new Set(['workbook.quy-che-missing', 'workbook.not-thi-dua']);

export interface ReadCaseResult {
  schoolCase: SchoolCase;
  scoring: ScoringWorkbookMap;
  /** Names of the targets' and vote's sheets found (by owner marker first), for writing back to them. */
  sheets: {
    targets?: string;
    registration?: string;
    ballotLog?: string;
    count?: string;
    minutes?: string;
    history?: string;
  };
  issues: DomainIssue[];
}

/** What a read of the workbook carries besides the sheets' values. */
export interface CaseWorkbookContext {
  /** The workbook's names: the owner markers among them say which sheet is which. */
  names?: readonly WorkbookName[];
}

/** The scoring sheets recorded on "Quy chế" under these keys; their role markers win over the recorded text. */
function scoringRoleKeys(quyChe: CellValue[][]): [SheetRole, string][] {
  const keys: [SheetRole, string][] = [
    ['staff', SHEET_KEYS.staff],
    ['criteria', SHEET_KEYS.criteria],
    ['yearSummary', SHEET_KEYS.yearSummary],
    ['teamSummary', SHEET_KEYS.teamSummary],
  ];
  const periods = [...locateQuyCheEntries(quyChe).keys()].filter((key) => key.startsWith('sheet.period.'));
  for (let n = 1; n <= periods.length; n++) keys.push([`period.${n}`, periodSheetKey(n)]);
  return keys;
}

/**
 * "Quy chế" as the scoring reader should see it: a sheet the user renamed keeps its old name in the cell
 * recording it, but its marker followed it, so the marker's name is put in that cell's place (in this copy).
 */
function withMarkedSheetNames(quyChe: CellValue[][], roles: ReadonlyMap<SheetRole, string>): CellValue[][] {
  const located = locateQuyCheEntries(quyChe);
  let copy: CellValue[][] | undefined;
  for (const [role, key] of scoringRoleKeys(quyChe)) {
    const actual = roles.get(role);
    const entry = located.get(key);
    if (actual === undefined || entry === undefined || entry.value === actual) continue;
    copy ??= quyChe.map((row) => [...(row ?? [])]);
    copy[entry.row][QUY_CHE_COLUMNS.value] = actual;
  }
  return copy ?? quyChe;
}

export function readCaseWorkbook(
  given: Record<string, CellValue[][]>,
  context: CaseWorkbookContext = {},
): ReadCaseResult | { missing: true; issues: DomainIssue[] } {
  const plan = planSheets(Object.keys(given), context.names ?? []);
  const quyCheSheet = plan.find('quyChe', QUY_CHE_SHEET);
  const sheets =
    quyCheSheet === undefined
      ? given
      : { ...given, [quyCheSheet]: withMarkedSheetNames(given[quyCheSheet], plan.ownership.roles) };
  const scoring = readScoringWorkbook(sheets, quyCheSheet === undefined ? {} : { quyCheSheet });
  if (scoring.issues.some((i) => NOT_THI_DUA.has(i.code))) return { missing: true, issues: scoring.issues };
  const issues: DomainIssue[] = [...scoring.issues];
  const schoolCase: SchoolCase = {
    roster: scoring.roster,
    scoring: { config: scoring.config, inputs: scoring.inputs },
  };
  const quyChe = readQuyCheEntries(sheets[scoring.map.sheets.quyChe] ?? []);
  const found: ReadCaseResult['sheets'] = {};

  const targetsSheet = plan.find('targets', CHI_TIEU_SHEET);
  const registrationSheet = plan.find('registration', DANG_KY_SHEET);
  if (Boolean(targetsSheet) !== Boolean(registrationSheet)) {
    const missing = targetsSheet ? DANG_KY_SHEET : CHI_TIEU_SHEET;
    issues.push({
      code: 'workbook.targets-sheet-missing',
      severity: 'warning',
      message: `Không thấy trang "${missing}" nên phần chỉ tiêu không được đọc. Hãy đổi tên trang về "${missing}" nếu đã đổi, hoặc lập lại bảng.`,
    });
  }
  if (targetsSheet && registrationSheet) {
    // A "Quy chế" without a profile cell is read under the law in force for the school year.
    const { info } = scoring.roster;
    const fallback = defaultTargetProfileFor(info.yearStart, info.yearEnd);
    const settings = readTargetSettings(quyChe, undefined, fallback.profileId);
    const named = quyChe.get(TARGET_SETTING_KEYS.profile);
    if (named === undefined || named === null || String(named).trim() === '') issues.push(...fallback.issues);
    const targets = readTargets(sheets[targetsSheet], targetsSheet);
    const registration = readRegistrationSheet(sheets[registrationSheet], registrationSheet);
    issues.push(...settings.issues, ...targets.issues, ...registration.issues);
    schoolCase.targets = {
      profile: settings.profile,
      targets: targets.targets,
      manualResults: targets.manualResults,
      registrations: registration.registrations,
      records: registration.records,
      unitRecords: registration.unitRecords,
    };
    found.targets = targetsSheet;
    found.registration = registrationSheet;
  }

  const hasVoteSettings = [...quyChe.keys()].some((key) => key.startsWith('vote.'));
  const logSheet = plan.find('ballotLog', BALLOT_LOG_SHEET);
  if (hasVoteSettings) {
    const settings = readVoteSettings(quyChe);
    issues.push(...settings.issues);
    const log = logSheet ? readBallotLog(sheets[logSheet], settings.meeting, logSheet) : undefined;
    if (!logSheet) {
      issues.push({
        code: 'workbook.ballot-log-missing',
        severity: 'error',
        message: `Quy chế có thiết lập bỏ phiếu nhưng không thấy trang "${BALLOT_LOG_SHEET}", nơi ghi từng phiếu. Hãy đổi tên trang về "${BALLOT_LOG_SHEET}" nếu đã đổi, hoặc lưu lại thiết lập cuộc họp ở mục Bình xét để tạo lại.`,
      });
    }
    if (log) issues.push(...log.issues);
    schoolCase.votes = { profile: settings.profile, meeting: settings.meeting, events: log?.events ?? [] };
    if (logSheet) found.ballotLog = logSheet;
    const countSheet = plan.find('count', COUNT_SHEET);
    const minutesSheet = plan.find('minutes', MINUTES_SHEET);
    if (countSheet) found.count = countSheet;
    if (minutesSheet) found.minutes = minutesSheet;
  }
  const historySheet = plan.find('history', LICH_SU_SHEET);
  if (historySheet) {
    const read = readHistorySheet(sheets[historySheet], historySheet);
    issues.push(...read.issues);
    schoolCase.history = read.history;
    found.history = historySheet;
  }
  return { schoolCase, scoring: scoring.map, sheets: found, issues };
}
