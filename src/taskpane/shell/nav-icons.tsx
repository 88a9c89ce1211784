/**
 * One icon per tab, each imported from its own module so the bundle carries these six and not the
 * icon library's index.
 */
import { TableEdit20Regular } from '@fluentui/react-icons/svg/table-edit';
import { DocumentTable20Regular } from '@fluentui/react-icons/svg/document-table';
import { Vote20Regular } from '@fluentui/react-icons/svg/vote';
import { TargetArrow20Regular } from '@fluentui/react-icons/svg/target-arrow';
import { Send20Regular } from '@fluentui/react-icons/svg/send';
import { BuildingMultiple20Regular } from '@fluentui/react-icons/svg/building-multiple';
import type { ReactElement } from 'react';
import type { PanelId } from './App';

export const NAV_ICONS: Record<PanelId, ReactElement> = {
  template: <TableEdit20Regular />,
  scores: <DocumentTable20Regular />,
  meeting: <Vote20Regular />,
  targets: <TargetArrow20Regular />,
  export: <Send20Regular />,
  phong: <BuildingMultiple20Regular />,
};
