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
import type { CandidateKey, RoundTally } from '../../../../domain/votes';
import { warningText, type CandidateWarning } from '../../../../domain/votes/tally/warnings';
import { statusText } from '../../../../domain/votes/tally/display';
import { useMeetingStrings } from '../use-meeting-strings';

const useStyles = makeStyles({
  passed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightBold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightBold },
  open: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightBold },
  reason: { color: tokens.colorNeutralForeground3 },
  number: { textAlign: 'right' },
  warning: { display: 'block', margin: '2px 0 0 0', color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface TallyTableProps {
  round: RoundTally;
  /** Candidates the targets area does not find eligible: warned about on their row. */
  warnings?: Map<CandidateKey, CandidateWarning>;
}

export function TallyTable({ round, warnings }: TallyTableProps) {
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
              <Text size={200} className={styles.reason} data-testid="tally-reason">
                {c.reason}
              </Text>
              {warnings?.has(c.key) && (
                <Text as="p" size={200} className={styles.warning} data-testid="tally-eligibility">
                  ⚠ {warningText(warnings.get(c.key) as CandidateWarning)}
                </Text>
              )}
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
