/** The quorum, always in view: met or not, and when not, that nobody can be declared passed. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { quorumStatus } from '../../../../domain/votes';
import type { TallySession } from '../../../../domain/votes/tally/session';

export function QuorumLine({ session }: { session: TallySession }) {
  const quorum = quorumStatus(session.profile, session.meeting);
  return (
    <MessageBar intent={quorum.met ? 'success' : 'error'} data-testid="quorum-line" data-met={quorum.met}>
      <MessageBarBody>{quorum.sentence}</MessageBarBody>
    </MessageBar>
  );
}
