/**
 * Whose papers a workbook prints, decided once: a school's; a Phòng's report on its schools (a roster of
 * schools); or a cụm thi đua's meeting papers (its roster lists schools too, but its meeting is the
 * delegates'). Defaults, the catalogue, the lists and the biên bản all ask here.
 */
import type { SchoolCase } from '../../domain/case';
import { unitKindOf } from '../../domain/school/units';
import { isClusterMeeting } from '../../domain/votes/cluster';

export type PaperKind = 'school' | 'phong' | 'cluster';

export function paperKindOf(schoolCase: Pick<SchoolCase, 'roster' | 'votes'>): PaperKind {
  if (schoolCase.votes && isClusterMeeting(schoolCase.votes.meeting)) return 'cluster';
  return unitKindOf(schoolCase.roster) === 'school' ? 'phong' : 'school';
}
