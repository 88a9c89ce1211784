/** Turns the friendly JSON form into the full case, applying the documented defaults. */
import type { DomainIssue } from '../issues';
import { BUILT_IN_ROLES } from '../school/types';
import { defaultScoringConfig, seed000Rounds } from '../scoring/default-config';
import { TARGET_PROFILES } from '../targets/profiles';
import { BUILT_IN_PROFILES, findBuiltInProfile } from '../votes/profiles';
import type { SchoolCaseFile } from './file-format';
import type { SchoolCase } from './types';

export function caseFromFile(file: SchoolCaseFile): { schoolCase?: SchoolCase; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const config = file.scoring?.config ?? defaultScoringConfig(file.scoring?.rounds ?? seed000Rounds());
  const schoolCase: SchoolCase = {
    roster: { info: file.school, roles: file.roles ?? BUILT_IN_ROLES, teams: file.teams, staff: file.staff },
    scoring: { config, inputs: file.scoring?.inputs ?? [] },
  };
  if (file.targets) {
    const t = file.targets;
    schoolCase.targets = {
      profile: TARGET_PROFILES[t.profileId ?? 'luat-2022'],
      targets: t.targets ?? [],
      registrations: t.registrations ?? [],
      records: t.records ?? [],
      unitRecords: t.unitRecords,
      proposals: t.proposals,
      approvals: t.approvals,
      manualResults: t.manualResults,
    };
  }
  if (file.votes) {
    const profile = findBuiltInProfile(file.votes.profileId);
    if (!profile) {
      issues.push({
        code: 'case.unknown-vote-profile',
        severity: 'error',
        message: `Không có quy chế bỏ phiếu mã "${file.votes.profileId}". Hãy dùng một trong: ${BUILT_IN_PROFILES.map((p) => p.id).join(', ')}.`,
      });
      return { issues };
    }
    schoolCase.votes = { profile, meeting: file.votes.meeting, events: file.votes.events ?? [] };
  }
  return { schoolCase, issues };
}

/** The inverse, for `thidua demo --json` and round trips: ids instead of whole profiles. */
export function caseToFile(schoolCase: SchoolCase): SchoolCaseFile {
  const { roster } = schoolCase;
  return {
    version: 1,
    school: roster.info,
    teams: roster.teams,
    roles: roster.roles,
    staff: roster.staff,
    scoring: { config: schoolCase.scoring.config, inputs: schoolCase.scoring.inputs },
    ...(schoolCase.targets
      ? {
          targets: {
            profileId: schoolCase.targets.profile.id,
            targets: schoolCase.targets.targets,
            registrations: schoolCase.targets.registrations,
            records: schoolCase.targets.records,
            ...(schoolCase.targets.unitRecords ? { unitRecords: schoolCase.targets.unitRecords } : {}),
            ...(schoolCase.targets.proposals ? { proposals: schoolCase.targets.proposals } : {}),
            ...(schoolCase.targets.approvals ? { approvals: schoolCase.targets.approvals } : {}),
            ...(schoolCase.targets.manualResults ? { manualResults: schoolCase.targets.manualResults } : {}),
          },
        }
      : {}),
    ...(schoolCase.votes
      ? {
          votes: {
            profileId: schoolCase.votes.profile.id,
            meeting: schoolCase.votes.meeting,
            events: schoolCase.votes.events,
          },
        }
      : {}),
  };
}
