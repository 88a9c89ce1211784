/**
 * Edits of the criteria set (sections and criteria) and the live check the pane shows beside it: each
 * role's applicable maximum against the sheet's total (DOMAIN.md §4: a mismatch means normalised totals).
 */
import { applicableMax } from '../../../../domain/scoring';
import { romanNumeral } from '../../../../domain/text';
import type { CriteriaSection, Criterion, ScoringConfig } from '../../../../domain/scoring';
import type { Role } from '../../../../domain/school/types';
import { CHECK_MESSAGES, type CheckMessages } from '../check-messages';

export { romanNumeral };

/** The next section's id: the next Roman numeral nobody uses. */
export function nextSectionId(sections: readonly CriteriaSection[]): string {
  const taken = new Set(sections.map((section) => section.id));
  let n = sections.length + 1;
  while (taken.has(romanNumeral(n))) n++;
  return romanNumeral(n);
}

export function addSection(config: ScoringConfig, label: string): ScoringConfig {
  const id = nextSectionId(config.sections);
  const text = label.trim() === '' ? `${id}. Mục mới` : label.trim();
  return { ...config, sections: [...config.sections, { id, label: text }] };
}

export function renameSection(config: ScoringConfig, id: string, label: string): ScoringConfig {
  return {
    ...config,
    sections: config.sections.map((section) => (section.id === id ? { ...section, label } : section)),
  };
}

/** Removes a section with its criteria (the pane asks first when it has any). */
export function removeSection(config: ScoringConfig, id: string): ScoringConfig {
  return {
    ...config,
    sections: config.sections.filter((section) => section.id !== id),
    criteria: config.criteria.filter((criterion) => criterion.sectionId !== id),
  };
}

/**
 * A criterion id for a new criterion of a section: the section's number and the next free sub-number
 * ("2.7" after "2.6"), or "<section>.1" for a section numbered in letters.
 */
export function nextCriterionId(config: ScoringConfig, sectionId: string): string {
  const taken = new Set(config.criteria.map((criterion) => criterion.id));
  const index = config.sections.findIndex((section) => section.id === sectionId);
  const prefix = index >= 0 ? String(index + 1) : sectionId;
  let n = config.criteria.filter((criterion) => criterion.sectionId === sectionId).length + 1;
  while (taken.has(`${prefix}.${n}`)) n++;
  return `${prefix}.${n}`;
}

export function newCriterion(config: ScoringConfig, sectionId: string): Criterion {
  return {
    id: nextCriterionId(config, sectionId),
    sectionId,
    label: '',
    kind: 'points',
    max: 10,
    roles: 'all',
  };
}

/** Only the fields of the criterion's kind: a step for deductions, no floor for bonuses. */
export function cleanCriterion(criterion: Criterion): Criterion {
  const clean: Criterion = {
    id: criterion.id.trim(),
    sectionId: criterion.sectionId,
    label: criterion.label.normalize('NFC').trim(),
    kind: criterion.kind,
    max: criterion.max,
    roles: criterion.roles === 'all' ? 'all' : [...criterion.roles],
  };
  if (criterion.kind === 'deduction') clean.deductionStep = criterion.deductionStep;
  if (criterion.kind !== 'bonus' && criterion.floor !== undefined) clean.floor = criterion.floor;
  return clean;
}

/** Problems that stop a criterion being saved, in the pane's language; empty when it can be saved. */
export function criterionProblems(
  config: ScoringConfig,
  criterion: Criterion,
  index: number | null,
  m: CheckMessages['criterion'] = CHECK_MESSAGES.vi.criterion,
): string[] {
  const problems: string[] = [];
  const id = criterion.id.trim();
  if (id === '') problems.push(m.idEmpty);
  else if (config.criteria.some((other, i) => i !== index && other.id === id)) {
    problems.push(m.idTaken(id));
  }
  if (criterion.label.trim() === '') problems.push(m.labelEmpty);
  if (!Number.isFinite(criterion.max) || criterion.max <= 0) {
    problems.push(
      criterion.kind === 'bonus' ? m.bonusMax : criterion.kind === 'deduction' ? m.deductionMax : m.levelMax,
    );
  }
  if (criterion.kind === 'deduction' && !((criterion.deductionStep ?? 0) > 0)) {
    problems.push(m.stepPositive);
  }
  if (criterion.kind !== 'bonus' && criterion.floor !== undefined) {
    if (!Number.isFinite(criterion.floor) || criterion.floor < 0 || criterion.floor > criterion.max) {
      problems.push(m.floorRange);
    }
  }
  if (criterion.roles !== 'all' && criterion.roles.length === 0) {
    problems.push(m.noRole);
  }
  return problems;
}

/** Adds (index null: at the end of its section) or replaces a criterion. */
export function saveCriterion(
  config: ScoringConfig,
  index: number | null,
  criterion: Criterion,
): ScoringConfig {
  const saved = cleanCriterion(criterion);
  const criteria = [...config.criteria];
  if (index !== null) {
    criteria[index] = saved;
    return { ...config, criteria };
  }
  let at = -1;
  criteria.forEach((other, i) => {
    if (other.sectionId === saved.sectionId) at = i;
  });
  criteria.splice(at === -1 ? criteria.length : at + 1, 0, saved);
  return { ...config, criteria };
}

export function removeCriterion(config: ScoringConfig, index: number): ScoringConfig {
  return { ...config, criteria: config.criteria.filter((_, i) => i !== index) };
}

/** Moves a criterion one place up or down among those of its section. */
export function moveCriterion(config: ScoringConfig, index: number, direction: -1 | 1): ScoringConfig {
  const criteria = [...config.criteria];
  const section = criteria[index]?.sectionId;
  let other = index + direction;
  while (other >= 0 && other < criteria.length && criteria[other].sectionId !== section) other += direction;
  if (other < 0 || other >= criteria.length) return config;
  [criteria[index], criteria[other]] = [criteria[other], criteria[index]];
  return { ...config, criteria };
}

export interface RoleSum {
  role: Role;
  /** Sum of the maxima of the role's non-bonus criteria. */
  max: number;
  matches: boolean;
}

/** Each role's applicable maximum and whether it equals the declared total. */
export function roleSums(config: ScoringConfig, roles: readonly Role[]): RoleSum[] {
  return roles.map((role) => {
    const max = applicableMax(config, role.id);
    return { role, max, matches: Math.abs(max - config.totalPoints) < 1e-9 };
  });
}
