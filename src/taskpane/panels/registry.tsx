import { lazy } from 'react';
import type { PanelDefinition } from '../shell/App';

/**
 * The pane's panels, in the order of the tabs. Each is its own chunk, loaded when its tab is first opened,
 * so the first paint carries the shell and one panel, not all six.
 */
const TemplatePanel = lazy(() =>
  import(/* webpackChunkName: "panel-template" */ './template/TemplatePanel').then((m) => ({
    default: m.TemplatePanel,
  })),
);
const ScoresPanel = lazy(() =>
  import(/* webpackChunkName: "panel-scores" */ './scores/ScoresPanel').then((m) => ({
    default: m.ScoresPanel,
  })),
);
const MeetingPanel = lazy(() =>
  import(/* webpackChunkName: "panel-meeting" */ './meeting/MeetingPanel').then((m) => ({
    default: m.MeetingPanel,
  })),
);
const TargetsPanel = lazy(() =>
  import(/* webpackChunkName: "panel-targets" */ './targets/TargetsPanel').then((m) => ({
    default: m.TargetsPanel,
  })),
);
const ExportPanel = lazy(() =>
  import(/* webpackChunkName: "panel-export" */ './export/ExportPanel').then((m) => ({
    default: m.ExportPanel,
  })),
);

const PhongPanel = lazy(() =>
  import(/* webpackChunkName: "panel-phong" */ './phong/PhongPanel').then((m) => ({
    default: m.PhongPanel,
  })),
);

export const PANELS: PanelDefinition[] = [
  { id: 'template', render: () => <TemplatePanel /> },
  { id: 'scores', render: () => <ScoresPanel /> },
  { id: 'meeting', render: () => <MeetingPanel /> },
  { id: 'targets', render: () => <TargetsPanel /> },
  { id: 'export', render: () => <ExportPanel /> },
  { id: 'phong', render: () => <PhongPanel /> },
];
