import { Spinner } from '@fluentui/react-components';
import { Suspense } from 'react';
import { useStrings } from '../i18n';
import { CaseProvider } from '../state/CaseProvider';
import { OverwrittenFormulas } from '../state/OverwrittenFormulas';
import type { PanelDefinition } from './App';
import { BusyBar } from './BusyBar';
import { ErrorSurface } from './ErrorSurface';
import { FreshOnOpen } from './FreshOnOpen';

/**
 * Everything under the tabs: the error surface, the case read from the workbook, the formulas typed over
 * (shown whichever panel is open) and the current panel, read again each time a panel opens. Its
 * own chunk, so the pane's header and tabs paint before the workbook reader, the rules and the builders
 * have even loaded.
 */
export default function PaneBody({ panel, className }: { panel: PanelDefinition; className: string }) {
  const strings = useStrings();
  return (
    <ErrorSurface>
      <CaseProvider>
        <FreshOnOpen panelId={panel.id} />
        <BusyBar />
        <OverwrittenFormulas />
        <main className={className} id={`panel-${panel.id}`} data-testid={`panel-${panel.id}`}>
          <Suspense fallback={<Spinner size="small" label={strings.loadingPanel} />}>
            {panel.render()}
          </Suspense>
        </main>
      </CaseProvider>
    </ErrorSurface>
  );
}
