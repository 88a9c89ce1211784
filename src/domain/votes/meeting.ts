/**
 * The meeting set up before the count: who votes, who is present, who stands for what. Impossible setups
 * (more present than members, more ballots issued than people present, a candidate twice for one title)
 * are reported here with Vietnamese messages that name the value and say what to fix.
 */
import type { DomainIssue } from '../issues';
import { TITLES, isTitleId, type TitleId } from '../titles';
import type { Candidate, CandidateKey, Meeting, RoundSetup } from './types';

export function candidateKey(titleId: TitleId, id: string): CandidateKey {
  return `${titleId}:${id}`;
}

export function parseCandidateKey(key: CandidateKey): { titleId: TitleId; id: string } | null {
  const colon = key.indexOf(':');
  if (colon <= 0) return null;
  const titleId = key.slice(0, colon);
  return isTitleId(titleId) ? { titleId, id: key.slice(colon + 1) } : null;
}

export const keyOf = (candidate: Candidate): CandidateKey => candidateKey(candidate.titleId, candidate.id);

/** "Nguyễn Văn An (LĐTT)": how messages name a candidate. */
export function describeCandidate(candidate: Candidate): string {
  return `${candidate.name} (${TITLES[candidate.titleId].shortLabel})`;
}

export function findRound(meeting: Meeting, round: number): RoundSetup | undefined {
  return meeting.rounds.find((r) => r.round === round);
}

/** The candidates on a round's ballot, in the meeting's order. */
export function roundCandidates(meeting: Meeting, round: number): Candidate[] {
  const setup = findRound(meeting, round);
  if (!setup) return [];
  if (!setup.candidateKeys) return meeting.candidates;
  const wanted = new Set(setup.candidateKeys);
  return meeting.candidates.filter((c) => wanted.has(keyOf(c)));
}

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;

/** Adds a candidate, refusing a second entry of the same person or tổ for the same title. */
export function addCandidate(
  meeting: Meeting,
  candidate: Candidate,
): { ok: true; meeting: Meeting } | { ok: false; issue: DomainIssue } {
  const existing = meeting.candidates.find((c) => keyOf(c) === keyOf(candidate));
  if (existing) return { ok: false, issue: duplicateCandidateIssue(existing) };
  return { ok: true, meeting: { ...meeting, candidates: [...meeting.candidates, candidate] } };
}

function duplicateCandidateIssue(candidate: Candidate): DomainIssue {
  return {
    code: 'vote.candidate.duplicate',
    severity: 'error',
    message: `${candidate.name} (mã ${candidate.id}) đã có trong danh sách đề nghị ${TITLES[candidate.titleId].shortLabel}; mỗi người hoặc tổ chỉ được nhập một lần cho một danh hiệu, hãy xóa dòng trùng.`,
  };
}

/** Every impossible or inconsistent value of the setup; errors block ballot entry. */
export function validateMeeting(meeting: Meeting): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const error = (code: string, message: string): void => {
    issues.push({ code, severity: 'error', message });
  };
  const { totalMembers, present } = meeting;
  if (!Number.isInteger(totalMembers) || totalMembers <= 0) {
    error(
      'vote.meeting.members-invalid',
      `Tổng số thành viên phải là số nguyên dương (đang là ${totalMembers}); hãy nhập lại trên sheet Quy chế.`,
    );
  }
  if (!isCount(present)) {
    error(
      'vote.meeting.present-invalid',
      `Số người có mặt phải là số nguyên không âm (đang là ${present}); hãy nhập lại.`,
    );
  } else if (present > totalMembers) {
    error(
      'vote.meeting.present-above-members',
      `Số người có mặt (${present}) lớn hơn tổng số thành viên (${totalMembers}); hãy kiểm tra lại một trong hai số.`,
    );
  }
  if (meeting.presentNames && meeting.presentNames.length !== present) {
    error(
      'vote.meeting.present-names-mismatch',
      `Danh sách có mặt có ${meeting.presentNames.length} người nhưng số người có mặt là ${present}; hãy sửa cho khớp.`,
    );
  }

  const seen = new Set<CandidateKey>();
  for (const candidate of meeting.candidates) {
    const key = keyOf(candidate);
    if (seen.has(key)) issues.push(duplicateCandidateIssue(candidate));
    seen.add(key);
    if (candidate.id.trim() === '') {
      error(
        'vote.candidate.no-id',
        `Ứng viên "${candidate.name}" cho ${TITLES[candidate.titleId].shortLabel} chưa có mã; hãy nhập mã cán bộ hoặc mã tổ.`,
      );
    }
  }

  for (const [titleId, seats] of Object.entries(meeting.seats ?? {})) {
    if (seats !== undefined && (!Number.isInteger(seats) || seats <= 0)) {
      error(
        'vote.meeting.seats-invalid',
        `Số suất của ${TITLES[titleId as TitleId].shortLabel} phải là số nguyên dương (đang là ${seats}); hãy sửa hoặc để trống nếu không giới hạn.`,
      );
    }
  }

  meeting.rounds.forEach((setup, index) => {
    if (setup.round !== index + 1) {
      error(
        'vote.round.numbering',
        `Các vòng bỏ phiếu phải đánh số liên tiếp từ 1; vị trí thứ ${index + 1} đang là vòng ${setup.round}.`,
      );
    }
    if (!isCount(setup.issued)) {
      error(
        'vote.round.issued-invalid',
        `Số phiếu phát ra ở vòng ${setup.round} phải là số nguyên không âm (đang là ${setup.issued}).`,
      );
    } else if (isCount(present) && setup.issued > present) {
      error(
        'vote.round.issued-above-present',
        `Số phiếu phát ra ở vòng ${setup.round} (${setup.issued}) lớn hơn số người có mặt (${present}); mỗi người có mặt chỉ nhận một phiếu, hãy sửa số phiếu phát ra.`,
      );
    }
    for (const key of setup.candidateKeys ?? []) {
      if (!seen.has(key)) {
        error(
          'vote.round.unknown-candidate',
          `Vòng ${setup.round} có ứng viên "${key}" không có trong danh sách đề nghị; hãy chọn lại ứng viên của vòng này.`,
        );
      }
    }
  });

  return issues;
}

export const hasErrors = (issues: DomainIssue[]): boolean => issues.some((i) => i.severity === 'error');
