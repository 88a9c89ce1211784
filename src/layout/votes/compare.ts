/**
 * The check that shows any disagreement between the ballot log and the counts on "Kiểm phiếu": the log is
 * replayed by the domain and every figure the sheet computed is compared with it, cell by cell. A hand
 * edit, a formula overwritten, or a log longer than the formulas read all show up here.
 */
import { parseCellAddress } from '../a1';
import type { CellValue } from '../grid';
import type { DomainIssue } from '../../domain/issues';
import { TITLES } from '../../domain/titles';
import { tallyMeeting, type Meeting, type RuleProfile } from '../../domain/votes';
import type { CountSheetMap } from './count-sheet';
import { NO, RESULT_LABELS, YES } from './labels';
import { readBallotLog } from './log-read';
import { BALLOT_LOG_SHEET, LOG_FIRST_DATA_ROW } from './log-sheet';

function valueAt(values: CellValue[][], address: string): CellValue {
  const { row, col } = parseCellAddress(address);
  return values[row]?.[col] ?? null;
}

/** The breaks the count sheet's STT cell can see (it cannot see check values or the seal). */
const STT_REASONS = new Set(['blank-row', 'no-stt', 'duplicate', 'out-of-order', 'gap']);

const shown = (v: CellValue): string => (v === null || v === '' ? '(trống)' : String(v));

export function compareLogWithCounts(
  logValues: CellValue[][],
  countValues: CellValue[][],
  map: CountSheetMap,
  profile: RuleProfile,
  meeting: Meeting,
  options: { logSheetName?: string; logCapacity?: number } = {},
): DomainIssue[] {
  const logSheet = options.logSheetName ?? BALLOT_LOG_SHEET;
  const read = readBallotLog(logValues, meeting, logSheet);
  const issues: DomainIssue[] = [...read.issues];
  const tally = tallyMeeting(profile, meeting, read.state);

  if (options.logCapacity !== undefined) {
    const lastRead = LOG_FIRST_DATA_ROW + options.logCapacity - 1;
    const beyond = read.rows.filter((r) => r > lastRead).length;
    if (beyond > 0) {
      issues.push({
        code: 'vote.compare.log-beyond-capacity',
        severity: 'error',
        message: `${beyond} dòng cuối của ${logSheet} nằm ngoài ${options.logCapacity} dòng mà sheet ${map.sheetName} đọc; hãy tạo lại sheet ${map.sheetName} để mở rộng phạm vi.`,
        location: { sheet: logSheet, address: `A${lastRead + 2}` },
      });
    }
  }

  const differs = (address: string, what: string, expected: number | string) => {
    const actual = valueAt(countValues, address);
    const same =
      typeof expected === 'number' ? typeof actual === 'number' && actual === expected : actual === expected;
    if (!same) {
      issues.push({
        code: 'vote.compare.mismatch',
        severity: 'error',
        message: `Ô ${address} của ${map.sheetName} (${what}) ghi ${shown(actual)}, nhưng tính lại từ ${logSheet} được ${expected}; hãy kiểm tra các dòng nhật ký hoặc tạo lại sheet ${map.sheetName}.`,
        location: { sheet: map.sheetName, address },
      });
    }
  };

  differs(map.quorumMet, 'đủ túc số', tally.quorum.met ? YES : NO);
  const sttBroken = read.broken.some((b) => STT_REASONS.has(b.reason));
  differs(map.logContinuous, 'nhật ký liên tục', sttBroken ? NO : YES);
  for (const roundRow of map.rounds) {
    const r = tally.rounds.find((x) => x.round === roundRow.round);
    if (!r) continue;
    const label = (what: string) => `${what} vòng ${r.round}`;
    differs(roundRow.cells.returned, label('phiếu thu vào'), r.returned);
    differs(roundRow.cells.valid, label('phiếu hợp lệ'), r.valid);
    differs(roundRow.cells.invalid, label('phiếu không hợp lệ'), r.invalid);
    differs(roundRow.cells.written, label('phiếu văn bản'), r.written);
    differs(roundRow.cells.remaining, label('phiếu chưa kiểm'), r.remaining);
  }
  for (const row of map.candidates) {
    const c = tally.rounds.find((x) => x.round === row.round)?.candidates.find((x) => x.key === row.key);
    if (!c) continue;
    const who = `${c.candidate.name}, ${TITLES[c.titleId].shortLabel}, vòng ${row.round}`;
    differs(row.cells.agree, `đồng ý – ${who}`, c.agree);
    differs(row.cells.disagree, `không đồng ý – ${who}`, c.disagree);
    differs(row.cells.blank, `để trống – ${who}`, c.blank);
    differs(row.cells.base, `cơ sở tính – ${who}`, c.base);
    differs(row.cells.result, `kết quả – ${who}`, RESULT_LABELS[c.status]);

    const agree = valueAt(countValues, row.cells.agree);
    const disagree = valueAt(countValues, row.cells.disagree);
    const blank = valueAt(countValues, row.cells.blank);
    if (typeof agree === 'number' && typeof disagree === 'number' && typeof blank === 'number' && blank < 0) {
      issues.push({
        code: 'vote.compare.above-valid',
        severity: 'error',
        message: `${who}: đồng ý ${agree} + không đồng ý ${disagree} vượt quá số phiếu hợp lệ (thiếu ${-blank}); hãy kiểm tra kết quả đếm trong ${logSheet}.`,
        location: { sheet: map.sheetName, address: row.cells.blank },
      });
    }
  }
  return issues;
}
