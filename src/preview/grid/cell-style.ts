import type { CSSProperties } from 'react';
import type { CellSnapshot } from '../fake-excel';

/** How a cell of the fake workbook looks in the preview grid: its own format, then conditional formats. */
export function cellStyle(cell: CellSnapshot): CSSProperties {
  const f = cell.format;
  const style: CSSProperties = {
    fontWeight: f.bold ? 600 : undefined,
    fontStyle: f.italic ? 'italic' : undefined,
    color: visibleColour(f.fontColor, '#000000'),
    background: visibleColour(f.fill, '#FFFFFF'),
    textAlign: alignment(f.horizontalAlignment, cell.valueType),
    whiteSpace: f.wrapText ? 'pre-wrap' : 'nowrap',
  };
  const conditional = cell.conditional;
  if (conditional) {
    if (conditional.fill) style.background = conditional.fill;
    if (conditional.fontColor) style.color = conditional.fontColor;
    if (conditional.bold) style.fontWeight = 600;
  }
  return style;
}

function visibleColour(colour: string | null | undefined, defaultColour: string): string | undefined {
  if (!colour || colour.toUpperCase() === defaultColour) return undefined;
  return colour;
}

function alignment(horizontal: string, valueType: string): CSSProperties['textAlign'] {
  switch (horizontal) {
    case 'Center':
    case 'CenterAcrossSelection':
      return 'center';
    case 'Right':
      return 'right';
    case 'Left':
      return 'left';
    default:
      return valueType === 'Double' ? 'right' : 'left';
  }
}
