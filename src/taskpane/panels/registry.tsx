import type { PanelDefinition } from '../shell/App';
import { TemplatePanel } from './template/TemplatePanel';
import { ScoresPanel } from './scores/ScoresPanel';
import { MeetingPanel } from './meeting/MeetingPanel';
import { TargetsPanel } from './targets/TargetsPanel';
import { ExportPanel } from './export/ExportPanel';
import { PhongPanel } from './phong/PhongPanel';

/** The pane's panels, in the order of the tabs. */
export const PANELS: PanelDefinition[] = [
  { id: 'template', render: () => <TemplatePanel /> },
  { id: 'scores', render: () => <ScoresPanel /> },
  { id: 'meeting', render: () => <MeetingPanel /> },
  { id: 'targets', render: () => <TargetsPanel /> },
  { id: 'export', render: () => <ExportPanel /> },
  { id: 'phong', render: () => <PhongPanel /> },
];
