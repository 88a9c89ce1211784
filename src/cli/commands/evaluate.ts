import { evaluateCase } from '../../domain/case';
import { unitKindOf } from '../../domain/school/units';
import type { DomainIssue } from '../../domain/issues';
import type { LoadedCase } from '../load-case';
import { issuesReport } from '../report/issues-report';
import { scoringJson } from '../report/scoring-json';
import { scoringReport } from '../report/scoring-report';
import { targetsReport } from '../report/targets-report';
import { votesReport } from '../report/votes-report';
import { meetingSetupErrors, meetingSetupHasErrors } from './meeting-setup';

export interface Evaluation {
  /** What `--json` prints for one file. */
  json: Record<string, unknown>;
  /** The full text report. */
  text: string;
  issues: DomainIssue[];
  hasErrors: boolean;
}

/**
 * `thidua evaluate`: every person's and tổ's figures, every vote, every target and every flag. With
 * `detail`, the JSON also holds every criterion's outcome for every person and period.
 */
export function evaluateLoaded(loaded: LoadedCase, options: { detail?: boolean } = {}): Evaluation {
  const { schoolCase } = loaded;
  const detail = options.detail === true;
  const results = evaluateCase(schoolCase, { perCriterion: detail });
  const setupErrors = meetingSetupErrors(schoolCase, results.issues);
  // An impossible meeting (80 present of 61) has no quorum and no count to show, only its errors.
  const votesShown = results.votes && !meetingSetupHasErrors(schoolCase) ? results.votes : undefined;
  const issues = [...loaded.issues, ...setupErrors, ...results.issues];
  const hasErrors = issues.some((i) => i.severity === 'error');
  const json = {
    // Scripts tell a Phòng's workbook of schools by this; a staff workbook's output is as before.
    ...(unitKindOf(schoolCase.roster) === 'school' ? { unitKind: 'school' } : {}),
    school: schoolCase.roster.info,
    scoring: scoringJson(results.scoring, detail),
    votes: votesShown
      ? { quorum: votesShown.quorum, rounds: votesShown.rounds }
      : results.votes
        ? { quorum: null, rounds: [], setupValid: false }
        : null,
    targets: results.targets
      ? {
          targets: results.targets.targets,
          people: results.targets.people,
          teams: results.targets.teams,
        }
      : null,
    issues,
  };
  const info = schoolCase.roster.info;
  const parts = [
    `${info.name.toLocaleUpperCase('vi')} – NĂM HỌC ${info.schoolYear}`,
    '',
    scoringReport(schoolCase, results.scoring),
  ];
  if (votesShown) parts.push('', votesReport(votesShown));
  else if (results.votes) {
    parts.push(
      '',
      'BỎ PHIẾU BÌNH XÉT',
      'Chưa kiểm phiếu: thiết lập cuộc họp có lỗi (xem LỖI bên dưới). Sửa rồi tính lại.',
    );
  }
  if (results.targets) parts.push('', targetsReport(results.targets));
  parts.push('', issuesReport(issues));
  return { json, text: parts.join('\n'), issues, hasErrors };
}

/** One file's report, as text or JSON. */
export function evaluateCommand(
  loaded: LoadedCase,
  options: { json: boolean; detail?: boolean },
): { output: string; hasErrors: boolean } {
  const evaluation = evaluateLoaded(loaded, { detail: options.json && options.detail === true });
  return {
    output: options.json ? JSON.stringify(evaluation.json, null, 2) : evaluation.text,
    hasErrors: evaluation.hasErrors,
  };
}
