import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DomainIssue, IssueSeverity } from '../../../domain/issues';
import { usePanelStrings } from '../../i18n';
import { useCase } from '../../state/CaseProvider';
import { SCORES_STRINGS } from './strings';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
  item: {
    display: 'flex',
    gap: '6px',
    alignItems: 'flex-start',
    padding: '4px 6px',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  text: { flexGrow: 1, overflowWrap: 'anywhere' },
  go: { flexShrink: 0 },
});

export interface IssueListProps {
  issues: readonly DomainIssue[];
  /** False for issues about pasted text, whose cells are not in the workbook. */
  navigable?: boolean;
  /** At most this many are shown, with a line saying how many more there are. */
  limit?: number;
  testId?: string;
}

/** Issues in plain Vietnamese, worst first as given; each one with a cell is one click from it. */
export function IssueList({ issues, navigable = true, limit, testId }: IssueListProps) {
  const styles = useStyles();
  const t = usePanelStrings(SCORES_STRINGS);
  const { goTo } = useCase();
  const shown = limit === undefined ? issues : issues.slice(0, limit);
  const severityClass: Record<IssueSeverity, string> = {
    error: styles.error,
    warning: styles.warning,
    info: styles.info,
  };
  if (issues.length === 0) return null;
  return (
    <>
      <ul className={styles.list} data-testid={testId}>
        {shown.map((issue, i) => (
          <li
            key={`${issue.code}-${issue.location?.sheet ?? ''}-${issue.location?.address ?? ''}-${i}`}
            className={`${styles.item} ${severityClass[issue.severity]}`}
            data-testid="issue"
            data-code={issue.code}
          >
            <Text size={200} className={styles.text}>
              <strong>{t.severity[issue.severity]}: </strong>
              {issue.message}
            </Text>
            {navigable && issue.location && (
              <Button
                className={styles.go}
                data-testid="issue-go"
                aria-label={t.goToCellOf(issue.location.sheet, issue.location.address)}
                onClick={() => issue.location && void goTo(issue.location)}
              >
                {issue.location.address}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {shown.length < issues.length && <Text size={200}>{t.moreIssues(issues.length - shown.length)}</Text>}
    </>
  );
}
