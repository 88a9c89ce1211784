/** Shows whether the count sheet agrees with a recount of the log, each disagreement one click from its cell. */
import { Button, MessageBar, MessageBarBody, Text, makeStyles } from '@fluentui/react-components';
import { useCase } from '../../../state/CaseProvider';
import { useVotesSession } from '../../../state/votes-session-hook';
import { IssueList } from '../IssueList';
import { useMeetingStrings } from '../use-meeting-strings';
import { useLogCheck } from './use-log-check';

const useStyles = makeStyles({ box: { display: 'flex', flexDirection: 'column', gap: '8px' } });

export function LogCheck() {
  const s = useMeetingStrings();
  const styles = useStyles();
  const { busy } = useCase();
  const { check } = useVotesSession();
  const run = useLogCheck();
  return (
    <section className={styles.box} aria-labelledby="meeting-check-heading" data-testid="meeting-check">
      <Text as="h2" size={400} weight="semibold" id="meeting-check-heading">
        {s.check.heading}
      </Text>
      {check && (
        <Text size={200}>
          {s.check.checkedAt} {check.at.toLocaleTimeString('vi-VN')}
        </Text>
      )}
      {check?.missing && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.check.missing}</MessageBarBody>
        </MessageBar>
      )}
      {check && !check.missing && check.issues.length === 0 && (
        <MessageBar intent="success" data-testid="check-ok">
          <MessageBarBody>{s.check.ok}</MessageBarBody>
        </MessageBar>
      )}
      {check && check.issues.length > 0 && (
        <IssueList
          intent="error"
          title={s.check.problems(check.issues.length)}
          issues={check.issues}
          testId="check-problems"
        />
      )}
      <div>
        <Button onClick={() => void run()} disabled={busy !== null} data-testid="check-run">
          {s.check.run}
        </Button>
      </div>
    </section>
  );
}
