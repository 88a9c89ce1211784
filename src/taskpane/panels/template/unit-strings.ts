/**
 * The panel's words for who is scored: a Phòng's form says cấp học, cụm and trường where a school's says
 * vai trò, tổ and cán bộ (domain/school/units.ts). Each hook merges the Phòng's words over the school's.
 */
import type { UnitKind } from '../../../domain/school/units';
import { usePanelStrings } from '../../i18n';
import { TEMPLATE_STRINGS } from './strings';

export function useCriteriaStrings(kind: UnitKind) {
  const strings = usePanelStrings(TEMPLATE_STRINGS);
  return kind === 'school' ? { ...strings.criteria, ...strings.phong.criteria } : strings.criteria;
}

export function useLevelStrings(kind: UnitKind) {
  const strings = usePanelStrings(TEMPLATE_STRINGS);
  return kind === 'school' ? { ...strings.levels, ...strings.phong.levels } : strings.levels;
}
