/**
 * The targets a school starts from and the edits the Chỉ tiêu panel makes to them, as pure functions over
 * the case's targets: the pane writes the result back with writeTargetsArea, so what the sheet holds is
 * always what the user chose here.
 */
import type { CaseTargets } from '../../../../domain/case';
import type { SchoolRoster } from '../../../../domain/school/types';
import { TARGET_PROFILES, seed000Targets, type Registration, type Target } from '../../../../domain/targets';
import type { TitleId } from '../../../../domain/titles';

/**
 * Seed 000's list of targets, sized to this school: LĐTT for every staff member, CSTĐCS at 15 % of them
 * (the usual cap), TTLĐTT for every tổ. Awarding bodies are the sample school's, so they are left empty
 * for the school to fill in rather than guessed.
 */
export function defaultTargets(roster: SchoolRoster): Target[] {
  const staff = roster.staff.length;
  const teams = roster.teams.filter((team) => roster.staff.some((p) => p.teamId === team.id)).length;
  return seed000Targets().map((target): Target => {
    const sized = { ...target, level: '' };
    if (target.id === 'LDTT') return { ...sized, count: staff };
    if (target.id === 'CSTDCS') return { ...sized, count: Math.floor((staff * 15) / 100) };
    if (target.id === 'CSTD_TINH') return { ...sized, count: Math.min(1, staff) };
    if (target.id === 'TTLDTT-TO')
      return { ...sized, awardLabel: 'Tổ lao động tiên tiến', count: teams, of: teams };
    return sized;
  });
}

/** A fresh targets area: the default list, nobody registered yet, the current law's conditions. */
export function defaultCaseTargets(roster: SchoolRoster): CaseTargets {
  return {
    profile: TARGET_PROFILES['luat-2022'],
    targets: defaultTargets(roster),
    registrations: [],
    records: [],
  };
}

export interface NewTarget {
  awardLabel: string;
  level: string;
  count: number;
  titleId?: TitleId;
}

/** An id nobody has, built from the label's letters ("Hai giỏi" → "HAI-GIOI", then "HAI-GIOI-2"). */
export function targetId(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'D')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'CHI-TIEU';
  const used = new Set(taken.map((id) => id.toUpperCase()));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A target for a title (counted from the registrations) or, without a title, one counted by hand. */
export function addTarget(targets: CaseTargets, input: NewTarget): CaseTargets {
  const id = targetId(
    input.awardLabel,
    targets.targets.map((t) => t.id),
  );
  const target: Target = input.titleId
    ? {
        id,
        kind: ['TTLDTT', 'TTLDXS', 'CO_THI_DUA'].includes(input.titleId) ? 'collective' : 'individual',
        titleId: input.titleId,
        awardLabel: input.awardLabel.trim(),
        level: input.level.trim(),
        count: input.count,
      }
    : {
        id,
        kind: 'union',
        awardLabel: input.awardLabel.trim(),
        level: input.level.trim(),
        count: input.count,
      };
  return { ...targets, targets: [...targets.targets, target] };
}

export function updateTarget(targets: CaseTargets, id: string, change: Partial<NewTarget>): CaseTargets {
  return {
    ...targets,
    targets: targets.targets.map((t) =>
      t.id === id
        ? {
            ...t,
            ...(change.awardLabel !== undefined ? { awardLabel: change.awardLabel.trim() } : {}),
            ...(change.level !== undefined ? { level: change.level.trim() } : {}),
            ...(change.count !== undefined ? { count: change.count } : {}),
          }
        : t,
    ),
  };
}

/** Removes the target and the result typed for it by hand; registrations are the people's, they stay. */
export function removeTarget(targets: CaseTargets, id: string): CaseTargets {
  const manualResults = targets.manualResults ? { ...targets.manualResults } : undefined;
  if (manualResults) delete manualResults[id];
  return { ...targets, targets: targets.targets.filter((t) => t.id !== id), manualResults };
}

function samePersonTitle(r: Registration, personId: string, titleId: TitleId): boolean {
  return r.subject.kind === 'person' && r.subject.id === personId && r.titleId === titleId;
}

export function isRegistered(targets: CaseTargets, personId: string, titleId: TitleId): boolean {
  return targets.registrations.some((r) => samePersonTitle(r, personId, titleId));
}

/** Registers a person for a title, or withdraws the registration. */
export function setRegistration(
  targets: CaseTargets,
  personId: string,
  titleId: TitleId,
  registered: boolean,
): CaseTargets {
  const others = targets.registrations.filter((r) => !samePersonTitle(r, personId, titleId));
  return {
    ...targets,
    registrations: registered ? [...others, { subject: { kind: 'person', id: personId }, titleId }] : others,
  };
}
