/**
 * Biên bản họp xét thi đua from the vote's meeting and tally: who was present, what was voted on, how many
 * passed. What the workbook does not hold (time, place, chair, secretary) comes from the export settings.
 * When the present members are not named, the minutes keep the right counts with dotted lines to fill in.
 * The form of vote and the notes come from the domain's minutes model (minutesFromTally).
 */
import type { SchoolCase } from '../../domain/case';
import { nameMatchKey } from '../../domain/text';
import { TITLES, type TitleId } from '../../domain/titles';
import {
  keyOf,
  minutesFromTally,
  type ClusterMinutes,
  type MeetingTally,
  type MinutesOptions,
} from '../../domain/votes';
import type {
  ClusterMeetingMinutes,
  CouncilMember,
  MeetingMinutes,
  MeetingPerson,
  MeetingTitleResult,
} from '../export';
import { meetingDateTime } from './meeting-time';
import type { ExportSettings } from './types';
import type { CandidateOutcome } from './votes-lookup';
import { paperKindOf } from './paper-kind';

export interface MeetingSources {
  schoolCase: SchoolCase;
  tally: MeetingTally;
  outcomes: ReadonlyMap<string, CandidateOutcome>;
  settings: ExportSettings;
}

const blankMembers = (count: number, present: boolean): CouncilMember[] =>
  Array.from({ length: Math.max(0, count) }, () => ({ fullName: '', present }));

/** Every member, present or not; unnamed ones as blanks so the counts printed stay true. */
export function councilMembers(schoolCase: SchoolCase): CouncilMember[] {
  const meeting = schoolCase.votes!.meeting;
  const names = meeting.presentNames ?? [];
  if (names.length === 0 || names.length !== meeting.present) {
    return [
      ...blankMembers(meeting.present, true),
      ...blankMembers(meeting.totalMembers - meeting.present, false),
    ];
  }
  const present: CouncilMember[] = names.map((fullName) => ({ fullName, present: true }));
  if (meeting.body === 'allStaff') {
    // The body is the whole staff: whoever is not named present was absent, by name.
    const named = new Set(names.map(nameMatchKey));
    const absent = schoolCase.roster.staff
      .filter((p) => !named.has(nameMatchKey(p.fullName)))
      .map((p): CouncilMember => ({ fullName: p.fullName, present: false }));
    if (present.length + absent.length === meeting.totalMembers) return [...present, ...absent];
  }
  return [...present, ...blankMembers(meeting.totalMembers - meeting.present, false)];
}

function titleResults(sources: MeetingSources, voteForm: string): MeetingTitleResult[] {
  const meeting = sources.schoolCase.votes!.meeting;
  const titles: TitleId[] = [];
  for (const c of meeting.candidates) if (!titles.includes(c.titleId)) titles.push(c.titleId);
  return titles.map((titleId) => {
    const candidates = meeting.candidates.filter((c) => c.titleId === titleId);
    const statuses = candidates.map((c) => sources.outcomes.get(keyOf(c))?.tally.status ?? 'open');
    const open = statuses.filter((s) => s === 'open').length;
    const unit = TITLES[titleId].scope === 'individual' ? 'cá nhân' : 'tập thể';
    const approved = statuses.filter((s) => s === 'passed').length;
    return {
      titleId,
      voteForm,
      proposed: candidates.length,
      approved,
      ...(open > 0 ? { decision: `Chưa kiểm phiếu xong: ${open} ${unit} chưa có kết quả` } : {}),
    };
  });
}

/**
 * What the cluster's minutes need from the workbook: the cụm's name and, as units, its roster's schools (a
 * cluster's workbook lists its schools as its roster, whether or not the roster says so).
 */
export function minutesOptions(schoolCase: SchoolCase): MinutesOptions {
  const { roster } = schoolCase;
  const cluster = roster.unitKind === 'school' || schoolCase.votes?.meeting.body === 'cluster';
  return {
    unitName: roster.info.name,
    ...(cluster ? { unitNames: roster.staff.map((p) => p.fullName) } : {}),
  };
}

function clusterPart(cluster: ClusterMinutes): ClusterMeetingMinutes {
  return {
    units: cluster.units,
    leading: cluster.leading,
    leadingSource: cluster.leadingSource,
    lists: cluster.passedUp.map((list) => ({
      titleId: list.titleId,
      entries: list.entries.map(({ name, unitName, agree, base }) => ({ name, unitName, agree, base })),
    })),
  };
}

/** Chủ trì when the settings name none: the principal, or at a cluster meeting the cụm trưởng. */
function defaultChair(schoolCase: SchoolCase): MeetingPerson {
  const principal = schoolCase.roster.info.principalName;
  if (!principal) return { fullName: '' };
  const cluster = paperKindOf(schoolCase) === 'cluster';
  return { fullName: principal, position: cluster ? 'Cụm trưởng' : 'Hiệu trưởng, Chủ tịch Hội đồng' };
}

export function meetingMinutes(sources: MeetingSources): MeetingMinutes {
  const { schoolCase, settings } = sources;
  const meeting = schoolCase.votes!.meeting;
  const s = settings.meeting ?? {};
  const date = s.date ?? meeting.date;
  // The form of vote and the notes are the domain's minutes model, as on the workbook's biên bản.
  const minutes = minutesFromTally(
    schoolCase.votes!.profile,
    meeting,
    sources.tally,
    minutesOptions(schoolCase),
  );
  return {
    startsAt: meetingDateTime(date, s.startTime),
    ...(meetingDateTime(date, s.endTime) ? { endsAt: meetingDateTime(date, s.endTime) } : {}),
    place: s.place ?? '',
    chair: s.chair ?? defaultChair(schoolCase),
    secretary: s.secretary ?? { fullName: '' },
    members: councilMembers(schoolCase),
    results: titleResults(sources, minutes.form),
    notes: minutes.notes,
    ...(minutes.cluster ? { cluster: clusterPart(minutes.cluster) } : {}),
  };
}
