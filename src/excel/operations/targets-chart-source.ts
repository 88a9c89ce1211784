/** The chart's source is read from the sheet's values in layout/workbook; re-exported for this path's callers. */
export { targetsLayoutFromValues } from '../../layout/workbook/chart-source';
