/**
 * Biên bản kiểm phiếu (DOMAIN.md §8): the ban kiểm phiếu, the form of vote, then per ballot paper (one
 * title) the ballots issued / returned / valid / invalid and each candidate's agree count, % and result.
 * Counts must add up (DOMAIN.md §5): valid + invalid = returned ≤ issued, agree ≤ valid.
 */
import type { DomainIssue } from '../../../domain/issues';
import { TITLES } from '../../../domain/titles';
import type { CellStyle } from '../../grid';
import {
  type BuiltDocument,
  exportWarning,
  personLine,
  schoolYearLine,
  writeFrame,
  writeMissingData,
} from '../context';
import { longVietnameseDate, sortByVietnameseName } from '../../../domain/text';
import { clockTime, parseLocalDateTime, sameDay } from '../format';
import { type BlockLine, SIGNATURE_SPACE_ROWS, writeParagraph, writeSideBySide } from '../official-form';
import { NUMBER_FORMATS, PORTRAIT } from '../page';
import { SheetBuilder } from '../sheet-builder';
import { printTitleRows, type TableRow, writeTable } from '../table';
import type { BallotCountMinutes, BallotSession, ExportInput } from '../types';

export const BALLOT_COUNT_TITLE = 'Biên bản kiểm phiếu';

/** Portrait; the first two columns make the left block of the header. */
const WIDTHS = [32, 168, 75, 58, 45, 50, 50];

/** The ballot counts table: each count under its heading, over these columns. */
export const BALLOT_COUNT_SPANS = {
  issued: [0, 1],
  returned: [2, 2],
  valid: [3, 4],
  invalid: [5, 6],
} as const;

const BALLOT_HEADINGS: Record<keyof typeof BALLOT_COUNT_SPANS, string> = {
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu vào',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
};

const heading: CellStyle = { bold: true };

function writeBallotCounts(b: SheetBuilder, session: BallotSession): void {
  const headRow = b.addRow();
  const valueRow = b.addRow();
  for (const key of Object.keys(BALLOT_COUNT_SPANS) as (keyof typeof BALLOT_COUNT_SPANS)[]) {
    const [first, last] = BALLOT_COUNT_SPANS[key];
    b.spanned(headRow, first, last, BALLOT_HEADINGS[key], {
      bold: true,
      horizontalAlignment: 'center',
      wrapText: true,
      borders: true,
    });
    b.spanned(valueRow, first, last, session.ballots[key], {
      horizontalAlignment: 'center',
      numberFormat: NUMBER_FORMATS.count,
      borders: true,
    });
  }
}

function candidateRows(session: BallotSession): TableRow[] {
  const individual = TITLES[session.titleId].scope === 'individual';
  const candidates = individual
    ? sortByVietnameseName(session.candidates, (c) => c.name)
    : session.candidates;
  return candidates.map((c, i) => ({
    kind: 'data',
    cells: [
      i + 1,
      c.name.normalize('NFC').trim(),
      c.position ?? null,
      c.teamName ?? null,
      c.agree,
      session.base > 0 ? c.agree / session.base : null,
      c.passed ? 'Đạt' : 'Không đạt',
    ],
  }));
}

function sessionWarnings(session: BallotSession): DomainIssue[] {
  const label = TITLES[session.titleId].label;
  const { issued, returned, valid, invalid } = session.ballots;
  const where = `Biên bản kiểm phiếu, ${label}`;
  const out: DomainIssue[] = [];
  if (returned > issued) {
    out.push(
      exportWarning(
        'ballots-inconsistent',
        `${where}: số phiếu thu vào (${returned}) nhiều hơn số phát ra (${issued}); hãy đếm lại phiếu.`,
      ),
    );
  }
  if (valid + invalid !== returned) {
    out.push(
      exportWarning(
        'ballots-inconsistent',
        `${where}: phiếu hợp lệ (${valid}) cộng phiếu không hợp lệ (${invalid}) khác số phiếu thu vào ` +
          `(${returned}); hãy đếm lại phiếu.`,
      ),
    );
  }
  if (session.base <= 0) {
    out.push(
      exportWarning(
        'base-zero',
        `${where}: tổng số để tính tỉ lệ là ${session.base}; hãy nhập số lớn hơn 0.`,
      ),
    );
  }
  for (const c of session.candidates.filter((c) => c.agree > valid)) {
    out.push(
      exportWarning(
        'votes-exceed-valid',
        `${where}: ${c.name} có ${c.agree} phiếu đồng ý, nhiều hơn ${valid} phiếu hợp lệ; hãy kiểm tra lại.`,
      ),
    );
  }
  return out;
}

/** `unitHeading`: "Tổ" on a school's paper, "Đơn vị" on a cụm thi đua's. */
function writeSession(
  b: SheetBuilder,
  session: BallotSession,
  index: number,
  unitHeading: string,
): string | undefined {
  const { label, scope } = TITLES[session.titleId];
  writeParagraph(b, `${index + 1}. Danh hiệu ${label}`, heading);
  writeBallotCounts(b, session);
  writeParagraph(b, `Tỉ lệ đồng ý tính trên ${session.base} (${session.baseLabel.trim()}).`, {
    italic: true,
  });
  if (session.candidates.length === 0) {
    writeParagraph(b, `Không có ứng viên nào cho danh hiệu ${label}.`, { italic: true });
    return undefined;
  }
  const table = writeTable(b, {
    columns: [
      { header: 'STT', align: 'center' },
      { header: scope === 'individual' ? 'Họ và tên' : 'Tên tập thể', align: 'left', wrap: true },
      { header: 'Chức vụ', align: 'left', wrap: true },
      { header: unitHeading, align: 'left', wrap: true },
      { header: 'Số phiếu đồng ý', align: 'center', numberFormat: NUMBER_FORMATS.count },
      { header: 'Tỉ lệ', align: 'center', numberFormat: NUMBER_FORMATS.percent },
      { header: 'Kết quả', align: 'center', wrap: true },
    ],
    rows: candidateRows(session),
  });
  b.addBlankRows(1);
  return printTitleRows(table);
}

function writeCommittee(b: SheetBuilder, minutes: BallotCountMinutes): void {
  const heads = minutes.committee.filter((m) => m.isHead);
  const others = sortByVietnameseName(
    minutes.committee.filter((m) => !m.isHead),
    (m) => m.fullName,
  );
  writeParagraph(b, 'II. BAN KIỂM PHIẾU', heading);
  [
    ...heads.map((m) => ({ m, role: 'Trưởng ban' })),
    ...others.map((m) => ({ m, role: 'Thành viên' })),
  ].forEach(({ m, role }, i) => writeParagraph(b, `${i + 1}. ${personLine(m)}: ${role}.`));
  writeParagraph(b, `- Hình thức biểu quyết: ${minutes.voteForm.trim() || '…'}.`);
}

function timeLine(minutes: BallotCountMinutes): string {
  const start = minutes.startsAt ? parseLocalDateTime(minutes.startsAt) : undefined;
  return start?.hour !== undefined
    ? `${clockTime(start)}, ${longVietnameseDate(start)}`
    : '… giờ …, ngày … tháng … năm …';
}

function closingLine(minutes: BallotCountMinutes): string {
  const start = minutes.startsAt ? parseLocalDateTime(minutes.startsAt) : undefined;
  const end = minutes.endsAt ? parseLocalDateTime(minutes.endsAt) : undefined;
  if (!end || end.hour === undefined) return 'Việc kiểm phiếu kết thúc lúc … giờ … cùng ngày.';
  const day = start && sameDay(start, end) ? 'cùng ngày' : longVietnameseDate(end);
  return `Việc kiểm phiếu kết thúc lúc ${clockTime(end)} ${day}.`;
}

/** Members sign on the left, one under another; the head of the ban signs on the right. */
function writeCommitteeSignatures(b: SheetBuilder, committee: BallotCountMinutes['committee']): void {
  const style: CellStyle = { bold: true, horizontalAlignment: 'center' };
  const blank = (n: number): BlockLine[] => Array.from({ length: n }, () => ({ text: '', style }));
  const head = committee.find((m) => m.isHead);
  const others = sortByVietnameseName(
    committee.filter((m) => !m.isHead),
    (m) => m.fullName,
  );
  const left: BlockLine[] =
    others.length === 0
      ? []
      : [
          { text: 'CÁC THÀNH VIÊN', style },
          ...others.flatMap((m) => [
            ...blank(SIGNATURE_SPACE_ROWS),
            { text: m.fullName.normalize('NFC').trim(), style },
          ]),
        ];
  const right: BlockLine[] = [
    { text: 'TRƯỞNG BAN KIỂM PHIẾU', style },
    ...blank(SIGNATURE_SPACE_ROWS),
    { text: head?.fullName.normalize('NFC').trim() ?? '', style },
  ];
  b.addBlankRows(1);
  writeSideBySide(b, left, right);
}

export function buildBallotCount(input: ExportInput, sheetName: string): BuiltDocument {
  const b = new SheetBuilder(WIDTHS);
  const year = schoolYearLine(input)[0]?.toLowerCase();
  writeFrame(b, input, 'ballot-count', BALLOT_COUNT_TITLE, [
    `Xét danh hiệu thi đua${year ? ` ${year}` : ''}`,
  ]);
  const minutes = input.ballotCount;
  const warnings: DomainIssue[] = [];
  const printTitles: string[] = [];
  if (!minutes) {
    warnings.push(writeMissingData(b, 'biên bản kiểm phiếu', 'nhập kết quả kiểm phiếu'));
  } else {
    writeParagraph(b, 'I. THỜI GIAN, ĐỊA ĐIỂM', heading);
    writeParagraph(b, `- Thời gian: ${timeLine(minutes)}.`);
    writeParagraph(b, `- Địa điểm: ${minutes.place?.trim() || '…'}.`);
    writeCommittee(b, minutes);
    writeParagraph(b, 'III. KẾT QUẢ KIỂM PHIẾU', heading);
    if (minutes.sessions.length === 0)
      writeParagraph(b, 'Không có phiếu bầu nào được kiểm.', { italic: true });
    minutes.sessions.forEach((session, i) => {
      const titles = writeSession(b, session, i, input.cluster ? 'Đơn vị' : 'Tổ');
      if (titles) printTitles.push(titles);
      warnings.push(...sessionWarnings(session));
    });
    writeParagraph(b, closingLine(minutes));
    if (!minutes.committee.some((m) => m.isHead)) {
      warnings.push(
        exportWarning(
          'committee-head-missing',
          'Ban kiểm phiếu chưa có Trưởng ban; hãy chọn Trưởng ban kiểm phiếu.',
        ),
      );
    }
  }
  writeCommitteeSignatures(b, minutes?.committee ?? []);
  // Only one candidate table's header can repeat; with several, repeating the first would mislabel the rest.
  const pageSetup = printTitles.length === 1 ? { ...PORTRAIT, printTitleRows: printTitles[0] } : PORTRAIT;
  return {
    id: 'ballot-count',
    sheet: b.build(sheetName, pageSetup),
    title: BALLOT_COUNT_TITLE,
    rowCount: minutes?.sessions.reduce((n, s) => n + s.candidates.length, 0) ?? 0,
    warnings,
  };
}
