/**
 * The meeting set up before the count: who votes, who is present, who stands for what. Impossible setups
 * (more present than members, more ballots issued than people present, a candidate twice for one title)
 * are reported here with Vietnamese messages that name the value and say what to fix.
 */
import type { DomainIssue } from '../issues';
import { TITLES, isTitleId, type TitleId } from '../titles';
import { validateClusterSetup } from './cluster';
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

/**
 * The attendance figures can be shown as a quorum: whole numbers, at least one member, nobody present
 * beyond the members. Otherwise "Đủ túc số: có mặt 80/61" would state an impossible meeting as valid.
 */
export function attendanceValid(meeting: Pick<Meeting, 'totalMembers' | 'present'>): boolean {
  const { totalMembers, present } = meeting;
  return Number.isInteger(totalMembers) && totalMembers >= 1 && isCount(present) && present <= totalMembers;
}

/**
 * Every impossible or inconsistent value of the setup, checked on its own before and without any ballot:
 * members ≥ 1, 0 ≤ present ≤ members, the present list matches, issued ≤ present in every round, no
 * candidate twice for one title, every candidate named and with a mã, seats ≥ 1, rounds numbered 1, 2…
 * and each with at least one candidate. A cluster meeting's candidates also name their school
 * (validateClusterSetup; `clusterUnitNames` are the roster's schools when the meeting lists none). Errors
 * block ballot entry; the CLI and the pane show them even with an empty log (evaluateVotes).
 */
export function validateMeetingSetup(meeting: Meeting, clusterUnitNames?: readonly string[]): DomainIssue[] {
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
  const names = (meeting.presentNames ?? []).map((n) => n.normalize('NFC').trim());
  const twice = names.find((n, i) => n !== '' && names.indexOf(n) !== i);
  if (twice !== undefined) {
    issues.push({
      code: 'vote.meeting.present-name-twice',
      severity: 'warning',
      message: `Danh sách có mặt ghi "${twice}" hai lần; hãy kiểm tra lại (nếu là hai người trùng tên, hãy ghi thêm tổ hoặc mã để phân biệt).`,
    });
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
    if (candidate.name.normalize('NFC').trim() === '') {
      error(
        'vote.candidate.no-name',
        `Ứng viên mã ${candidate.id} cho ${TITLES[candidate.titleId].shortLabel} chưa có họ tên (hoặc tên tổ); hãy nhập tên như sẽ in trên phiếu.`,
      );
    }
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
    if (setup.candidateKeys && setup.candidateKeys.length === 0) {
      error(
        'vote.round.no-candidates',
        `Vòng ${setup.round} chưa có ứng viên nào; hãy chọn ứng viên cho vòng này hoặc xóa vòng.`,
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

  issues.push(...validateClusterSetup(meeting, clusterUnitNames));
  return issues;
}

export const hasErrors = (issues: DomainIssue[]): boolean => issues.some((i) => i.severity === 'error');
