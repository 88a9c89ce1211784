import { evaluateCase } from '../../domain/case';
import type { LoadedCase } from '../load-case';
import { issuesReport } from '../report/issues-report';
import { scoringJson } from '../report/scoring-json';
import { scoringReport } from '../report/scoring-report';
import { targetsReport } from '../report/targets-report';
import { votesReport } from '../report/votes-report';

/**
 * `thidua evaluate`: every person's and tổ's figures, every vote, every target and every flag. With
 * `detail`, the JSON also holds every criterion's outcome for every person and period.
 */
export function evaluateCommand(
  loaded: LoadedCase,
  options: { json: boolean; detail?: boolean },
): { output: string; hasErrors: boolean } {
  const { schoolCase } = loaded;
  const detail = options.json && options.detail === true;
  const results = evaluateCase(schoolCase, { perCriterion: detail });
  const issues = [...loaded.issues, ...results.issues];
  const hasErrors = issues.some((i) => i.severity === 'error');
  if (options.json) {
    return {
      output: JSON.stringify(
        {
          school: schoolCase.roster.info,
          scoring: scoringJson(results.scoring, detail),
          votes: results.votes ? { quorum: results.votes.quorum, rounds: results.votes.rounds } : null,
          targets: results.targets
            ? {
                targets: results.targets.targets,
                people: results.targets.people,
                teams: results.targets.teams,
              }
            : null,
          issues,
        },
        null,
        2,
      ),
      hasErrors,
    };
  }
  const info = schoolCase.roster.info;
  const parts = [
    `${info.name.toLocaleUpperCase('vi')} – NĂM HỌC ${info.schoolYear}`,
    '',
    scoringReport(schoolCase, results.scoring),
  ];
  if (results.votes) parts.push('', votesReport(results.votes));
  if (results.targets) parts.push('', targetsReport(results.targets));
  parts.push('', issuesReport(issues));
  return { output: parts.join('\n'), hasErrors };
}
