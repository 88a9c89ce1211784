/** Names the export prints for people and tổ, found in the roster by id. */
import type { Person, SchoolRoster, Team } from '../../domain/school/types';
import { nameMatchKey } from '../../domain/text';

export interface RosterLookup {
  person(id: string): Person | undefined;
  team(id: string): Team | undefined;
  teamName(teamId: string): string;
  members(teamId: string): Person[];
  /** The tổ trưởng (position "Tổ trưởng"), or "" when the list names none. */
  leaderName(teamId: string): string;
}

const LEADER = nameMatchKey('Tổ trưởng');

export function rosterLookup(roster: SchoolRoster): RosterLookup {
  const people = new Map(roster.staff.map((p) => [p.id, p]));
  const teams = new Map(roster.teams.map((t) => [t.id, t]));
  const members = (teamId: string) => roster.staff.filter((p) => p.teamId === teamId);
  return {
    person: (id) => people.get(id),
    team: (id) => teams.get(id),
    // A person whose tổ is not in the tổ list keeps the id as typed: better than an empty cell.
    teamName: (teamId) => teams.get(teamId)?.name ?? teamId,
    members,
    leaderName: (teamId) =>
      members(teamId).find((p) => nameMatchKey(p.position).startsWith(LEADER))?.fullName ?? '',
  };
}
