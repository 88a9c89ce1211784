/**
 * "Công thức bị ghi đè": the cells where a value was typed over one of the add-in's result formulas (a
 * total, band, rank or count), each with the formula it replaced and a link to the cell, and one button
 * that puts the formulas back. Shows nothing while every formula is in place.
 */
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { usePanelStrings } from '../i18n';
import { useCase } from './CaseProvider';

const vi = {
  title: (n: number) => `${n} ô công thức đã bị gõ đè`,
  intro:
    'Các ô dưới đây đang là số gõ tay thay cho công thức của Thi Đua, nên không còn tự tính theo điểm và phiếu.',
  cell: (sheet: string, address: string) => `Trang "${sheet}", ô ${address}`,
  typed: (value: string, formula: string) => `đang là ${value}, công thức cũ: ${formula}`,
  restore: 'Khôi phục công thức',
};
const en: typeof vi = {
  title: (n: number) => `${n} formula cell(s) typed over`,
  intro:
    'These cells hold typed values instead of Thi Đua formulas, so they no longer follow the scores and votes.',
  cell: (sheet: string, address: string) => `Sheet "${sheet}", cell ${address}`,
  typed: (value: string, formula: string) => `holds ${value}, formula was: ${formula}`,
  restore: 'Restore formulas',
};
const STRINGS = { vi, en };

/** How many cells are listed before "…"; the button restores them all. */
const SHOWN = 20;

export function OverwrittenFormulas() {
  const s = usePanelStrings(STRINGS);
  const { overwritten, restoreOverwritten, goTo, busy } = useCase();
  if (overwritten.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="overwritten-formulas">
      <MessageBarBody>
        <MessageBarTitle>{s.title(overwritten.length)}</MessageBarTitle>
        <Text block>{s.intro}</Text>
        <ul>
          {overwritten.slice(0, SHOWN).map((cell) => (
            <li key={`${cell.sheet}!${cell.address}`}>
              <Link onClick={() => void goTo({ sheet: cell.sheet, address: cell.address })}>
                {s.cell(cell.sheet, cell.address)}
              </Link>{' '}
              {s.typed(String(cell.value), cell.formula)}
            </li>
          ))}
          {overwritten.length > SHOWN ? <li>…</li> : null}
        </ul>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void restoreOverwritten()}>
          {s.restore}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
