/** What the dashboard shows: every tổ or one, every title or one. */
import type { TitleId } from '../../../domain/titles';

export interface DashboardFilter {
  /** undefined: the whole school. */
  teamId?: string;
  /** undefined: every target (title targets and the others). */
  titleId?: TitleId;
}

export const ALL = '__all__';
