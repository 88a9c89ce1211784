import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import type { Person, Role, Team } from '../../../../domain/school/types';
import { usePanelStrings } from '../../../i18n';
import { TEMPLATE_STRINGS } from '../strings';

const useStyles = makeStyles({
  scroll: { maxHeight: '320px', overflowY: 'auto' },
  number: { width: '32px' },
  actions: { width: '96px' },
  code: { display: 'block', color: 'GrayText' },
});

export interface SchoolListProps {
  schools: readonly Person[];
  clusters: readonly Team[];
  levels: readonly Role[];
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}

/** The Phòng's schools as entered: name and code, cụm, cấp học. */
export function SchoolList({ schools, clusters, levels, onEdit, onRemove }: SchoolListProps) {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).phong.schools;
  if (schools.length === 0) return <Text size={200}>{t.empty}</Text>;
  const clusterName = new Map(clusters.map((cluster) => [cluster.id, cluster.name]));
  const levelLabel = new Map(levels.map((level) => [level.id, level.label]));
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" aria-label={t.listLabel} data-testid="school-list">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.number}>{t.number}</TableHeaderCell>
            <TableHeaderCell>{t.name}</TableHeaderCell>
            <TableHeaderCell>{t.cluster}</TableHeaderCell>
            <TableHeaderCell>{t.level}</TableHeaderCell>
            <TableHeaderCell className={styles.actions}>{t.actions}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {schools.map((school, index) => (
            <TableRow key={`${school.id}-${index}`} data-testid="school-row">
              <TableCell>{index + 1}</TableCell>
              <TableCell>
                {school.fullName}
                <Text size={100} className={styles.code}>
                  {school.id}
                </Text>
              </TableCell>
              <TableCell>{clusterName.get(school.teamId) ?? t.noCluster}</TableCell>
              <TableCell>{levelLabel.get(school.roleId) ?? t.unknownLevel(school.roleId)}</TableCell>
              <TableCell>
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => onEdit(index)}
                  aria-label={t.editOf(school.fullName)}
                >
                  {t.edit}
                </Button>
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => onRemove(index)}
                  aria-label={t.removeOf(school.fullName)}
                >
                  {t.remove}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
