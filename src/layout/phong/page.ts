import type { PageSetupSpec } from '../grid';

/** The Phòng's data sheets print on A4, landscape, one page wide, header row repeated. */
export const A4_LANDSCAPE: PageSetupSpec = {
  orientation: 'landscape',
  paperSize: 'A4',
  margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
  fitToWidth: true,
};
