/**
 * The Phòng's next step after gathering: scoring its schools needs a roster whose units are the schools
 * (units.ts: mã trường, tên trường, cấp học, mã cụm). Built from the gathered summaries, so nobody retypes
 * the list of schools.
 */
import { parseSchoolYearLabel } from '../history/title-text';
import type { Person, Role, SchoolInfo, SchoolRoster, Team } from '../school/types';
import { SCHOOL_LEVELS } from '../school/units';
import type { DistrictGathering } from './gather';

/** A school whose cấp học is neither given nor in its name. */
const UNKNOWN_LEVEL: Role = { id: 'chua-ro-cap-hoc', label: 'Chưa rõ cấp học' };
/** A school that gives no cụm. */
const NO_CLUSTER: Team = { id: 'chua-xep-cum', name: 'Chưa xếp cụm' };

/**
 * Cấp học from the school's name, which by the school charters states it ("Trường Tiểu học …", "Trường THCS
 * …", "Trường Mầm non …", "Trường Tiểu học và THCS …"); undefined when the name does not say.
 */
export function levelFromSchoolName(name: string): string | undefined {
  const text = name.normalize('NFC').toLocaleLowerCase('vi');
  // Abbreviations between spaces: \b would take the "th" of "thông" (ô is not a word character to \b).
  const primary = /tiểu học|(^|\s)th(\s|$)/.test(text);
  const lowerSecondary = /trung học cơ sở|(^|\s)thcs(\s|$)/.test(text);
  if (/liên cấp/.test(text) || (primary && lowerSecondary)) return 'lien-cap';
  if (/mầm non|mẫu giáo|nhà trẻ/.test(text)) return 'mam-non';
  if (lowerSecondary) return 'thcs';
  if (primary) return 'tieu-hoc';
  return undefined;
}

export interface PhongIdentity {
  /** The Phòng's name, standing where a school's roster has the school's. */
  name: string;
  parentBody: string;
  place: string;
}

/** First and last day of a school year "2020-2021" as a Phòng's scoring sheet needs them: to be checked. */
function yearDays(schoolYear: string): { yearStart: string; yearEnd: string } {
  const first = parseSchoolYearLabel(schoolYear);
  // Left blank when the year does not parse: `thidua new` then asks for the dates instead of guessing.
  if (first === undefined) return { yearStart: '', yearEnd: '' };
  return { yearStart: `${first}-09-01`, yearEnd: `${first + 1}-05-31` };
}

/**
 * The gathered schools as a roster of schools: id = the school's mã (or T001… in the list's order when its
 * file gives none), fullName = its name, roleId = its cấp học, teamId = its cụm. The year's first and last
 * days are the usual 1/9 and 31/5, for the Phòng to correct.
 */
export function schoolRosterOf(gathering: DistrictGathering, phong: PhongIdentity): SchoolRoster {
  const info: SchoolInfo = {
    name: phong.name,
    schoolYear: gathering.schoolYear,
    parentBody: phong.parentBody,
    place: phong.place,
    ...yearDays(gathering.schoolYear),
  };
  const used = new Set<string>();
  const teams = new Map<string, Team>();
  const taken = new Set<string>();
  const width = Math.max(3, String(gathering.schools.length).length);
  const staff = gathering.schools.map(({ summary: { school } }, i): Person => {
    const wanted = school.code?.trim() || `T${String(i + 1).padStart(width, '0')}`;
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    const roleId = school.level?.trim() || levelFromSchoolName(school.name) || UNKNOWN_LEVEL.id;
    used.add(roleId);
    const clusterId = school.clusterId?.trim();
    const team = clusterId ? { id: clusterId, name: school.clusterName?.trim() || clusterId } : NO_CLUSTER;
    if (!teams.has(team.id)) teams.set(team.id, team);
    return { id, fullName: school.name, roleId, position: 'Hiệu trưởng', teamId: team.id };
  });
  // The cấp học in use, known ones first in their usual order; a Phòng's own id is its own label.
  const roles: Role[] = [
    ...SCHOOL_LEVELS.filter((level) => used.has(level.id)),
    ...[...used]
      .filter((id) => !SCHOOL_LEVELS.some((level) => level.id === id))
      .map((id) => (id === UNKNOWN_LEVEL.id ? UNKNOWN_LEVEL : { id, label: id })),
  ];
  return { info, unitKind: 'school', roles, teams: [...teams.values()], staff };
}
