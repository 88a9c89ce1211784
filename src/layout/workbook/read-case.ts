/**
 * Reads a school's whole case back from a workbook's values (from Excel or from an .xlsx file): the
 * scoring sheets first, then the targets' and the vote's sheets when they exist. Nothing is guessed:
 * every cell that cannot be read becomes an issue that names it.
 */
import type { SchoolCase } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import type { CellValue } from '../grid';
import { readQuyCheEntries } from '../quy-che';
import { readScoringWorkbook, type ScoringWorkbookMap } from '../scoring';
import {
  CHI_TIEU_SHEET,
  DANG_KY_SHEET,
  readRegistrationSheet,
  readTargetSettings,
  readTargets,
} from '../targets';
import { BALLOT_LOG_SHEET, readBallotLog, readVoteSettings } from '../votes';
import { findSheet } from './find-sheet';

/** The scoring reader's verdict that this is not (or no longer) a Thi Đua workbook. */
const NOT_THI_DUA = new Set(['workbook.quy-che-missing', 'workbook.not-thi-dua']);

export interface ReadCaseResult {
  schoolCase: SchoolCase;
  scoring: ScoringWorkbookMap;
  /** Names of the targets' and vote's sheets found, for writing back to them. */
  sheets: { targets?: string; registration?: string; ballotLog?: string };
  issues: DomainIssue[];
}

export function readCaseWorkbook(
  sheets: Record<string, CellValue[][]>,
): ReadCaseResult | { missing: true; issues: DomainIssue[] } {
  const scoring = readScoringWorkbook(sheets);
  if (scoring.issues.some((i) => NOT_THI_DUA.has(i.code))) return { missing: true, issues: scoring.issues };
  const issues: DomainIssue[] = [...scoring.issues];
  const schoolCase: SchoolCase = {
    roster: scoring.roster,
    scoring: { config: scoring.config, inputs: scoring.inputs },
  };
  const quyChe = readQuyCheEntries(sheets[scoring.map.sheets.quyChe] ?? []);
  const found: ReadCaseResult['sheets'] = {};

  const targetsSheet = findSheet(sheets, CHI_TIEU_SHEET);
  const registrationSheet = findSheet(sheets, DANG_KY_SHEET);
  if (Boolean(targetsSheet) !== Boolean(registrationSheet)) {
    const missing = targetsSheet ? DANG_KY_SHEET : CHI_TIEU_SHEET;
    issues.push({
      code: 'workbook.targets-sheet-missing',
      severity: 'warning',
      message: `Không thấy trang "${missing}" nên phần chỉ tiêu không được đọc. Hãy đổi tên trang về "${missing}" nếu đã đổi, hoặc lập lại bảng.`,
    });
  }
  if (targetsSheet && registrationSheet) {
    const settings = readTargetSettings(quyChe);
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
  const logSheet = findSheet(sheets, BALLOT_LOG_SHEET);
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
  }
  return { schoolCase, scoring: scoring.map, sheets: found, issues };
}
