/**
 * Issues in plain Vietnamese; one with a cell gets a button that selects it, so every problem is one click
 * from its cell.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { DomainIssue } from '../../../domain/issues';
import { useCase } from '../../state/CaseProvider';
import { useMeetingStrings } from './use-meeting-strings';

const useStyles = makeStyles({
  list: { margin: '4px 0 0 0', paddingLeft: '18px' },
  item: { marginBottom: '4px' },
});

export interface IssueListProps {
  intent: 'error' | 'warning' | 'info' | 'success';
  title: string;
  issues: DomainIssue[];
  testId?: string;
}

export function IssueList({ intent, title, issues, testId }: IssueListProps) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const { goTo } = useCase();
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {issues.map((issue, i) => (
            <li key={`${issue.code}-${i}`} className={styles.item}>
              {issue.message}{' '}
              {issue.location && (
                <Button
                  size="small"
                  appearance="transparent"
                  onClick={() => issue.location && void goTo(issue.location)}
                  aria-label={`${s.check.goTo} ${issue.location.sheet}!${issue.location.address}`}
                >
                  {s.check.goTo} {issue.location.address}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
