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
import type { ScoringConfig } from '../../../../domain/scoring';
import type { Role } from '../../../../domain/school/types';
import type { UnitKind } from '../../../../domain/school/units';
import { showNumber } from '../shared/format';
import { useCriteriaStrings } from '../unit-strings';
import { roleSums } from './criteria-edit';

const useStyles = makeStyles({
  off: { color: tokens.colorPaletteDarkOrangeForeground2, fontWeight: tokens.fontWeightSemibold },
  ok: { color: tokens.colorPaletteGreenForeground2 },
});

/**
 * Each role's (a Phòng's: each cấp học's) maximum, live: a sum other than the total means that role's
 * totals are normalised.
 */
export function RoleSums({
  config,
  roles,
  kind = 'staff',
}: {
  config: ScoringConfig;
  roles: readonly Role[];
  kind?: UnitKind;
}) {
  const styles = useStyles();
  const t = useCriteriaStrings(kind);
  const sums = roleSums(config, roles);
  return (
    <div>
      <Table size="extra-small" aria-label={t.sumsTitle} data-testid="role-sums">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.sumRole}</TableHeaderCell>
            <TableHeaderCell>{t.sumMax}</TableHeaderCell>
            <TableHeaderCell>{t.sumState}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sums.map((sum) => (
            <TableRow key={sum.role.id} data-testid="role-sum" data-matches={sum.matches ? 'true' : 'false'}>
              <TableCell>{sum.role.label}</TableCell>
              <TableCell>{showNumber(sum.max)}</TableCell>
              <TableCell className={sum.matches ? styles.ok : styles.off}>
                {sum.matches ? t.sumOk : t.sumOff(showNumber(config.totalPoints))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {sums.some((sum) => !sum.matches) && (
        <Text size={200} className={styles.off} role="status">
          {t.sumWarning(showNumber(config.totalPoints))}
        </Text>
      )}
    </div>
  );
}
