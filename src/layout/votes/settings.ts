/**
 * The vote's rule profile and meeting setup as "Quy chế" key/value rows (entries.ts contract); read back
 * by settings-read.ts.
 * Everything a formula needs (thresholds, bases, quorum, issued ballots…) gets a workbook name. Lists that
 * have no formula use (candidates, present names, tellers) are written as "a; b; c" in one cell.
 */
import type { QuyCheEntry, QuyCheSection } from '../quy-che/entries';
import { TITLES, TITLE_IDS, type TitleId } from '../../domain/titles';
import type { Meeting, MeetingUnit, RoundSetup, RuleProfile, TitleRule } from '../../domain/votes';
import {
  BASE_LABELS,
  BODY_LABELS,
  COUNTING_RULE_LABELS,
  FORM_LABELS,
  NO,
  RULE_ORIGIN_LABELS,
  YES,
} from './labels';
import { VOTE_NAMES } from './names';

export const VOTE_SECTION_TITLE = 'Bỏ phiếu bình xét';

const LIST_SEPARATOR = '; ';
export const ALL_CANDIDATES = 'Tất cả';

const yesNo = (b: boolean | undefined): string => (b ? YES : NO);
const yesNoValidation = (what: string): QuyCheEntry['validation'] => ({
  kind: 'list',
  list: [YES, NO],
  errorMessage: `${what}: chỉ chọn "${YES}" hoặc "${NO}".`,
});

function origin(rule: { schoolChoice?: boolean; unverified?: boolean }): string {
  if (rule.unverified) return RULE_ORIGIN_LABELS.unverified;
  if (rule.schoolChoice) return RULE_ORIGIN_LABELS.schoolChoice;
  return RULE_ORIGIN_LABELS.law;
}

/** "20/05/2021" from "2021-05-20". */
function displayDate(iso: string | undefined): string | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : null;
}

function profileEntries(profile: RuleProfile): QuyCheEntry[] {
  const entries: QuyCheEntry[] = [
    {
      key: 'vote.profile.id',
      label: 'Mã quy chế bỏ phiếu',
      value: profile.id,
      note: 'seed003-tt35-2015, nd91-2017, nd98-2023, nd152-2025 hoặc custom (quy chế riêng)',
    },
    { key: 'vote.profile.label', label: 'Tên quy chế', value: profile.label, name: VOTE_NAMES.profileLabel },
    { key: 'vote.profile.source', label: 'Căn cứ', value: profile.source },
    {
      key: 'vote.profile.unverified',
      label: 'Chưa kiểm chứng với văn bản',
      value: yesNo(profile.unverified),
      validation: yesNoValidation('Chưa kiểm chứng'),
    },
  ];
  const q = profile.quorum;
  entries.push(
    {
      key: 'vote.quorum.numerator',
      label: 'Túc số – tử số (để trống nếu không đặt túc số)',
      value: q ? q.numerator : null,
      name: VOTE_NAMES.quorumNumerator,
      note: q ? `${origin(q)}. ${q.source}` : 'Quy chế không đặt túc số',
      validation: {
        kind: 'whole',
        min: 0,
        max: 1000,
        errorMessage: 'Tử số túc số phải là số nguyên không âm, ví dụ 2 trong 2/3.',
      },
    },
    {
      key: 'vote.quorum.denominator',
      label: 'Túc số – mẫu số',
      value: q ? q.denominator : null,
      name: VOTE_NAMES.quorumDenominator,
      validation: {
        kind: 'whole',
        min: 1,
        max: 1000,
        errorMessage: 'Mẫu số túc số phải là số nguyên dương, ví dụ 3 trong 2/3.',
      },
    },
    {
      key: 'vote.quorum.origin',
      label: 'Túc số – nguồn',
      value: q ? origin(q) : null,
      validation: originValidation(),
    },
    { key: 'vote.quorum.source', label: 'Túc số – căn cứ', value: q ? q.source : null },
  );
  for (const titleId of TITLE_IDS) entries.push(...titleEntries(titleId, profile.perTitle[titleId]));
  for (const cap of profile.caps ?? []) {
    const short = TITLES[cap.titleId].shortLabel;
    entries.push(
      {
        key: `vote.cap.${cap.titleId}.percent`,
        label: `${short} – tối đa (% số ${TITLES[cap.ofTitleId].shortLabel})`,
        value: cap.percent,
        note: cap.source,
        validation: {
          kind: 'decimal',
          min: 0,
          max: 100,
          errorMessage: `Giới hạn ${short} phải từ 0 đến 100 (%).`,
        },
      },
      {
        key: `vote.cap.${cap.titleId}.of`,
        label: `${short} – tính trên danh hiệu (mã)`,
        value: cap.ofTitleId,
      },
      { key: `vote.cap.${cap.titleId}.source`, label: `${short} – căn cứ giới hạn`, value: cap.source },
    );
  }
  return entries;
}

function originValidation(): QuyCheEntry['validation'] {
  const list = Object.values(RULE_ORIGIN_LABELS);
  return { kind: 'list', list, errorMessage: `Chỉ chọn một trong: ${list.join(', ')}.` };
}

function titleEntries(titleId: TitleId, rule: TitleRule): QuyCheEntry[] {
  const short = TITLES[titleId].shortLabel;
  const baseList = Object.values(BASE_LABELS);
  return [
    {
      key: `vote.title.${titleId}.threshold`,
      label: `${short} – ngưỡng đồng ý (%)`,
      value: rule.threshold.percent,
      name: VOTE_NAMES.threshold(titleId),
      note: `"Từ … % trở lên". ${rule.source}`,
      validation: {
        kind: 'decimal',
        min: 0,
        max: 100,
        errorMessage: `Ngưỡng đồng ý của ${short} phải là số từ 0 đến 100 (phần trăm), tối đa hai chữ số thập phân.`,
      },
    },
    {
      key: `vote.title.${titleId}.base`,
      label: `${short} – tính trên`,
      value: BASE_LABELS[rule.base],
      name: VOTE_NAMES.base(titleId),
      validation: {
        kind: 'list',
        list: baseList,
        errorMessage: `Chỉ chọn một trong: ${baseList.join(', ')}.`,
      },
    },
    {
      key: `vote.title.${titleId}.secret`,
      label: `${short} – bắt buộc bỏ phiếu kín`,
      value: yesNo(rule.secretBallot),
      validation: yesNoValidation(`${short} – bỏ phiếu kín`),
    },
    {
      key: `vote.title.${titleId}.written`,
      label: `${short} – tính phiếu bằng văn bản của thành viên vắng mặt`,
      value: yesNo(rule.absentWrittenVotes),
      name: VOTE_NAMES.written(titleId),
      validation: yesNoValidation(`${short} – phiếu bằng văn bản`),
    },
    {
      key: `vote.title.${titleId}.origin`,
      label: `${short} – nguồn quy định`,
      value: origin(rule),
      validation: originValidation(),
    },
    { key: `vote.title.${titleId}.source`, label: `${short} – căn cứ`, value: rule.source },
  ];
}

function meetingEntries(meeting: Meeting): QuyCheEntry[] {
  const entries: QuyCheEntry[] = [
    {
      key: 'vote.meeting.body',
      label: 'Đối tượng bỏ phiếu',
      value: BODY_LABELS[meeting.body],
      name: VOTE_NAMES.body,
      validation: {
        kind: 'list',
        list: Object.values(BODY_LABELS),
        errorMessage:
          'Chọn Hội đồng Thi đua – Khen thưởng, toàn thể cán bộ hoặc đại biểu các đơn vị trong cụm.',
      },
    },
    {
      key: 'vote.meeting.totalMembers',
      label: 'Tổng số thành viên',
      value: meeting.totalMembers,
      name: VOTE_NAMES.totalMembers,
      validation: {
        kind: 'whole',
        min: 1,
        max: 10000,
        errorMessage: 'Tổng số thành viên phải là số nguyên dương.',
      },
    },
    {
      key: 'vote.meeting.present',
      label: 'Số người có mặt',
      value: meeting.present,
      name: VOTE_NAMES.present,
      validation: {
        kind: 'whole',
        min: 0,
        max: 10000,
        errorMessage: 'Số người có mặt phải là số nguyên không âm, không quá tổng số thành viên.',
      },
    },
    {
      key: 'vote.meeting.presentNames',
      label: 'Danh sách có mặt (cách nhau bởi dấu ;)',
      value: meeting.presentNames ? meeting.presentNames.join(LIST_SEPARATOR) : null,
    },
    {
      key: 'vote.meeting.form',
      label: 'Hình thức',
      value: FORM_LABELS[meeting.form],
      name: VOTE_NAMES.form,
      validation: {
        kind: 'list',
        list: Object.values(FORM_LABELS),
        errorMessage: 'Chọn bỏ phiếu kín hoặc biểu quyết giơ tay.',
      },
    },
    {
      key: 'vote.meeting.countingRule',
      label: 'Phiếu đánh dấu quá số suất hoặc không đánh dấu',
      value: COUNTING_RULE_LABELS[meeting.countingRule],
      name: VOTE_NAMES.countingRule,
      validation: {
        kind: 'list',
        list: Object.values(COUNTING_RULE_LABELS),
        errorMessage: 'Chọn "Cả phiếu không hợp lệ" hoặc "Dòng đó để trống".',
      },
    },
    { key: 'vote.meeting.date', label: 'Ngày họp (dd/mm/yyyy)', value: displayDate(meeting.date) },
    {
      key: 'vote.meeting.tellers',
      label: 'Ban kiểm phiếu: Họ tên (nhiệm vụ); …',
      value: meeting.tellers
        ? meeting.tellers.map((t) => `${t.name} (${t.role})`).join(LIST_SEPARATOR)
        : null,
    },
  ];
  const titles = TITLE_IDS.filter((t) => meeting.candidates.some((c) => c.titleId === t));
  for (const titleId of titles) {
    const short = TITLES[titleId].shortLabel;
    entries.push(
      {
        key: `vote.candidates.${titleId}`,
        label: `Đề nghị ${short}: mã = họ tên; …`,
        value: meeting.candidates
          .filter((c) => c.titleId === titleId)
          .map((c) => `${c.id} = ${c.name}`)
          .join(LIST_SEPARATOR),
      },
      ...candidateUnitEntries(meeting, titleId),
      {
        key: `vote.seats.${titleId}`,
        label: `${short} – số suất tối đa trên một phiếu (để trống nếu không giới hạn)`,
        value: meeting.seats?.[titleId] ?? null,
        name: VOTE_NAMES.seats(titleId),
        validation: {
          kind: 'whole',
          min: 1,
          max: 1000,
          errorMessage: `Số suất ${short} phải là số nguyên dương, hoặc để trống.`,
        },
      },
    );
  }
  for (const round of meeting.rounds) entries.push(...roundEntries(round));
  if (meeting.units) {
    entries.push({
      key: 'vote.meeting.units',
      label: 'Các đơn vị trong cụm: tên trường (đại biểu 3, có mặt 2); …',
      value: meeting.units.map(unitText).join(LIST_SEPARATOR),
    });
  }
  return entries;
}

/** "Trường Tiểu học A (đại biểu 3, có mặt 2)", or only the name when no delegate is recorded. */
export function unitText(unit: MeetingUnit): string {
  const parts = [
    ...(unit.delegates !== undefined ? [`đại biểu ${unit.delegates}`] : []),
    ...(unit.present !== undefined ? [`có mặt ${unit.present}`] : []),
  ];
  return parts.length > 0 ? `${unit.name} (${parts.join(', ')})` : unit.name;
}

/** A cluster meeting's "mã = đơn vị" row for a title, only when some candidate of it names a school. */
function candidateUnitEntries(meeting: Meeting, titleId: TitleId): QuyCheEntry[] {
  const named = meeting.candidates.filter((c) => c.titleId === titleId && c.unitName !== undefined);
  if (named.length === 0) return [];
  return [
    {
      key: `vote.candidateUnits.${titleId}`,
      label: `Đề nghị ${TITLES[titleId].shortLabel} – đơn vị: mã = tên trường; …`,
      value: named.map((c) => `${c.id} = ${c.unitName}`).join(LIST_SEPARATOR),
    },
  ];
}

function roundEntries(round: RoundSetup): QuyCheEntry[] {
  const n = round.round;
  return [
    {
      key: `vote.round.${n}.issued`,
      label: `Vòng ${n} – số phiếu phát ra`,
      value: round.issued,
      name: VOTE_NAMES.issued(n),
      validation: {
        kind: 'whole',
        min: 0,
        max: 10000,
        errorMessage: `Số phiếu phát ra ở vòng ${n} phải là số nguyên, không quá số người có mặt.`,
      },
    },
    {
      key: `vote.round.${n}.candidates`,
      label: `Vòng ${n} – ứng viên (mã danh hiệu:mã; … hoặc "${ALL_CANDIDATES}")`,
      value: round.candidateKeys ? round.candidateKeys.join(LIST_SEPARATOR) : ALL_CANDIDATES,
    },
    {
      key: `vote.round.${n}.closed`,
      label: `Vòng ${n} – đã kết thúc kiểm phiếu`,
      value: yesNo(round.closed),
      name: VOTE_NAMES.closed(n),
      validation: yesNoValidation(`Vòng ${n} – kết thúc`),
    },
  ];
}

/** The "Bỏ phiếu bình xét" section of "Quy chế": the profile, then the meeting. */
export function voteSettingsSection(profile: RuleProfile, meeting: Meeting): QuyCheSection {
  return { title: VOTE_SECTION_TITLE, entries: [...profileEntries(profile), ...meetingEntries(meeting)] };
}
