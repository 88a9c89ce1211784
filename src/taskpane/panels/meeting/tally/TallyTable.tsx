/**
 * The live result per candidate of one round: agree votes, the percentage of the rule's base (decimal
 * comma), and pass / fail / "cần thêm N phiếu", with the domain's reason underneath. One card per
 * candidate rather than table columns, so at 320 px a name keeps its line and the figures move under it.
 */
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { TITLES } from '../../../../domain/titles';
import type { CandidateKey, RoundTally } from '../../../../domain/votes';
import { warningText, type CandidateWarning } from '../../../../domain/votes/tally/warnings';
import { statusText } from '../../../../domain/votes/tally/display';
import { useMeetingStrings } from '../use-meeting-strings';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: '12px',
    rowGap: '2px',
    padding: '6px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { flex: '1 1 11em', minWidth: 0 },
  figures: { display: 'flex', flexWrap: 'wrap', columnGap: '10px', marginLeft: 'auto' },
  figure: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  label: { color: tokens.colorNeutralForeground3 },
  passed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightBold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightBold },
  open: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightBold },
  note: { flexBasis: '100%', margin: 0 },
  reason: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
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
    <ul
      className={styles.list}
      aria-label={`${s.tally.round} ${round.round}`}
      data-testid={`tally-table-${round.round}`}
    >
      {round.candidates.map((c) => {
        const warning = warnings?.get(c.key);
        return (
          <li key={c.key} className={styles.row} data-testid={`tally-row-${c.key}`} data-status={c.status}>
            <span className={styles.name}>
              <Text weight="semibold" data-testid="tally-name">
                {c.candidate.name}
              </Text>{' '}
              <Text size={200}>({TITLES[c.titleId].shortLabel})</Text>
            </span>
            <span className={styles.figures}>
              <span className={styles.figure}>
                <Text size={200} className={styles.label}>
                  {s.tally.agreeCount}{' '}
                </Text>
                <Text data-testid="tally-agree">
                  {c.agree}/{c.base}
                </Text>
              </span>
              <Text className={styles.figure} data-testid="tally-percent">
                {c.percentText}
              </Text>
              <Text className={mergeClasses(styles.figure, styles[c.status])} data-testid="tally-status">
                {statusText(c, words)}
              </Text>
            </span>
            <Text
              as="p"
              size={200}
              className={mergeClasses(styles.note, styles.reason)}
              data-testid="tally-reason"
            >
              {c.reason}
            </Text>
            {warning && (
              <Text
                as="p"
                size={200}
                className={mergeClasses(styles.note, styles.warning)}
                data-testid="tally-eligibility"
              >
                ⚠ {warningText(warning)}
              </Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
