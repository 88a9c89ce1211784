/** The criterion form as text (numbers with a decimal comma), read into a Criterion when saved. */
import type { Criterion, CriterionKind, ScoringConfig } from '../../../../domain/scoring';
import { parseVietnameseNumber } from '../../../../domain/text';
import { showNumber } from '../shared/format';
import { cleanCriterion, criterionProblems } from './criteria-edit';
import { CHECK_MESSAGES, type CheckMessages } from '../check-messages';

export interface CriterionFormText {
  id: string;
  sectionId: string;
  label: string;
  kind: CriterionKind;
  max: string;
  step: string;
  floor: string;
  roles: 'all' | string[];
}

export function criterionFormText(criterion: Criterion): CriterionFormText {
  return {
    id: criterion.id,
    sectionId: criterion.sectionId,
    label: criterion.label,
    kind: criterion.kind,
    max: showNumber(criterion.max),
    step: showNumber(criterion.deductionStep),
    floor: showNumber(criterion.floor),
    roles: criterion.roles === 'all' ? 'all' : [...criterion.roles],
  };
}

/** The criterion, or the problems (in the pane's language) that stop it being saved. */
export function readCriterionForm(
  text: CriterionFormText,
  config: ScoringConfig,
  index: number | null,
  m: CheckMessages['criterion'] = CHECK_MESSAGES.vi.criterion,
): { criterion: Criterion } | { problems: string[] } {
  const problems: string[] = [];
  const number = (value: string, what: string): number | undefined => {
    const parsed = parseVietnameseNumber(value);
    if (!parsed.ok) {
      problems.push(`${what}: ${parsed.reason}`);
      return undefined;
    }
    return parsed.value ?? undefined;
  };
  const max = number(text.max, m.max);
  const step = text.kind === 'deduction' ? number(text.step, m.step) : undefined;
  const floor = text.kind === 'bonus' ? undefined : number(text.floor, m.floor);
  const criterion: Criterion = {
    id: text.id,
    sectionId: text.sectionId,
    label: text.label,
    kind: text.kind,
    max: max ?? Number.NaN,
    roles: text.roles,
  };
  if (step !== undefined) criterion.deductionStep = step;
  if (floor !== undefined) criterion.floor = floor;
  if (problems.length > 0) return { problems };
  const found = criterionProblems(config, criterion, index, m);
  return found.length > 0 ? { problems: found } : { criterion: cleanCriterion(criterion) };
}
