import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { usePanelStrings } from '../../i18n';
import { openPanel } from './navigate';
import { SCORES_STRINGS } from './strings';

/** No Thi Đua workbook is open: say so, and offer the way to build one. */
export function EmptyState() {
  const t = usePanelStrings(SCORES_STRINGS);
  return (
    <MessageBar intent="info" layout="multiline" data-testid="scores-empty">
      <MessageBarBody>
        <MessageBarTitle>{t.emptyTitle}</MessageBarTitle>
        {t.emptyMessage}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={() => openPanel('template')} data-testid="scores-go-template">
          {t.goToTemplate}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
