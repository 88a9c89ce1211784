import { makeStyles, tokens } from '@fluentui/react-components';

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
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  grow: { flex: '1 1 130px', minWidth: '0' },
  muted: { color: tokens.colorNeutralForeground3 },
});
