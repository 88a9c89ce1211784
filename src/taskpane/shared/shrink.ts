import type { GriffelStyle } from '@fluentui/react-components';

/**
 * For a grid of fields side by side in the narrow pane: an <input> or <select> is as wide as its text
 * by default, which pushes the second column out of the pane. These let every field shrink to its column.
 */
export const SHRINKABLE_FIELDS: GriffelStyle = {
  '& > *': { minWidth: 0 },
  '& .fui-Input': { minWidth: 0, width: '100%' },
  '& .fui-Input__input': { width: 0 },
  '& .fui-Select': { minWidth: 0 },
  '& .fui-Select__select': { width: '100%', minWidth: 0 },
};
