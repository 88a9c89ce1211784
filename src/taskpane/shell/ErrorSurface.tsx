import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useStrings } from '../i18n';
import { describeError } from './describe-error';

interface ShownError {
  message: string;
  details?: string;
}

interface ErrorReporter {
  report(error: unknown): void;
  clear(): void;
}

const ErrorContext = createContext<ErrorReporter>({ report: () => undefined, clear: () => undefined });

/** Panels report failures here; the pane shows them in plain Vietnamese above the current panel. */
export function useErrorReporter(): ErrorReporter {
  return useContext(ErrorContext);
}

export function ErrorSurface({ children }: { children: ReactNode }) {
  const strings = useStrings();
  const [shown, setShown] = useState<ShownError | null>(null);
  const report = useCallback(
    (error: unknown) => {
      // Keep the original in the console for whoever supports the school.
      console.warn('Thi Đua:', error);
      setShown(describeError(error, strings.errors.unknown));
    },
    [strings],
  );
  const clear = useCallback(() => setShown(null), []);
  const value = useMemo(() => ({ report, clear }), [report, clear]);
  return (
    <ErrorContext.Provider value={value}>
      {shown && (
        <MessageBar intent="error" role="alert" data-testid="error-surface">
          <MessageBarBody>
            <MessageBarTitle>{strings.errors.title}</MessageBarTitle>
            {shown.message}
            {shown.details && (
              <details>
                <summary>{strings.errors.details}</summary>
                <code>{shown.details}</code>
              </details>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={clear}>
              {strings.common.close}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {children}
    </ErrorContext.Provider>
  );
}
