/**
 * Finds the person a row of an old sheet is about. Names are compared in NFC, ignoring case and spacing,
 * never ignoring diacritics. Namesakes are told apart by staff code, birth date or tổ; when none of these
 * settles it the row is reported, never given to one of them by guess.
 */
import type { Person, Team } from '../school/types';
import { nameMatchKey } from '../text/normalize';
import { findTeam } from './teams';

export interface RowIdentity {
  name: string;
  staffCode?: string;
  /** ISO date, when the sheet has one. */
  birthDate?: string;
  teamText?: string;
}

export type PersonMatch =
  | { kind: 'found'; person: Person }
  /** Several people carry the name and nothing on the row tells them apart. */
  | { kind: 'ambiguous'; candidates: Person[] }
  /** The staff code belongs to someone with another name. */
  | { kind: 'code-conflict'; person: Person }
  | { kind: 'none' };

export class PersonIndex {
  private readonly byName = new Map<string, Person[]>();
  private readonly byCode = new Map<string, Person>();

  constructor(
    staff: readonly Person[],
    private readonly teams: readonly Team[],
  ) {
    for (const person of staff) this.add(person);
  }

  add(person: Person): void {
    const key = nameMatchKey(person.fullName);
    this.byName.set(key, [...(this.byName.get(key) ?? []), person]);
    this.byCode.set(person.id.trim().toLowerCase(), person);
  }

  hasCode(code: string): boolean {
    return this.byCode.has(code.trim().toLowerCase());
  }

  match(identity: RowIdentity): PersonMatch {
    const key = nameMatchKey(identity.name);
    if (identity.staffCode) {
      const person = this.byCode.get(identity.staffCode.trim().toLowerCase());
      if (person) {
        // A row without a name is identified by its code alone.
        return key === '' || nameMatchKey(person.fullName) === key
          ? { kind: 'found', person }
          : { kind: 'code-conflict', person };
      }
    }
    let candidates = this.byName.get(key) ?? [];
    if (candidates.length <= 1)
      return candidates.length === 1 ? { kind: 'found', person: candidates[0] } : { kind: 'none' };
    if (identity.birthDate) candidates = narrow(candidates, (p) => p.birthDate === identity.birthDate);
    const team = identity.teamText ? findTeam(this.teams, identity.teamText) : null;
    if (team) candidates = narrow(candidates, (p) => p.teamId === team.id);
    return candidates.length === 1
      ? { kind: 'found', person: candidates[0] }
      : { kind: 'ambiguous', candidates };
  }
}

/** Keeps the candidates that pass, unless none does (then the row is ambiguous among all of them). */
function narrow(candidates: Person[], test: (person: Person) => boolean): Person[] {
  const kept = candidates.filter(test);
  return kept.length > 0 ? kept : candidates;
}
