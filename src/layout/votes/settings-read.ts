/**
 * Reading the "Bỏ phiếu bình xét" section of "Quy chế" back into a profile and a meeting. Users edit these
 * cells: numbers may carry a decimal comma, text may be NFD, dates may be Excel serials. What cannot be read
 * is reported and the built-in profile's value is kept.
 */
import type { CellValue } from '../grid';
import type { DomainIssue } from '../../domain/issues';
import { parseVietnameseDate, parseVietnameseNumber } from '../../domain/text';
import { TITLES, TITLE_IDS, isTitleId, type TitleId } from '../../domain/titles';
import {
  findBuiltInProfile,
  SEED_003_PROFILE,
  type Candidate,
  type CapRule,
  type Meeting,
  type MeetingUnit,
  type QuorumRule,
  type RoundSetup,
  type RuleProfile,
  type Teller,
  type TitleRule,
} from '../../domain/votes';
import {
  BASE_LABELS,
  BODY_LABELS,
  COUNTING_RULE_LABELS,
  FORM_LABELS,
  NO,
  RULE_ORIGIN_LABELS,
  YES,
  fromLabel,
} from './labels';
import { ALL_CANDIDATES } from './settings';

class SettingsReader {
  readonly issues: DomainIssue[] = [];
  constructor(private readonly map: Map<string, CellValue>) {}

  has(key: string): boolean {
    const v = this.map.get(key);
    return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
  }

  text(key: string): string | undefined {
    const v = this.map.get(key);
    if (v === undefined || v === null) return undefined;
    const s = String(v).normalize('NFC').trim();
    return s === '' ? undefined : s;
  }

  number(key: string, label: string): number | undefined {
    const v = this.map.get(key);
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
    const parsed = typeof v === 'boolean' ? null : parseVietnameseNumber(v);
    if (!parsed?.ok || parsed.value === null) {
      this.problem(
        key,
        `"${label}" trên sheet Quy chế phải là một số (đang là "${String(v)}"); hãy nhập lại.`,
      );
      return undefined;
    }
    return parsed.value;
  }

  choice<K extends string>(key: string, label: string, labels: Record<K, string>, fallback: K): K {
    if (!this.has(key)) return fallback;
    const found = fromLabel(labels, this.map.get(key));
    if (found === undefined) {
      this.problem(
        key,
        `"${label}" trên sheet Quy chế có giá trị "${String(this.map.get(key))}" không hợp lệ; hãy chọn một trong: ${Object.values<string>(labels).join(', ')}.`,
      );
      return fallback;
    }
    return found;
  }

  yesNo(key: string, label: string, fallback: boolean): boolean {
    return this.choice(key, label, { yes: YES, no: NO }, fallback ? 'yes' : 'no') === 'yes';
  }

  problem(key: string, message: string): void {
    this.issues.push({ code: `vote.settings.${key}`, severity: 'error', message });
  }
}

const splitList = (text: string | undefined): string[] =>
  text
    ? text
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [];

function readProfile(r: SettingsReader): RuleProfile {
  const id = r.text('vote.profile.id') ?? SEED_003_PROFILE.id;
  const fallback = findBuiltInProfile(id) ?? SEED_003_PROFILE;
  const originOf = (key: string, fb: { schoolChoice?: boolean; unverified?: boolean }) => {
    const o = r.choice(
      key,
      'Nguồn quy định',
      RULE_ORIGIN_LABELS,
      fb.unverified ? 'unverified' : fb.schoolChoice ? 'schoolChoice' : 'law',
    );
    return {
      ...(o === 'schoolChoice' ? { schoolChoice: true } : {}),
      ...(o === 'unverified' ? { unverified: true } : {}),
    };
  };

  let quorum: QuorumRule | null = null;
  const numerator = r.number('vote.quorum.numerator', 'Túc số – tử số');
  const denominator = r.number('vote.quorum.denominator', 'Túc số – mẫu số');
  if (numerator !== undefined || denominator !== undefined) {
    if (numerator === undefined || denominator === undefined) {
      r.problem(
        'vote.quorum',
        'Túc số trên sheet Quy chế chỉ có tử số hoặc mẫu số; hãy nhập đủ cả hai (ví dụ 2 và 3) hoặc để trống cả hai.',
      );
    } else {
      const fb = fallback.quorum ?? SEED_003_PROFILE.quorum!;
      quorum = {
        numerator,
        denominator,
        of: 'members',
        source: r.text('vote.quorum.source') ?? fb.source,
        ...originOf('vote.quorum.origin', fb),
      };
    }
  }

  const perTitle = {} as Record<TitleId, TitleRule>;
  for (const titleId of TITLE_IDS) {
    const fb = fallback.perTitle[titleId];
    const short = TITLES[titleId].shortLabel;
    const k = (field: string) => `vote.title.${titleId}.${field}`;
    perTitle[titleId] = {
      threshold: { percent: r.number(k('threshold'), `${short} – ngưỡng đồng ý`) ?? fb.threshold.percent },
      base: r.choice(k('base'), `${short} – tính trên`, BASE_LABELS, fb.base),
      secretBallot: r.yesNo(k('secret'), `${short} – bỏ phiếu kín`, fb.secretBallot),
      absentWrittenVotes: r.yesNo(k('written'), `${short} – phiếu bằng văn bản`, fb.absentWrittenVotes),
      source: r.text(k('source')) ?? fb.source,
      ...originOf(k('origin'), fb),
    };
  }

  const caps: CapRule[] = [];
  for (const titleId of TITLE_IDS) {
    const percent = r.number(`vote.cap.${titleId}.percent`, `${TITLES[titleId].shortLabel} – giới hạn`);
    if (percent === undefined) continue;
    const of = r.text(`vote.cap.${titleId}.of`) ?? 'LDTT';
    if (!isTitleId(of)) {
      r.problem(
        `vote.cap.${titleId}.of`,
        `Mã danh hiệu "${of}" của giới hạn ${TITLES[titleId].shortLabel} không tồn tại; hãy dùng ví dụ LDTT.`,
      );
      continue;
    }
    caps.push({ titleId, percent, ofTitleId: of, source: r.text(`vote.cap.${titleId}.source`) ?? '' });
  }

  return {
    id,
    label: r.text('vote.profile.label') ?? fallback.label,
    source: r.text('vote.profile.source') ?? fallback.source,
    ...(r.yesNo('vote.profile.unverified', 'Chưa kiểm chứng', fallback.unverified === true)
      ? { unverified: true }
      : {}),
    quorum,
    perTitle,
    ...(caps.length > 0 ? { caps } : {}),
  };
}

function readCandidates(r: SettingsReader): Candidate[] {
  const candidates: Candidate[] = [];
  for (const titleId of TITLE_IDS) {
    for (const item of splitList(r.text(`vote.candidates.${titleId}`))) {
      const eq = item.indexOf('=');
      if (eq <= 0) {
        r.problem(
          `vote.candidates.${titleId}`,
          `Ứng viên "${item}" của ${TITLES[titleId].shortLabel} trên sheet Quy chế phải ghi dạng "mã = họ tên", ví dụ "GV01 = Nguyễn Văn An".`,
        );
        continue;
      }
      candidates.push({ titleId, id: item.slice(0, eq).trim(), name: item.slice(eq + 1).trim() });
    }
    const units = new Map<string, string>();
    for (const item of splitList(r.text(`vote.candidateUnits.${titleId}`))) {
      const eq = item.indexOf('=');
      if (eq <= 0) {
        r.problem(
          `vote.candidateUnits.${titleId}`,
          `Đơn vị "${item}" của ${TITLES[titleId].shortLabel} trên sheet Quy chế phải ghi dạng "mã = tên trường", ví dụ "GV01 = Trường Tiểu học A".`,
        );
        continue;
      }
      units.set(item.slice(0, eq).trim(), item.slice(eq + 1).trim());
    }
    for (const c of candidates) {
      const unitName = c.titleId === titleId ? units.get(c.id) : undefined;
      if (unitName !== undefined) c.unitName = unitName;
    }
  }
  return candidates;
}

const UNIT_PATTERN = /^(.*?)\s*\(\s*(?:đại biểu\s*(\d+))?\s*,?\s*(?:có mặt\s*(\d+))?\s*\)\s*$/iu;

/** "Trường Tiểu học A (đại biểu 3, có mặt 2); Trường Tiểu học B": the cụm's schools. */
function readUnits(r: SettingsReader): MeetingUnit[] | undefined {
  if (!r.has('vote.meeting.units')) return undefined;
  return splitList(r.text('vote.meeting.units')).map((item): MeetingUnit => {
    const match = UNIT_PATTERN.exec(item);
    if (!match || (match[2] === undefined && match[3] === undefined)) return { name: item };
    return {
      name: match[1].trim(),
      ...(match[2] !== undefined ? { delegates: Number(match[2]) } : {}),
      ...(match[3] !== undefined ? { present: Number(match[3]) } : {}),
    };
  });
}

function readTellers(r: SettingsReader): Teller[] | undefined {
  const items = splitList(r.text('vote.meeting.tellers'));
  if (items.length === 0) return undefined;
  return items.map((item) => {
    const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(item);
    return match ? { name: match[1].trim(), role: match[2].trim() } : { name: item, role: 'Thành viên' };
  });
}

/** "2021-05-20" from "20/05/2021", "2021-05-20" or an Excel date serial (domain/text's date reading). */
function readDate(r: SettingsReader): string | undefined {
  const v = r.text('vote.meeting.date');
  if (v === undefined) return undefined;
  const parsed = parseVietnameseDate(v);
  if (parsed.ok && parsed.value !== null) return parsed.value;
  r.problem(
    'vote.meeting.date',
    `Ngày họp "${v}" trên sheet Quy chế không đọc được; hãy nhập dạng dd/mm/yyyy, ví dụ 20/05/2021.`,
  );
  return undefined;
}

function readRounds(r: SettingsReader): RoundSetup[] {
  const rounds: RoundSetup[] = [];
  for (let n = 1; r.has(`vote.round.${n}.issued`) || r.has(`vote.round.${n}.candidates`); n++) {
    const issued = r.number(`vote.round.${n}.issued`, `Vòng ${n} – số phiếu phát ra`) ?? 0;
    const list = r.text(`vote.round.${n}.candidates`);
    const keys =
      list === undefined || list.toLowerCase() === ALL_CANDIDATES.toLowerCase() ? undefined : splitList(list);
    rounds.push({
      round: n,
      issued,
      ...(keys ? { candidateKeys: keys } : {}),
      ...(r.yesNo(`vote.round.${n}.closed`, `Vòng ${n} – kết thúc`, false) ? { closed: true } : {}),
    });
  }
  return rounds;
}

function readMeeting(r: SettingsReader): Meeting {
  const seats: Partial<Record<TitleId, number>> = {};
  for (const titleId of TITLE_IDS) {
    const s = r.number(`vote.seats.${titleId}`, `${TITLES[titleId].shortLabel} – số suất`);
    if (s !== undefined) seats[titleId] = s;
  }
  const presentNames = splitList(r.text('vote.meeting.presentNames'));
  const tellers = readTellers(r);
  const date = readDate(r);
  const units = readUnits(r);
  return {
    body: r.choice('vote.meeting.body', 'Đối tượng bỏ phiếu', BODY_LABELS, 'council'),
    totalMembers: r.number('vote.meeting.totalMembers', 'Tổng số thành viên') ?? 0,
    present: r.number('vote.meeting.present', 'Số người có mặt') ?? 0,
    ...(presentNames.length > 0 ? { presentNames } : {}),
    form: r.choice('vote.meeting.form', 'Hình thức', FORM_LABELS, 'secret'),
    candidates: readCandidates(r),
    ...(Object.keys(seats).length > 0 ? { seats } : {}),
    countingRule: r.choice(
      'vote.meeting.countingRule',
      'Phiếu đánh dấu quá số suất',
      COUNTING_RULE_LABELS,
      'invalid',
    ),
    rounds: readRounds(r),
    ...(tellers ? { tellers } : {}),
    ...(date ? { date } : {}),
    ...(units ? { units } : {}),
  };
}

/**
 * The profile and meeting from "Quy chế" values (key → value, as readQuyCheEntries returns them). Values
 * that cannot be read fall back to the built-in profile named by vote.profile.id and are reported.
 */
export function readVoteSettings(map: Map<string, CellValue>): {
  profile: RuleProfile;
  meeting: Meeting;
  issues: DomainIssue[];
} {
  const reader = new SettingsReader(map);
  const profile = readProfile(reader);
  const meeting = readMeeting(reader);
  return { profile, meeting, issues: reader.issues };
}
