/**
 * "Công thức bị ghi đè": the cells where a value was typed over one of the add-in's result formulas (a
 * total, band, rank or count), each with the formula it replaced and a link to the cell, and one button
 * that puts the formulas back. Shown above every panel; nothing while every formula is in place. Compact
 * for a 320 px pane: a few cells first, the rest on request, long formulas wrapped.
 */
import { useState } from 'react';
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useStrings } from '../i18n';
import { useCase } from './CaseProvider';

const useStyles = makeStyles({
  bar: { margin: '0 12px' },
  body: { display: 'flex', flexDirection: 'column', gap: '4px', minWidth: 0 },
  list: { margin: 0, paddingLeft: '16px', fontSize: tokens.fontSizeBase200 },
  item: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

/** How many cells are listed before "Xem cả …"; the button restores them all either way. */
const SHOWN = 3;

export function OverwrittenFormulas() {
  const s = useStrings().overwritten;
  const styles = useStyles();
  const { overwritten, restoreOverwritten, goTo, busy } = useCase();
  const [all, setAll] = useState(false);
  if (overwritten.length === 0) return null;
  const shown = all ? overwritten : overwritten.slice(0, SHOWN);
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.bar} data-testid="overwritten-formulas">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{s.title(overwritten.length)}</MessageBarTitle>
        <Text size={200} block>
          {s.intro}
        </Text>
        <ul className={styles.list}>
          {shown.map((cell) => (
            <li key={`${cell.sheet}!${cell.address}`} className={styles.item} data-testid="overwritten-cell">
              <Link
                aria-label={s.cellLabel(cell.sheet, cell.address)}
                onClick={() => void goTo({ sheet: cell.sheet, address: cell.address })}
              >
                {s.cell(cell.sheet, cell.address)}
              </Link>{' '}
              {s.typed(String(cell.value), cell.formula)}
            </li>
          ))}
        </ul>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            size="small"
            disabled={busy !== null}
            onClick={() => void restoreOverwritten()}
            data-testid="restore-formulas"
          >
            {s.restore}
          </Button>
          {overwritten.length > SHOWN ? (
            <Button appearance="subtle" size="small" onClick={() => setAll(!all)}>
              {all ? s.showFewer : s.showAll(overwritten.length)}
            </Button>
          ) : null}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
