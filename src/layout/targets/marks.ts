/**
 * The "KQ" marks the add-in writes on "Đăng ký" from an evaluation: "Đạt" when the title is reached at the
 * result stage, "Không đạt" when it can no longer be, empty while it is still open or never registered.
 * The sheet's counting formulas rely on exactly this rule (a parity test holds them together).
 */
import type { SubjectTitleStatus, TargetsEvaluation } from '../../domain/targets';
import { subjectTitleKey } from '../../domain/targets';
import type { ResultMark } from './constants';
import { RESULT_ACHIEVED, RESULT_OUT } from './constants';

export function resultMark(status: SubjectTitleStatus): ResultMark {
  if (status.stage === 'not-registered') return '';
  if (status.achieved) return RESULT_ACHIEVED;
  return status.out ? RESULT_OUT : '';
}

/** Marks by subjectTitleKey for every person, tổ and the school. */
export function resultMarks(
  evaluation: Pick<TargetsEvaluation, 'people' | 'teams'>,
): Map<string, ResultMark> {
  const marks = new Map<string, ResultMark>();
  for (const s of [...evaluation.people, ...evaluation.teams]) {
    marks.set(subjectTitleKey(s.subject, s.titleId), resultMark(s));
  }
  return marks;
}
