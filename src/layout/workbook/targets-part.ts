/** The targets' sheets for a case: "Đăng ký" (registrations, records, KQ marks) and "Chỉ tiêu". */
import type { SchoolRoster } from '../../domain/school/types';
import type { CaseTargets } from '../../domain/case';
import type { TargetsEvaluation } from '../../domain/targets';
import type { SheetSpec } from '../grid';
import {
  CHI_TIEU_SHEET,
  DANG_KY_SHEET,
  buildRegistrationSheet,
  buildTargetsSheet,
  resultMarks,
  type RegistrationLayout,
  type TargetsLayout,
} from '../targets';
import type { FreeSheetNames } from '../sheet-namer';

export interface TargetsPart {
  sheets: SheetSpec[];
  targetsLayout: TargetsLayout;
  registration: RegistrationLayout;
}

export function buildTargetsPart(
  roster: SchoolRoster,
  targets: CaseTargets,
  evaluation: TargetsEvaluation | undefined,
  namer: FreeSheetNames,
): TargetsPart {
  const profile = targets.profile;
  const common = { profile, schoolName: roster.info.name, schoolYear: roster.info.schoolYear };
  const registration = buildRegistrationSheet({
    ...common,
    staff: roster.staff,
    teams: roster.teams,
    registrations: targets.registrations,
    records: targets.records,
    unitRecords: targets.unitRecords,
    marks: evaluation ? resultMarks(evaluation) : undefined,
    sheetName: namer.take(DANG_KY_SHEET),
  });
  const built = buildTargetsSheet({
    ...common,
    targets: targets.targets,
    manualResults: targets.manualResults,
    registration: registration.layout,
    sheetName: namer.take(CHI_TIEU_SHEET),
  });
  return {
    // Chỉ tiêu first: it is what the principal opens.
    sheets: [built.sheet, registration.sheet],
    targetsLayout: built.layout,
    registration: registration.layout,
  };
}
