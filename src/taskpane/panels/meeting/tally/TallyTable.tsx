/**
 * The live result per candidate of one round: agree votes, the percentage of the rule's base (decimal
 * comma), and pass / fail / "cần thêm N phiếu", with the domain's reason underneath.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { TITLES } from '../../../../domain/titles';
import type { RoundTally } from '../../../../domain/votes';
import { statusText } from '../../../../domain/votes/tally/display';
import { useMeetingStrings } from '../use-meeting-strings';

const useStyles = makeStyles({
  passed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightBold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightBold },
  open: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightBold },
  reason: { color: tokens.colorNeutralForeground3 },
  number: { textAlign: 'right' },
});

export function TallyTable({ round }: { round: RoundTally }) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const words = {
    passed: s.tally.passed,
    failed: s.tally.failed,
    needMore: s.tally.needMore,
    leading: s.tally.leading,
  };
  return (
    <Table
      size="small"
      aria-label={`${s.tally.round} ${round.round}`}
      data-testid={`tally-table-${round.round}`}
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{s.tally.candidate}</TableHeaderCell>
          <TableHeaderCell>{s.tally.agreeCount}</TableHeaderCell>
          <TableHeaderCell>{s.tally.percent}</TableHeaderCell>
          <TableHeaderCell>{s.tally.status}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {round.candidates.map((c) => (
          <TableRow key={c.key} data-testid={`tally-row-${c.key}`} data-status={c.status}>
            <TableCell>
              <Text weight="semibold">{c.candidate.name}</Text>{' '}
              <Text size={200}>({TITLES[c.titleId].shortLabel})</Text>
              <br />
              <Text size={100} className={styles.reason} data-testid="tally-reason">
                {c.reason}
              </Text>
            </TableCell>
            <TableCell data-testid="tally-agree">
              {c.agree}/{c.base}
            </TableCell>
            <TableCell data-testid="tally-percent">{c.percentText}</TableCell>
            <TableCell data-testid="tally-status" className={styles[c.status]}>
              {statusText(c, words)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
