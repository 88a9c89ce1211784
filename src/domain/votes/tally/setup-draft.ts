/**
 * The meeting setup as the form edits it (numbers as typed, names one per line) and its conversion to the
 * domain's Meeting. Every value that cannot be read is reported in Vietnamese, naming the field.
 */
import type { CaseVotes } from '../../case';
import type { DomainIssue } from '../../issues';
import type { SchoolRoster } from '../../school/types';
import { parseVietnameseNumber } from '../../text';
import { TITLES, TITLE_IDS, type TitleId } from '../../titles';
import {
  defaultVoteProfileFor,
  keyOf,
  type Candidate,
  type CountingRule,
  type Meeting,
  type RoundSetup,
  type RuleProfile,
  type Teller,
  type VoteForm,
  type VotingBody,
} from '..';

export interface MeetingDraft {
  profile: RuleProfile;
  body: VotingBody;
  totalMembers: string;
  present: string;
  /** One name per line; empty when the meeting only records the number present. */
  presentNames: string;
  form: VoteForm;
  countingRule: CountingRule;
  candidates: Candidate[];
  /** Seats per title as typed; empty means no limit. */
  seats: Partial<Record<TitleId, string>>;
  tellers: Teller[];
  /** ISO yyyy-mm-dd, or empty. */
  date: string;
  /** Ballots issued in the round being set up (the last one). */
  issued: string;
}

const text = (n: number | undefined): string => (n === undefined ? '' : String(n));

/**
 * The form's starting values: the meeting as read from "Quy chế", or a new one for the whole staff under
 * the school rule in force for the school year (defaultVoteProfileFor: never NĐ 91/2017, which binds
 * ministries' and provinces' councils, not a school's).
 */
export function draftFromVotes(votes: CaseVotes | undefined, roster: SchoolRoster): MeetingDraft {
  if (!votes) {
    return {
      profile: defaultVoteProfileFor(roster.info.yearStart, roster.info.yearEnd).profile,
      body: 'allStaff',
      totalMembers: String(roster.staff.length),
      present: '',
      presentNames: '',
      form: 'secret',
      countingRule: 'invalid',
      candidates: [],
      seats: {},
      tellers: [],
      date: '',
      issued: '',
    };
  }
  const { meeting, profile } = votes;
  const last = meeting.rounds[meeting.rounds.length - 1];
  const seats: Partial<Record<TitleId, string>> = {};
  for (const [titleId, n] of Object.entries(meeting.seats ?? {})) seats[titleId as TitleId] = text(n);
  return {
    profile,
    body: meeting.body,
    totalMembers: text(meeting.totalMembers),
    present: text(meeting.present),
    presentNames: (meeting.presentNames ?? []).join('\n'),
    form: meeting.form,
    countingRule: meeting.countingRule,
    candidates: meeting.candidates,
    seats,
    tellers: meeting.tellers ?? [],
    date: meeting.date ?? '',
    issued: text(last?.issued),
  };
}

function problem(code: string, message: string): DomainIssue {
  return { code, severity: 'error', message };
}

function wholeNumber(
  raw: string,
  label: string,
  issues: DomainIssue[],
  options: { required: boolean },
): number | undefined {
  const parsed = parseVietnameseNumber(raw);
  if (!parsed.ok || (parsed.value !== null && !Number.isInteger(parsed.value))) {
    issues.push(
      problem(
        'meeting.form.not-whole',
        `${label} phải là số nguyên (đang là "${raw.trim()}"); hãy nhập lại.`,
      ),
    );
    return undefined;
  }
  if (parsed.value === null) {
    if (options.required) issues.push(problem('meeting.form.missing', `Hãy nhập ${label.toLowerCase()}.`));
    return undefined;
  }
  return parsed.value;
}

/** "Nguyễn Văn An\nTrần Thị Bình" → two names, NFC, blank lines dropped. */
export function parseNameLines(raw: string): string[] {
  return raw
    .split(/[\n;]/)
    .map((line) => line.normalize('NFC').trim())
    .filter((line) => line !== '');
}

/**
 * The rounds after the setup: a meeting still on its first round puts every candidate on the ballot (so a
 * candidate added now is on it); later rounds keep their own lists, minus candidates no longer standing.
 */
function roundsFor(previous: Meeting | undefined, candidates: Candidate[], issued: number): RoundSetup[] {
  const rounds = previous?.rounds ?? [];
  if (rounds.length <= 1) return [{ round: 1, issued, ...(rounds[0]?.closed ? { closed: true } : {}) }];
  const standing = new Set(candidates.map(keyOf));
  return rounds.map((round, i) => {
    const kept = round.candidateKeys?.filter((key) => standing.has(key));
    const last = i === rounds.length - 1;
    return { ...round, ...(kept ? { candidateKeys: kept } : {}), ...(last ? { issued } : {}) };
  });
}

/** The meeting the draft describes, or the fields that stop it being one. */
export function meetingFromDraft(
  draft: MeetingDraft,
  previous?: Meeting,
): { meeting?: Meeting; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const totalMembers = wholeNumber(draft.totalMembers, 'Tổng số thành viên', issues, { required: true });
  const present = wholeNumber(draft.present, 'Số người có mặt', issues, { required: true });
  const issuedTyped = wholeNumber(draft.issued, 'Số phiếu phát ra', issues, { required: false });
  const seats: Partial<Record<TitleId, number>> = {};
  for (const titleId of TITLE_IDS) {
    const raw = draft.seats[titleId];
    if (raw === undefined || raw.trim() === '') continue;
    if (!draft.candidates.some((c) => c.titleId === titleId)) continue;
    const n = wholeNumber(raw, `Số suất ${TITLES[titleId].shortLabel}`, issues, { required: false });
    if (n !== undefined) seats[titleId] = n;
  }
  if (draft.candidates.length === 0) {
    issues.push(
      problem(
        'meeting.form.no-candidates',
        'Chưa có ứng viên nào; hãy chọn ứng viên cho ít nhất một danh hiệu (hoặc bấm "Đề xuất từ kết quả").',
      ),
    );
  }
  if (totalMembers === undefined || present === undefined) return { issues };
  const names = parseNameLines(draft.presentNames);
  const tellers = draft.tellers
    .map((t) => ({
      name: t.name.normalize('NFC').trim(),
      role: t.role.normalize('NFC').trim() || 'Thành viên',
    }))
    .filter((t) => t.name !== '');
  const issued = issuedTyped ?? present;
  const meeting: Meeting = {
    body: draft.body,
    totalMembers,
    present,
    ...(names.length > 0 ? { presentNames: names } : {}),
    form: draft.form,
    candidates: draft.candidates,
    ...(Object.keys(seats).length > 0 ? { seats } : {}),
    countingRule: draft.countingRule,
    rounds: roundsFor(previous, draft.candidates, issued),
    ...(tellers.length > 0 ? { tellers } : {}),
    ...(draft.date !== '' ? { date: draft.date } : {}),
    // The cụm's schools and their delegates are kept from "Quy chế"; the form does not edit them.
    ...(draft.body === 'cluster' && previous?.units ? { units: previous.units } : {}),
  };
  return { meeting, issues };
}
