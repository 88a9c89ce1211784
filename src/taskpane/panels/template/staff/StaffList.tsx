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
import type { UnitKind } from '../../../../domain/school/units';
import { usePanelStrings } from '../../../i18n';
import { TEMPLATE_STRINGS, type TemplateStrings } from '../strings';

const useStyles = makeStyles({
  scroll: { maxHeight: '320px', overflowY: 'auto' },
  number: { width: '32px' },
  actions: { width: '96px' },
  code: { display: 'block', color: 'GrayText' },
});

export interface StaffListProps {
  /** A school's staff, or a Phòng's schools: the same table in its own words. */
  kind: UnitKind;
  staff: readonly Person[];
  teams: readonly Team[];
  roles: readonly Role[];
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}

/** The list's words for the kind: name, tổ or cụm, vai trò or cấp học. */
function listWords(strings: TemplateStrings, kind: UnitKind) {
  if (kind === 'staff') return { ...strings.staff, testId: 'staff' };
  const t = strings.phong.schools;
  return {
    ...t,
    testId: 'school',
    fullName: t.name,
    team: t.cluster,
    role: t.level,
    noTeam: t.noCluster,
    unknownRole: t.unknownLevel,
  };
}

export function StaffList({ kind, staff, teams, roles, onEdit, onRemove }: StaffListProps) {
  const styles = useStyles();
  const t = listWords(usePanelStrings(TEMPLATE_STRINGS), kind);
  if (staff.length === 0) return <Text size={200}>{t.empty}</Text>;
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const roleLabel = new Map(roles.map((role) => [role.id, role.label]));
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" aria-label={t.listLabel} data-testid={`${t.testId}-list`}>
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
            <TableRow key={`${person.id}-${index}`} data-testid={`${t.testId}-row`}>
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
