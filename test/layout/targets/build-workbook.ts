/** Builds "Đăng ký" and "Chỉ tiêu" from a domain input the way the add-in will, for parity and sheet tests. */
import type { TargetsEvaluation, TargetsInput } from '../../../src/domain/targets';
import { evaluateTargets } from '../../../src/domain/targets';
import type { SheetSpec } from '../../../src/layout/grid';
import type { RegistrationLayout, TargetsLayout } from '../../../src/layout/targets';
import {
  buildRegistrationSheet,
  buildTargetsSheet,
  resultMarks,
  targetSettingsSection,
} from '../../../src/layout/targets';
import { FormulaWorkbook } from '../../support/hyperformula';

export interface BuiltWorkbook {
  evaluation: TargetsEvaluation;
  registration: { sheet: SheetSpec; layout: RegistrationLayout };
  targets: { sheet: SheetSpec; layout: TargetsLayout };
  names: Record<string, number>;
  workbook: FormulaWorkbook;
}

/** The workbook names the "Quy chế" section defines, with their values. */
export function settingNames(input: TargetsInput): Record<string, number> {
  const names: Record<string, number> = {};
  for (const e of targetSettingsSection(input.profile).entries) {
    if (e.name && typeof e.value === 'number') names[e.name] = e.value;
  }
  return names;
}

export function buildWorkbook(input: TargetsInput, schoolYear = '2020-2021'): BuiltWorkbook {
  const evaluation = evaluateTargets(input);
  const registration = buildRegistrationSheet({
    profile: input.profile,
    schoolName: input.schoolName,
    schoolYear,
    staff: input.staff,
    teams: input.teams,
    registrations: input.registrations,
    records: input.records,
    unitRecords: input.unitRecords,
    marks: resultMarks(evaluation),
  });
  const targets = buildTargetsSheet({
    targets: input.targets,
    manualResults: input.manualResults,
    profile: input.profile,
    schoolName: input.schoolName,
    schoolYear,
    registration: registration.layout,
  });
  const names = settingNames(input);
  // The settings stand as constants here: the names' values, not the "Quy chế" cells they point to.
  const constants = Object.entries(names).map(([name, value]) => ({ name, reference: String(value) }));
  const workbook = new FormulaWorkbook([registration.sheet, targets.sheet], constants);
  return { evaluation, registration, targets, names, workbook };
}
