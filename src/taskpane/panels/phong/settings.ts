/** The Phòng's gathering settings as typed in the panel, turned into the domain's settings. */
import type { GatherSettings } from '../../../domain/phong';
import { parseVietnameseDate } from '../../../domain/text';

export interface PhongForm {
  schoolYear: string;
  /** dd/mm/yyyy as typed. */
  deadline: string;
  phongName: string;
  /** One school per line. */
  expectedSchools: string;
}

export const EMPTY_PHONG_FORM: PhongForm = {
  schoolYear: '',
  deadline: '',
  phongName: '',
  expectedSchools: '',
};

/** The settings, and whether the deadline typed is not a date (then it is ignored and said). */
export function gatherSettingsFromForm(form: PhongForm): {
  settings: GatherSettings;
  deadlineInvalid: boolean;
} {
  const settings: GatherSettings = {};
  if (form.schoolYear.trim()) settings.schoolYear = form.schoolYear.trim();
  if (form.phongName.trim()) settings.phongName = form.phongName.trim();
  const expected = form.expectedSchools
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (expected.length > 0) settings.expectedSchools = expected;
  let deadlineInvalid = false;
  if (form.deadline.trim()) {
    const parsed = parseVietnameseDate(form.deadline.trim());
    if (parsed.ok && parsed.value) settings.deadline = parsed.value;
    else deadlineInvalid = true;
  }
  return { settings, deadlineInvalid };
}
