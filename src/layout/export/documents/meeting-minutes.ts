/**
 * Biên bản họp xét thi đua (DOMAIN.md §8): time, place, chair, secretary, members present and absent,
 * results per title, closing time; signed by the secretary (left) and the chair (right). A cụm thi đua's
 * meeting prints "BIÊN BẢN HỌP CỤM THI ĐUA" with its schools and delegates, the leading school(s) and the
 * lists passed up (cluster-meeting.ts), signed by the thư ký and the cụm trưởng.
 */
import type { DomainIssue } from '../../../domain/issues';
import { TITLES } from '../../../domain/titles';
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
import { writeParagraph, writeTwoSignatures } from '../official-form';
import { NUMBER_FORMATS, PORTRAIT } from '../page';
import { SheetBuilder } from '../sheet-builder';
import { printTitleRows, type TableRow, writeTable } from '../table';
import type { CouncilMember, ExportInput, MeetingMinutes, MeetingTitleResult } from '../types';
import { writeClusterAttendance, writeClusterOutcome } from './cluster-meeting';

export const MEETING_TITLE = 'Biên bản';

/** Portrait; the first two columns make the left block of the header. */
const WIDTHS = [32, 168, 90, 55, 55, 70];

const heading = { bold: true };

function memberLines(members: CouncilMember[], withReason: boolean): string[] {
  return sortByVietnameseName(members, (m) => m.fullName).map((m, i) => {
    const reason = withReason && m.absenceReason?.trim() ? ` (lý do: ${m.absenceReason.trim()})` : '';
    return `${i + 1}. ${personLine(m)}${reason}.`;
  });
}

function defaultDecision(result: MeetingTitleResult): string {
  const unit = TITLES[result.titleId].scope === 'individual' ? 'cá nhân' : 'tập thể';
  return `Thống nhất đề nghị ${result.approved} ${unit}`;
}

function resultRow(result: MeetingTitleResult, index: number): TableRow {
  return {
    kind: 'data',
    cells: [
      index + 1,
      TITLES[result.titleId].label,
      result.voteForm,
      result.proposed,
      result.approved,
      result.decision?.trim() || defaultDecision(result),
    ],
  };
}

function writeTimeAndPlace(b: SheetBuilder, meeting: MeetingMinutes, warnings: DomainIssue[]): void {
  const start = parseLocalDateTime(meeting.startsAt);
  // A blank time is left to fill by hand (the export's notes already say the meeting has no time yet).
  if (!start && meeting.startsAt.trim() !== '') {
    warnings.push(
      exportWarning(
        'date-invalid',
        `Biên bản họp: thời gian bắt đầu "${meeting.startsAt}" không đọc được; hãy nhập ngày họp dạng ` +
          'ngày/tháng/năm và giờ bắt đầu dạng giờ:phút (ví dụ 25/05/2021 và 14:00).',
      ),
    );
  }
  writeParagraph(b, 'I. THỜI GIAN, ĐỊA ĐIỂM', heading);
  const when = start ? `${clockTime(start)}, ${longVietnameseDate(start)}` : '… giờ …, ngày … tháng … năm …';
  writeParagraph(b, `- Thời gian: ${when}.`);
  writeParagraph(b, `- Địa điểm: ${meeting.place.trim() || '…'}.`);
}

function writeAttendance(b: SheetBuilder, meeting: MeetingMinutes, warnings: DomainIssue[]): void {
  const present = meeting.members.filter((m) => m.present);
  const absent = meeting.members.filter((m) => !m.present);
  writeParagraph(b, 'II. THÀNH PHẦN', heading);
  writeParagraph(b, `- Chủ trì: ${personLine(meeting.chair)}.`);
  writeParagraph(b, `- Thư ký: ${personLine(meeting.secretary)}.`);
  writeParagraph(
    b,
    `- Tổng số thành viên Hội đồng: ${meeting.members.length}; có mặt: ${present.length}; vắng: ${absent.length}.`,
  );
  writeParagraph(b, '- Thành viên có mặt:');
  for (const line of memberLines(present, false)) writeParagraph(b, line);
  if (absent.length === 0) {
    writeParagraph(b, '- Thành viên vắng: không.');
  } else {
    writeParagraph(b, '- Thành viên vắng:');
    for (const line of memberLines(absent, true)) writeParagraph(b, line);
  }
  if (meeting.members.length === 0) {
    warnings.push(
      exportWarning(
        'members-missing',
        'Biên bản họp chưa có danh sách thành viên Hội đồng; hãy nhập thành viên.',
      ),
    );
  }
  for (const [role, person] of [
    ['chủ trì', meeting.chair],
    ['thư ký', meeting.secretary],
  ] as const) {
    if (!person.fullName.trim()) {
      warnings.push(
        exportWarning('person-missing', `Biên bản họp chưa ghi tên người ${role}; hãy nhập tên.`),
      );
    }
  }
}

function resultWarnings(results: MeetingTitleResult[]): DomainIssue[] {
  return results
    .filter((r) => r.approved > r.proposed)
    .map((r) =>
      exportWarning(
        'approved-exceeds-proposed',
        `Biên bản họp, ${TITLES[r.titleId].label}: số đạt ${r.approved} lớn hơn số đề xuất ${r.proposed}; ` +
          'hãy kiểm tra lại kết quả.',
      ),
    );
}

function closingLine(meeting: MeetingMinutes): string {
  const start = parseLocalDateTime(meeting.startsAt);
  const end = meeting.endsAt ? parseLocalDateTime(meeting.endsAt) : undefined;
  if (!end || end.hour === undefined) return 'Cuộc họp kết thúc lúc … giờ … cùng ngày.';
  const day = start && sameDay(start, end) ? 'cùng ngày' : longVietnameseDate(end);
  return `Cuộc họp kết thúc lúc ${clockTime(end)} ${day}.`;
}

export function buildMeetingMinutes(input: ExportInput, sheetName: string): BuiltDocument {
  const b = new SheetBuilder(WIDTHS);
  const year = schoolYearLine(input)[0]?.toLowerCase();
  const meeting = input.meeting;
  const cluster = input.cluster ? meeting?.cluster : undefined;
  const fallback = input.cluster
    ? `Về việc bình xét thi đua cuối ${year ?? 'năm học …'}`
    : `Họp xét thi đua – khen thưởng${year ? ` ${year}` : ''}`;
  const subject = meeting?.subject?.trim() || fallback;
  writeFrame(b, input, 'meeting-minutes', input.cluster ? 'Biên bản họp cụm thi đua' : MEETING_TITLE, [
    subject,
  ]);
  const warnings: DomainIssue[] = [];
  let printTitles: string | undefined;
  if (!meeting) {
    warnings.push(writeMissingData(b, 'biên bản họp xét thi đua', 'nhập thông tin cuộc họp'));
  } else {
    writeTimeAndPlace(b, meeting, warnings);
    if (cluster) writeClusterAttendance(b, meeting, cluster, warnings);
    else writeAttendance(b, meeting, warnings);
    writeParagraph(b, 'III. NỘI DUNG VÀ KẾT QUẢ XÉT', heading);
    if (meeting.results.length === 0) {
      writeParagraph(b, 'Không có danh hiệu nào được đưa ra xét.', { italic: true });
    } else {
      writeParagraph(
        b,
        cluster
          ? 'Đại biểu các đơn vị đã bình xét từng danh hiệu; kết quả như sau:'
          : 'Hội đồng đã xét từng danh hiệu; kết quả như sau:',
      );
      const table = writeTable(b, {
        columns: [
          { header: 'STT', align: 'center' },
          { header: 'Danh hiệu thi đua', align: 'left', wrap: true },
          { header: 'Hình thức biểu quyết', align: 'left', wrap: true },
          { header: 'Số đề xuất', align: 'center', numberFormat: NUMBER_FORMATS.count },
          { header: 'Số đạt', align: 'center', numberFormat: NUMBER_FORMATS.count },
          { header: 'Kết luận', align: 'left', wrap: true },
        ],
        rows: meeting.results.map(resultRow),
      });
      printTitles = printTitleRows(table);
      warnings.push(...resultWarnings(meeting.results));
    }
    if (cluster) writeClusterOutcome(b, cluster);
    for (const note of meeting.notes ?? []) writeParagraph(b, note);
    writeParagraph(b, closingLine(meeting));
  }
  writeTwoSignatures(
    b,
    { title: ['THƯ KÝ'], fullName: meeting?.secretary.fullName.trim() ?? '' },
    { title: [input.cluster ? 'CỤM TRƯỞNG' : 'CHỦ TỌA'], fullName: meeting?.chair.fullName.trim() ?? '' },
  );
  return {
    id: 'meeting-minutes',
    sheet: b.build(sheetName, { ...PORTRAIT, ...(printTitles ? { printTitleRows: printTitles } : {}) }),
    title: input.cluster ? 'Biên bản họp cụm thi đua' : 'Biên bản họp xét thi đua',
    rowCount: meeting?.results.length ?? 0,
    warnings,
  };
}
