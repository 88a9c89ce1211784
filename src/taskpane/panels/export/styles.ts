import { makeStyles, tokens } from '@fluentui/react-components';
import { SHRINKABLE_FIELDS } from '../../shared/shrink';

/** Layout shared by the export form's sections. */
export const useSectionStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    margin: 0,
    padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: '0 4px' },
  // Fields side by side shrink to their column: at 320 px a Fluent input keeps its text width otherwise.
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', ...SHRINKABLE_FIELDS },
  grow: { flex: '1 1 130px', minWidth: '0' },
  muted: { color: tokens.colorNeutralForeground3 },
});
