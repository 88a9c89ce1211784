/**
 * Bình xét (the council's vote) as data: the meeting set up before the count, the ballots entered during it
 * and the manual counts typed instead of ballots (DOMAIN.md §5). Every count is recomputed from these; nothing
 * stores a total that could drift from the ballots it came from.
 */
import type { TitleId } from '../titles';

/** One row of a ballot paper: Đồng ý, Không đồng ý, or left unmarked. */
export type Mark = 'agree' | 'disagree' | 'blank';

/**
 * Hội đồng Thi đua – Khen thưởng, Hội đồng sư phạm (all staff), or the delegates of the schools of a cụm thi
 * đua voting at its year-end meeting (DOMAIN.md §8b, seed 003: same quorum and thresholds as a school's).
 */
export type VotingBody = 'council' | 'allStaff' | 'cluster';

/** Bỏ phiếu kín, or biểu quyết (show of hands). */
export type VoteForm = 'secret' | 'showOfHands';

/**
 * What a ballot that marks more candidates than a title's seats, or marks nothing at all, is worth
 * (DOMAIN.md §5, the school's counting rule): the whole ballot is invalid, or the offending title's rows
 * count as blank (a ballot with no mark at all then counts as valid and blank everywhere).
 */
export type CountingRule = 'invalid' | 'rowBlank';

/** "LDTT:GV01": a candidate for one title. A person may stand for two titles; each is its own row. */
export type CandidateKey = string;

export interface Candidate {
  titleId: TitleId;
  /** Person id (mã cán bộ) for individual titles, tổ id for collective ones. */
  id: string;
  /** As printed on the ballot and the minutes, e.g. "Nguyễn Văn An" or "Tổ 1". */
  name: string;
  /**
   * Đơn vị: in a cluster meeting, the school a proposed person comes from (required there for individual
   * titles); omitted for a school standing itself and in a school's own meeting.
   */
  unitName?: string;
}

/** A school of the cụm thi đua at its meeting: its delegates and how many of them came, when recorded. */
export interface MeetingUnit {
  /** Tên trường, as on the cluster's list ("Trường Tiểu học Bình Hòa 2"). */
  name: string;
  /** Số đại biểu of the school. */
  delegates?: number;
  /** Đại biểu có mặt. */
  present?: number;
}

export interface RoundSetup {
  /** 1 for vòng 1, 2 for vòng 2… */
  round: number;
  /** Số phiếu phát ra. */
  issued: number;
  /** Candidates on this round's ballot; undefined means every candidate of the meeting. */
  candidateKeys?: CandidateKey[];
  /** Set when the tellers declare the count over: ballots never returned then stop counting as "still open". */
  closed?: boolean;
}

/**
 * An absent member's vote sent in writing (lấy ý kiến bằng văn bản), noted in the minutes. It is entered in
 * the ballot log like a ballot, so it is audited the same way and counted by the same formulas.
 */
export interface WrittenVote {
  round: number;
  memberName: string;
  marks: Record<CandidateKey, Mark>;
  invalid?: boolean;
}

/** A member of the ban kiểm phiếu. */
export interface Teller {
  name: string;
  /** e.g. "Trưởng ban", "Thành viên". */
  role: string;
}

export interface Meeting {
  body: VotingBody;
  /** Tổng số thành viên of the body (council members or all staff). */
  totalMembers: number;
  /** Members present; when `presentNames` is given it must have this many names. */
  present: number;
  presentNames?: string[];
  form: VoteForm;
  candidates: Candidate[];
  /** Seats per title: a ballot agreeing with more candidates than this is over-marked. */
  seats?: Partial<Record<TitleId, number>>;
  countingRule: CountingRule;
  /** Earlier rounds stay: a second round is appended, never replaces the first. */
  rounds: RoundSetup[];
  tellers?: Teller[];
  /** ISO date of the meeting, for the minutes. */
  date?: string;
  /**
   * Cluster meeting only: the schools of the cụm (the roster's schools when omitted), with their delegates
   * if recorded.
   */
  units?: MeetingUnit[];
}

export interface Ballot {
  round: number;
  /** Số phiếu: the number the pane shows while the ballot is entered. */
  number: number;
  /** Rows left out count as blank. */
  marks: Record<CandidateKey, Mark>;
  /** Marked invalid by the tellers (phiếu không hợp lệ): returned but not counted. */
  invalid: boolean;
  enteredBy: string;
  /** ISO date-time. */
  enteredAt: string;
}

/** Totals of one candidate in a manual count; blank, when typed, is only checked (the rest are blank). */
export interface CandidateCount {
  agree: number;
  disagree: number;
  blank?: number;
}

/** The totals of a count made by hand (kiểm phiếu thủ công), typed instead of ballot-by-ballot entry. */
export interface ManualCount {
  round: number;
  /** Phiếu thu vào. */
  returned: number;
  /** Phiếu không hợp lệ among those returned. */
  invalid: number;
  perCandidate: Record<CandidateKey, CandidateCount>;
  enteredBy: string;
  enteredAt: string;
}

/**
 * What the tellers do, in order. The log of these is the record; every count is a replay of it.
 * - record: a new ballot;
 * - undo: withdraw the last ballot of a round (lastNumber must name it, so a double click undoes one);
 * - correct: replace the ballot with that number by a corrected one;
 * - count: the totals of a manual count for a round (a later count of the same round replaces it);
 * - written: an absent member's written vote (a later one from the same member and round replaces it);
 * - withdrawWritten: take back a written vote entered by mistake.
 */
export type BallotEvent =
  | { kind: 'record'; ballot: Ballot }
  | { kind: 'undo'; round: number; lastNumber: number; enteredBy: string; enteredAt: string }
  | { kind: 'correct'; number: number; ballot: Ballot }
  | { kind: 'count'; count: ManualCount }
  | { kind: 'written'; vote: WrittenVote; enteredBy: string; enteredAt: string }
  | { kind: 'withdrawWritten'; round: number; memberName: string; enteredBy: string; enteredAt: string };

/** Where an accepted event stands now: counted, withdrawn by an undo, or replaced by a correction. */
export type EntryStatus = 'active' | 'undone' | 'corrected' | 'action';

export interface LogEntry {
  /** 1-based position in the log (STT on "Nhật ký phiếu"). */
  seq: number;
  event: BallotEvent;
  /** 'action' for undo and withdrawal rows, which count nothing themselves. */
  status: EntryStatus;
  /** For undo, correct, withdrawal and a replacing count or written vote: the seq of the entry acted on. */
  target?: number;
}

/** Every accepted event with its current status: the same rows as the "Nhật ký phiếu" sheet. */
export interface BallotState {
  entries: LogEntry[];
}

export const EMPTY_BALLOT_STATE: BallotState = { entries: [] };
