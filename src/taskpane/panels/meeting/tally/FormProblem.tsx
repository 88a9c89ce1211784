import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { DomainIssue } from '../../../../domain/issues';

/** A refusal shown where the entry was made. */
export function FormProblem({ problem }: { problem: DomainIssue | null }) {
  if (!problem) return null;
  return (
    <MessageBar intent="error" role="alert" data-testid="form-problem">
      <MessageBarBody>{problem.message}</MessageBarBody>
    </MessageBar>
  );
}
