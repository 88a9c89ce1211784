/** One worksheet's state outside its cell contents (those live in the formula engine). */
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './cell-format';
import { ConditionalFormatStore } from './conditional-format-model';
import { FormatStore } from './format-store';
import { rect } from './geometry';
import type { Rect } from './geometry';
import { ValidationStore } from './validation';

export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: string;
}

export const DEFAULT_PROTECTION_OPTIONS: Readonly<ProtectionOptions> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: 'Normal',
};

export interface ZoomOptions {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

/** Margins are in points, as PageLayout reports them (Excel's "Normal": 0.7" sides, 0.75" top/bottom). */
export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: ZoomOptions;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  printOrder: string;
  printComments: string;
  printErrors: string;
  firstPageNumber: number | '';
  printTitleRows: Rect | null;
  printTitleColumns: Rect | null;
  printArea: Rect | null;
}

export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    printOrder: 'DownThenOver',
    printComments: 'NoComments',
    printErrors: 'AsDisplayed',
    firstPageNumber: '',
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
  };
}

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  sourceSheetId: string;
  source: Rect;
  seriesBy: string;
  title: { text: string; visible: boolean };
  legend: { position: string; visible: boolean };
  categoryAxisTitle: string;
  valueAxisTitle: string;
  top: number;
  left: number;
  width: number;
  height: number;
}

export class SheetModel {
  readonly id: string;
  name: string;
  readonly engineId: number;
  visibility = 'Visible';
  tabColor = '';
  showGridlines = true;
  freeze = { rows: 0, columns: 0 };
  protection: { protected: boolean; options: ProtectionOptions; password: string | undefined } = {
    protected: false,
    options: { ...DEFAULT_PROTECTION_OPTIONS },
    password: undefined,
  };
  readonly formats = new FormatStore();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  defaultColumnWidth = DEFAULT_COLUMN_WIDTH;
  defaultRowHeight = DEFAULT_ROW_HEIGHT;
  merges: Rect[] = [];
  readonly validations = new ValidationStore();
  readonly conditionalFormats = new ConditionalFormatStore();
  charts: ChartModel[] = [];
  nextChartNumber = 1;
  pageLayout: PageLayoutModel = defaultPageLayout();
  selection: Rect = rect(0, 0);
  deleted = false;

  constructor(id: string, name: string, engineId: number) {
    this.id = id;
    this.name = name;
    this.engineId = engineId;
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? this.defaultColumnWidth;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? this.defaultRowHeight;
  }
}
