/** Whether every accepted entry has reached the "Nhật ký phiếu" sheet yet. */
import { Text } from '@fluentui/react-components';
import { useVotesSession } from '../../../state/votes-session-hook';
import { useMeetingStrings } from '../use-meeting-strings';

export function WriteStatus() {
  const s = useMeetingStrings();
  const { pending } = useVotesSession();
  return (
    <Text size={200} role="status" aria-live="polite" data-testid="write-status" data-pending={pending}>
      {pending > 0 ? s.tally.writing(pending) : s.tally.written}
    </Text>
  );
}
