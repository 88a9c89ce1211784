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

export interface StaffListProps {
  staff: readonly Person[];
  teams: readonly Team[];
  roles: readonly Role[];
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}

export function StaffList({ staff, teams, roles, onEdit, onRemove }: StaffListProps) {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).staff;
  if (staff.length === 0) return <Text size={200}>{t.empty}</Text>;
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const roleLabel = new Map(roles.map((role) => [role.id, role.label]));
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" aria-label={t.listLabel} data-testid="staff-list">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.number}>{t.number}</TableHeaderCell>
            <TableHeaderCell>{t.fullName}</TableHeaderCell>
            <TableHeaderCell>{t.team}</TableHeaderCell>
            <TableHeaderCell>{t.role}</TableHeaderCell>
            <TableHeaderCell className={styles.actions}>{t.actions}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {staff.map((person, index) => (
            <TableRow key={`${person.id}-${index}`} data-testid="staff-row">
              <TableCell>{index + 1}</TableCell>
              <TableCell>
                {person.fullName}
                <Text size={100} className={styles.code}>
                  {person.id}
                </Text>
              </TableCell>
              <TableCell>{teamName.get(person.teamId) ?? t.noTeam}</TableCell>
              <TableCell>{roleLabel.get(person.roleId) ?? t.unknownRole(person.roleId)}</TableCell>
              <TableCell>
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => onEdit(index)}
                  aria-label={t.editOf(person.fullName)}
                >
                  {t.edit}
                </Button>
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => onRemove(index)}
                  aria-label={t.removeOf(person.fullName)}
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
