/**
 * The sentences the export prints first ("Lưu ý" sheet) and the pane shows: what is not finished yet —
 * votes still open or never entered, no quorum, missing meeting details, and the open flags of the case.
 * Exporting is allowed anyway (issue 6); the school sees what to finish before sending.
 */
import type { SchoolCase } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import type { MeetingTally } from '../../domain/votes';
import { roundNotCounted } from './votes-lookup';
import { normalizeTime } from './meeting-time';
import type { ExportSettings } from './types';

/** How many error flags are printed one by one before the rest are only counted. */
export const MAX_LISTED_ERRORS = 20;
const MAX_NAMES = 5;

function nameList(names: string[]): string {
  const shown = names.slice(0, MAX_NAMES).join(', ');
  return names.length > MAX_NAMES ? `${shown} và ${names.length - MAX_NAMES} người khác` : shown;
}

function voteSentences(schoolCase: SchoolCase, tally: MeetingTally | undefined): string[] {
  if (!schoolCase.votes || !tally) {
    return [
      'Sổ làm việc chưa có phần bình xét (bỏ phiếu): danh sách đề nghị, biên bản họp và biên bản kiểm phiếu chưa có kết quả. Hãy thiết lập cuộc họp ở mục Bình xét.',
    ];
  }
  const out: string[] = [];
  if (!tally.quorum.met) out.push(tally.quorum.sentence);
  if (tally.rounds.every(roundNotCounted)) {
    out.push(
      'Chưa nhập phiếu bình xét nào: danh sách đề nghị và biên bản kiểm phiếu chưa có kết quả. Hãy nhập phiếu ở mục Bình xét rồi xuất lại.',
    );
    return out;
  }
  for (const round of tally.rounds) {
    const open = round.candidates.filter((c) => c.status === 'open');
    if (open.length === 0) continue;
    const entered = round.countedByHand
      ? 'đã nhập số đếm tay'
      : `đã nhập ${round.returned}/${round.issued} phiếu`;
    out.push(
      `Vòng ${round.round} chưa kiểm phiếu xong (${entered}): ${open.length} ứng viên chưa có kết quả (${nameList(open.map((c) => c.candidate.name))}). Hãy nhập hết phiếu hoặc đóng vòng bỏ phiếu ở mục Bình xét.`,
    );
  }
  return out;
}

function meetingSentences(schoolCase: SchoolCase, settings: ExportSettings): string[] {
  const meeting = schoolCase.votes?.meeting;
  if (!meeting) return [];
  const out: string[] = [];
  if (!normalizeTime(settings.meeting?.startTime)) {
    out.push(
      'Biên bản họp và biên bản kiểm phiếu chưa có giờ họp nên để dòng chấm; hãy nhập giờ bắt đầu ở mục Gửi Phòng.',
    );
  }
  if (!(settings.meeting?.date ?? meeting.date)) {
    out.push('Chưa có ngày họp; hãy nhập ngày họp ở mục Gửi Phòng.');
  }
  const names = meeting.presentNames ?? [];
  if (names.length !== meeting.present) {
    out.push(
      `Chưa có tên người có mặt (có mặt ${meeting.present}/${meeting.totalMembers}): biên bản họp để dòng chấm để ghi tay. Muốn in tên, hãy ghi danh sách có mặt ở mục Bình xét, thẻ "Thiết lập", ô "Danh sách có mặt", rồi bấm "Lưu thiết lập vào sổ".`,
    );
  }
  return out;
}

function where(issue: DomainIssue): string {
  return issue.location ? ` (ô ${issue.location.sheet}!${issue.location.address})` : '';
}

function flagSentences(issues: readonly DomainIssue[]): string[] {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const out = errors.slice(0, MAX_LISTED_ERRORS).map((i) => `Lỗi chưa xử lý: ${i.message}${where(i)}`);
  if (errors.length > MAX_LISTED_ERRORS) {
    out.push(`Còn ${errors.length - MAX_LISTED_ERRORS} lỗi khác; xem danh sách đầy đủ trong ngăn Thi Đua.`);
  }
  if (warnings.length > 0) {
    out.push(
      `Còn ${warnings.length} cảnh báo (ví dụ chỉ tiêu còn thiếu, dữ liệu chưa đủ); xem trong ngăn Thi Đua, mục Chỉ tiêu.`,
    );
  }
  return out;
}

export interface IncompletenessSources {
  schoolCase: SchoolCase;
  tally: MeetingTally | undefined;
  hasTargets: boolean;
  issues: readonly DomainIssue[];
  settings: ExportSettings;
}

export function incompleteness(sources: IncompletenessSources): string[] {
  return [
    ...(sources.hasTargets
      ? []
      : [
          'Sổ làm việc chưa có sheet Chỉ tiêu và Đăng ký nên chưa lập được bảng tổng hợp kết quả. Hãy lập bảng chỉ tiêu ở mục Lập bảng.',
        ]),
    ...voteSentences(sources.schoolCase, sources.tally),
    ...meetingSentences(sources.schoolCase, sources.settings),
    ...flagSentences(sources.issues),
  ];
}
