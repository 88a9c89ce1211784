/**
 * "Kiểm phiếu": live formulas over "Nhật ký phiếu" and the "Quy chế" names. Per round: issued, returned,
 * valid, invalid, written votes, ballots still out. Per round and candidate: agree / disagree / blank, the
 * base of the title's rule, the percentage (display only), the result decided on whole numbers
 * (agree × 10000 ≥ ROUND(threshold × 100) × base, i.e. agree × 100 ≥ threshold × base), the agree votes still
 * needed and a reason. Ranges over the log are bounded (layout.capacity rows, default 500) — no whole columns.
 */
import { cellAddress, rangeAddress, sheetRef } from '../a1';
import { formulaCell, valueCell, type Cell, type SheetSpec } from '../grid';
import { TITLES } from '../../domain/titles';
import { keyOf, roundCandidates, type CandidateKey, type Meeting } from '../../domain/votes';
import { BASE_LABELS, LOG_KIND_LABELS, LOG_STATUS_LABELS, MARK_TEXT, NO, RESULT_LABELS, YES } from './labels';
import { LOG_COLUMNS, LOG_FIRST_DATA_ROW, type BallotLogLayout } from './log-sheet';
import { VOTE_NAMES } from './names';

export const COUNT_SHEET = 'Kiểm phiếu';

/** Summary cells at the top (0-based rows, value in column B). */
const TOP = {
  profile: 1,
  totalMembers: 2,
  present: 3,
  quorumText: 4,
  quorumMinimum: 5,
  quorumMet: 6,
  quorumSentence: 7,
  logContinuous: 8,
};
const ROUND_HEADER_ROW = 9;

export const ROUND_COLUMNS = {
  round: 0,
  issued: 1,
  returned: 2,
  valid: 3,
  invalid: 4,
  written: 5,
  writtenValid: 6,
  countedByHand: 7,
  closed: 8,
  remaining: 9,
} as const;

export const CANDIDATE_COLUMNS = {
  round: 0,
  title: 1,
  id: 2,
  name: 3,
  ballotAgree: 4,
  writtenAgree: 5,
  agree: 6,
  disagree: 7,
  blank: 8,
  base: 9,
  baseKind: 10,
  threshold: 11,
  percent: 12,
  remaining: 13,
  result: 14,
  needed: 15,
  reason: 16,
  key: 17,
  /** Helper: agree votes needed, before knowing whether the result is still open. */
  neededRaw: 18,
} as const;

export interface CountSheetMap {
  sheetName: string;
  totalMembers: string;
  present: string;
  quorumMet: string;
  quorumSentence: string;
  /** "Có" while the log's STT runs 1, 2, 3… with no gap, repeat or blank row; "Không" (red) otherwise. */
  logContinuous: string;
  profileLabel: string;
  /** Per round: the row (0-based) and the A1 address of each figure. */
  rounds: { round: number; row: number; cells: Record<keyof typeof ROUND_COLUMNS, string> }[];
  /** Per round and candidate, in sheet order. */
  candidates: {
    round: number;
    key: CandidateKey;
    row: number;
    cells: Record<keyof typeof CANDIDATE_COLUMNS, string>;
  }[];
}

const ROUND_HEADERS: Record<keyof typeof ROUND_COLUMNS, string> = {
  round: 'Vòng',
  issued: 'Phát ra',
  returned: 'Thu vào',
  valid: 'Hợp lệ',
  invalid: 'Không hợp lệ',
  written: 'Phiếu văn bản (vắng mặt)',
  writtenValid: 'Phiếu văn bản hợp lệ',
  countedByHand: 'Đếm tay',
  closed: 'Đã kết thúc',
  remaining: 'Còn chưa kiểm',
};

const CANDIDATE_HEADERS: Record<keyof typeof CANDIDATE_COLUMNS, string> = {
  round: 'Vòng',
  title: 'Danh hiệu',
  id: 'Mã',
  name: 'Họ và tên / Tổ',
  ballotAgree: 'Đồng ý (phiếu tại họp)',
  writtenAgree: 'Đồng ý (văn bản)',
  agree: 'Tổng đồng ý',
  disagree: 'Không đồng ý',
  blank: 'Để trống',
  base: 'Cơ sở tính',
  baseKind: 'Tính trên',
  threshold: 'Ngưỡng (%)',
  percent: 'Tỉ lệ đồng ý',
  remaining: 'Phiếu chưa kiểm',
  result: 'Kết quả',
  needed: 'Cần thêm (phiếu)',
  reason: 'Lý do',
  key: 'Mã ứng viên',
  neededRaw: 'Số phiếu cần (phụ)',
};

const mapCells = <K extends string>(columns: Record<K, number>, row: number): Record<K, string> => {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(columns) as K[]) out[k] = cellAddress(row, columns[k]);
  return out;
};

/** Bounded absolute column range on the log, e.g. 'Nhật ký phiếu'!$H$4:$H$503. */
function logColumn(log: BallotLogLayout, col: number): string {
  return logColumnRows(log, col, 0, 0);
}

/** The same range with its first and last rows moved, to compare each row with the one above. */
function logColumnRows(log: BallotLogLayout, col: number, startShift: number, endShift: number): string {
  const first = LOG_FIRST_DATA_ROW + startShift;
  const last = LOG_FIRST_DATA_ROW + log.capacity - 1 + endShift;
  return `${sheetRef(log.sheetName)}!${rangeAddress(first, col, last, col, true)}`;
}

export function buildCountSheet(
  meeting: Meeting,
  log: BallotLogLayout,
  options: { sheetName?: string } = {},
): { sheet: SheetSpec; map: CountSheetMap } {
  const sheetName = options.sheetName ?? COUNT_SHEET;
  const rows: (Cell | undefined)[][] = [];
  const put = (row: number, col: number, cell: Cell) => {
    while (rows.length <= row) rows.push([]);
    rows[row][col] = cell;
  };
  const b = (row: number) => cellAddress(row, 1, true);

  const L = {
    status: logColumn(log, LOG_COLUMNS.status),
    round: logColumn(log, LOG_COLUMNS.round),
    kind: logColumn(log, LOG_COLUMNS.kind),
    valid: logColumn(log, LOG_COLUMNS.valid),
    returned: logColumn(log, LOG_COLUMNS.returned),
    invalid: logColumn(log, LOG_COLUMNS.invalid),
  };
  const active = `${L.status},"${LOG_STATUS_LABELS.active}"`;
  const stt = logColumn(log, LOG_COLUMNS.stt);
  const sttAbove = logColumnRows(log, LOG_COLUMNS.stt, 0, -1);
  const sttBelow = logColumnRows(log, LOG_COLUMNS.stt, 1, 0);
  const K = LOG_KIND_LABELS;

  // Meeting and quorum.
  const num = VOTE_NAMES.quorumNumerator;
  const den = VOTE_NAMES.quorumDenominator;
  const hasQuorum = `AND(ISNUMBER(${num}),ISNUMBER(${den}))`;
  put(0, 0, valueCell('KIỂM PHIẾU BÌNH XÉT THI ĐUA'));
  put(TOP.profile, 0, valueCell('Quy chế'));
  put(TOP.profile, 1, formulaCell(`=${VOTE_NAMES.profileLabel}`));
  put(TOP.totalMembers, 0, valueCell('Tổng số thành viên'));
  put(TOP.totalMembers, 1, formulaCell(`=${VOTE_NAMES.totalMembers}`));
  put(TOP.present, 0, valueCell('Số người có mặt'));
  put(TOP.present, 1, formulaCell(`=${VOTE_NAMES.present}`));
  put(TOP.quorumText, 0, valueCell('Túc số'));
  put(
    TOP.quorumText,
    1,
    formulaCell(`=IF(${hasQuorum},${num}&"/"&${den}&" tổng số thành viên","Không đặt")`),
  );
  put(TOP.quorumMinimum, 0, valueCell('Tối thiểu phải có mặt'));
  put(
    TOP.quorumMinimum,
    1,
    formulaCell(`=IF(${hasQuorum},ROUNDUP(${b(TOP.totalMembers)}*${num}/${den},0),0)`),
  );
  put(TOP.quorumMet, 0, valueCell('Đủ túc số'));
  // As the domain's attendanceValid: 80 present of 61 is no quorum at all, whatever the rule says.
  const total = b(TOP.totalMembers);
  const present = b(TOP.present);
  const attendanceValid = `AND(ISNUMBER(${total}),ISNUMBER(${present}),${total}>=1,${present}>=0,${present}<=${total},INT(${total})=${total},INT(${present})=${present})`;
  put(
    TOP.quorumMet,
    1,
    formulaCell(
      `=IF(NOT(${attendanceValid}),"${NO}",IF(${hasQuorum},IF(${present}*${den}>=${total}*${num},"${YES}","${NO}"),"${YES}"))`,
    ),
  );
  put(TOP.quorumSentence, 0, valueCell('Kết luận'));
  const attendance = `"có mặt "&${b(TOP.present)}&"/"&${b(TOP.totalMembers)}&" người"`;
  put(
    TOP.quorumSentence,
    1,
    formulaCell(
      `=IF(NOT(${attendanceValid}),"Chưa xét được túc số: số người có mặt ("&${present}&") và tổng số thành viên ("&${total}&") không hợp lệ; hãy sửa thiết lập cuộc họp trước khi bỏ phiếu.",IF(${b(TOP.quorumMet)}="${YES}","Đủ túc số: "&${attendance}&".","Không đủ túc số: "&${attendance}&", cần ít nhất "&${b(TOP.quorumMinimum)}&" người; cuộc họp không được xét danh hiệu."))`,
    ),
  );
  // STT runs 1, 2, 3…: the first is 1 (or the log is empty), each filled row is one more than the row
  // above, no number repeats and every row with a kind has an STT. Text in STT makes it an error: "Không".
  put(TOP.logContinuous, 0, valueCell('Nhật ký liên tục (STT)'));
  put(
    TOP.logContinuous,
    1,
    formulaCell(
      `=IFERROR(IF(AND(COUNT(${stt})=MAX(${stt}),COUNTA(${L.kind})=COUNT(${stt}),OR(COUNT(${stt})=0,INDEX(${stt},1)=1),SUMPRODUCT((${sttBelow}<>"")*(${sttBelow}<>${sttAbove}+1))=0),"${YES}","${NO}"),"${NO}")`,
    ),
  );

  // Rounds.
  (Object.keys(ROUND_COLUMNS) as (keyof typeof ROUND_COLUMNS)[]).forEach((k) =>
    put(ROUND_HEADER_ROW, ROUND_COLUMNS[k], valueCell(ROUND_HEADERS[k])),
  );
  const roundRows: CountSheetMap['rounds'] = [];
  meeting.rounds.forEach((setup, i) => {
    const row = ROUND_HEADER_ROW + 1 + i;
    const c = mapCells(ROUND_COLUMNS, row);
    const inRound = `${active},${L.round},${cellAddress(row, ROUND_COLUMNS.round, true)}`;
    put(row, ROUND_COLUMNS.round, valueCell(setup.round));
    put(row, ROUND_COLUMNS.issued, formulaCell(`=${VOTE_NAMES.issued(setup.round)}`));
    put(
      row,
      ROUND_COLUMNS.returned,
      formulaCell(
        `=COUNTIFS(${inRound},${L.kind},"${K.record}")+COUNTIFS(${inRound},${L.kind},"${K.correct}")+SUMIFS(${L.returned},${inRound},${L.kind},"${K.count}")`,
      ),
    );
    put(
      row,
      ROUND_COLUMNS.invalid,
      formulaCell(
        `=COUNTIFS(${inRound},${L.kind},"<>${K.written}",${L.valid},"${NO}")+SUMIFS(${L.invalid},${inRound},${L.kind},"${K.count}")`,
      ),
    );
    put(row, ROUND_COLUMNS.valid, formulaCell(`=${c.returned}-${c.invalid}`));
    put(row, ROUND_COLUMNS.written, formulaCell(`=COUNTIFS(${inRound},${L.kind},"${K.written}")`));
    put(
      row,
      ROUND_COLUMNS.writtenValid,
      formulaCell(`=COUNTIFS(${inRound},${L.kind},"${K.written}",${L.valid},"${YES}")`),
    );
    put(
      row,
      ROUND_COLUMNS.countedByHand,
      formulaCell(`=IF(COUNTIFS(${inRound},${L.kind},"${K.count}")>0,"${YES}","${NO}")`),
    );
    put(
      row,
      ROUND_COLUMNS.closed,
      formulaCell(`=IF(${VOTE_NAMES.closed(setup.round)}="${YES}","${YES}","${NO}")`),
    );
    put(
      row,
      ROUND_COLUMNS.remaining,
      formulaCell(
        `=IF(OR(${c.closed}="${YES}",${c.countedByHand}="${YES}"),0,MAX(0,${c.issued}-${c.returned}))`,
      ),
    );
    roundRows.push({ round: setup.round, row, cells: c });
  });

  // Candidates.
  const candidateHeaderRow = ROUND_HEADER_ROW + meeting.rounds.length + 2;
  (Object.keys(CANDIDATE_COLUMNS) as (keyof typeof CANDIDATE_COLUMNS)[]).forEach((k) =>
    put(candidateHeaderRow, CANDIDATE_COLUMNS[k], valueCell(CANDIDATE_HEADERS[k])),
  );
  const candidateRows: CountSheetMap['candidates'] = [];
  let row = candidateHeaderRow + 1;
  for (const setup of meeting.rounds) {
    const r = roundRows.find((x) => x.round === setup.round)!.cells;
    const abs = (address: string) => address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    // In the log's order (by title, then as added), not the meeting's: the meeting read back from "Quy chế"
    // is by title, so rows that followed the order of adding would belong to other candidates after a read.
    const roundKeys = new Set(roundCandidates(meeting, setup.round).map(keyOf));
    for (const candidate of log.candidates.filter((c) => roundKeys.has(keyOf(c)))) {
      const key = keyOf(candidate);
      const c = mapCells(CANDIDATE_COLUMNS, row);
      const t = candidate.titleId;
      const mark = logColumn(log, log.candidateColumn[key]);
      const disagreeCount = logColumn(log, log.disagreeCountColumn[key]);
      const over = logColumn(log, log.overColumn[t]!);
      const inRound = `${active},${L.round},${cellAddress(row, CANDIDATE_COLUMNS.round, true)}`;
      const written = `${VOTE_NAMES.written(t)}="${YES}"`;
      const ballots = (m: string) =>
        `COUNTIFS(${inRound},${L.kind},"<>${K.written}",${L.valid},"${YES}",${over},"${NO}",${mark},"${m}")`;
      const writtenMarks = (m: string) =>
        `IF(${written},COUNTIFS(${inRound},${L.kind},"${K.written}",${L.valid},"${YES}",${over},"${NO}",${mark},"${m}"),0)`;
      const counted = (range: string) => `SUMIFS(${range},${inRound},${L.kind},"${K.count}")`;
      const validCounted = `${abs(r.valid)}+IF(${written},${abs(r.writtenValid)},0)`;
      const h = `ROUND(${c.threshold}*100,0)`;
      const fixedBase = `${c.baseKind}<>"${BASE_LABELS.validBallots}"`;

      put(row, CANDIDATE_COLUMNS.round, valueCell(setup.round));
      put(row, CANDIDATE_COLUMNS.title, valueCell(TITLES[t].shortLabel));
      put(row, CANDIDATE_COLUMNS.id, valueCell(candidate.id));
      put(row, CANDIDATE_COLUMNS.name, valueCell(candidate.name));
      put(row, CANDIDATE_COLUMNS.ballotAgree, formulaCell(`=${ballots(MARK_TEXT.agree!)}+${counted(mark)}`));
      put(row, CANDIDATE_COLUMNS.writtenAgree, formulaCell(`=${writtenMarks(MARK_TEXT.agree!)}`));
      put(row, CANDIDATE_COLUMNS.agree, formulaCell(`=${c.ballotAgree}+${c.writtenAgree}`));
      put(
        row,
        CANDIDATE_COLUMNS.disagree,
        formulaCell(
          `=${ballots(MARK_TEXT.disagree!)}+${counted(disagreeCount)}+${writtenMarks(MARK_TEXT.disagree!)}`,
        ),
      );
      put(row, CANDIDATE_COLUMNS.blank, formulaCell(`=${validCounted}-${c.agree}-${c.disagree}`));
      put(
        row,
        CANDIDATE_COLUMNS.base,
        formulaCell(
          `=IF(${c.baseKind}="${BASE_LABELS.present}",${b(TOP.present)}+IF(${written},${abs(r.written)},0),IF(${c.baseKind}="${BASE_LABELS.allMembers}",${b(TOP.totalMembers)},${validCounted}))`,
        ),
      );
      put(row, CANDIDATE_COLUMNS.baseKind, formulaCell(`=${VOTE_NAMES.base(t)}`));
      put(row, CANDIDATE_COLUMNS.threshold, formulaCell(`=${VOTE_NAMES.threshold(t)}`));
      put(row, CANDIDATE_COLUMNS.percent, formulaCell(`=IF(${c.base}>0,${c.agree}/${c.base},"")`));
      put(row, CANDIDATE_COLUMNS.remaining, formulaCell(`=${abs(r.remaining)}`));
      // Agree votes still needed: fixed base → ⌈(h·base − agree·10000) / 10000⌉; valid-ballot base grows
      // with each vote → ⌈(h·base − agree·10000) / (10000 − h)⌉; "" when no number of votes can do it.
      const deficit = `(${h}*${c.base}-${c.agree}*10000)`;
      put(
        row,
        CANDIDATE_COLUMNS.neededRaw,
        formulaCell(
          `=IF(${fixedBase},IF(${c.base}>0,MAX(0,ROUNDUP(${deficit}/10000,0)),""),IF(AND(${c.base}>0,${deficit}<=0),0,IF(${h}>=10000,IF(${c.agree}=${c.base},IF(${c.base}>0,0,1),""),MAX(IF(${c.base}>0,0,1),ROUNDUP(${deficit}/(10000-${h}),0)))))`,
        ),
      );
      const passed = `IF(${fixedBase},AND(${c.base}>0,${c.agree}*10000>=${h}*${c.base}),AND(${c.base}+${c.remaining}>0,${c.agree}*10000>=${h}*(${c.base}+${c.remaining})))`;
      put(
        row,
        CANDIDATE_COLUMNS.result,
        formulaCell(
          `=IF(${b(TOP.quorumMet)}<>"${YES}","${RESULT_LABELS.failed}",IF(${passed},"${RESULT_LABELS.passed}",IF(AND(ISNUMBER(${c.neededRaw}),${c.neededRaw}<=${c.remaining}),"${RESULT_LABELS.open}","${RESULT_LABELS.failed}")))`,
        ),
      );
      put(
        row,
        CANDIDATE_COLUMNS.needed,
        formulaCell(
          `=IF(${c.result}="${RESULT_LABELS.open}",${c.neededRaw},IF(${c.result}="${RESULT_LABELS.passed}",0,""))`,
        ),
      );
      const figures = `${c.agree}&"/"&${c.base}&" phiếu đồng ý"`;
      put(
        row,
        CANDIDATE_COLUMNS.reason,
        formulaCell(
          `=IF(${b(TOP.quorumMet)}<>"${YES}","Không xét: không đủ túc số.",IF(${c.result}="${RESULT_LABELS.passed}","Đạt: "&${figures}&", từ "&${c.threshold}&"% "&LOWER(${c.baseKind})&" trở lên.",IF(${c.result}="${RESULT_LABELS.open}","Đang kiểm: "&${figures}&"; cần thêm "&${c.needed}&" phiếu đồng ý trong "&${c.remaining}&" phiếu chưa kiểm.","Không đạt: "&${figures}&", chưa đạt "&${c.threshold}&"% "&LOWER(${c.baseKind})&".")))`,
        ),
      );
      put(row, CANDIDATE_COLUMNS.key, valueCell(key));
      candidateRows.push({ round: setup.round, key, row, cells: c });
      row += 1;
    }
  }

  const lastRow = Math.max(row - 1, candidateHeaderRow);
  const candidateBody = (col: number) => rangeAddress(candidateHeaderRow + 1, col, lastRow, col);
  const sheet: SheetSpec = {
    name: sheetName,
    cells: rows,
    columnWidths: [50, 80, 60, 170, 70, 70, 70, 70, 60, 60, 110, 60, 70, 70, 80, 70, 360, 110, 60],
    styles: [
      { range: 'A1', style: { bold: true, fontSize: 14 } },
      { range: `A${TOP.profile + 1}:A${TOP.logContinuous + 1}`, style: { bold: true } },
      {
        range: rangeAddress(ROUND_HEADER_ROW, 0, ROUND_HEADER_ROW, ROUND_COLUMNS.remaining),
        style: { bold: true, wrapText: true, fill: '#DDEBF7', borders: true },
      },
      {
        range: rangeAddress(candidateHeaderRow, 0, candidateHeaderRow, CANDIDATE_COLUMNS.neededRaw),
        style: { bold: true, wrapText: true, fill: '#DDEBF7', borders: true },
      },
      { range: candidateBody(CANDIDATE_COLUMNS.percent), style: { numberFormat: '0.00%' } },
      {
        range: candidateBody(CANDIDATE_COLUMNS.result),
        style: { bold: true, horizontalAlignment: 'center' },
      },
      { range: candidateBody(CANDIDATE_COLUMNS.neededRaw), style: { fontColor: '#A6A6A6' } },
    ],
    conditionalFormats: [
      {
        range: candidateBody(CANDIDATE_COLUMNS.result),
        equals: RESULT_LABELS.passed,
        fill: '#C6EFCE',
        fontColor: '#006100',
      },
      {
        range: candidateBody(CANDIDATE_COLUMNS.result),
        equals: RESULT_LABELS.failed,
        fill: '#FFC7CE',
        fontColor: '#9C0006',
      },
      {
        range: candidateBody(CANDIDATE_COLUMNS.result),
        equals: RESULT_LABELS.open,
        fill: '#FFEB9C',
        fontColor: '#9C5700',
      },
      { range: cellAddress(TOP.quorumMet, 1), equals: NO, fill: '#FFC7CE', fontColor: '#9C0006' },
      { range: cellAddress(TOP.logContinuous, 1), equals: NO, fill: '#FF0000', fontColor: '#FFFFFF' },
    ],
    freeze: { rows: 0, columns: CANDIDATE_COLUMNS.name + 1 },
    protect: true,
    tabColor: '#2F5597',
  };
  return {
    sheet,
    map: {
      sheetName,
      totalMembers: cellAddress(TOP.totalMembers, 1),
      present: cellAddress(TOP.present, 1),
      quorumMet: cellAddress(TOP.quorumMet, 1),
      quorumSentence: cellAddress(TOP.quorumSentence, 1),
      logContinuous: cellAddress(TOP.logContinuous, 1),
      profileLabel: cellAddress(TOP.profile, 1),
      rounds: roundRows,
      candidates: candidateRows,
    },
  };
}
