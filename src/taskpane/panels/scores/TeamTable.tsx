import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useCase } from '../../state/CaseProvider';
import { showTotal } from './format';
import { useScoresStrings } from './use-scores-strings';
import type { TeamSummary } from './summary';

const useStyles = makeStyles({
  link: { minWidth: 0, padding: '0', justifyContent: 'flex-start', textAlign: 'left', fontWeight: 'inherit' },
});

export function TeamTable({
  teams,
  onPick,
}: {
  teams: readonly TeamSummary[];
  onPick: (teamId: string) => void;
}) {
  const t = useScoresStrings().team;
  const { goTo } = useCase();
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={t.name} data-testid="scores-teams">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.name}</TableHeaderCell>
          <TableHeaderCell>{t.members}</TableHeaderCell>
          <TableHeaderCell>{t.mean}</TableHeaderCell>
          <TableHeaderCell>{t.rank}</TableHeaderCell>
          <TableHeaderCell>{t.open}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {teams.map((team) => (
          <TableRow key={team.teamId} data-testid="scores-team" data-team={team.teamId}>
            <TableCell>
              <Button
                appearance="transparent"
                className={styles.link}
                onClick={() => onPick(team.teamId)}
                aria-label={t.showOnly(team.name)}
              >
                {team.name}
              </Button>
            </TableCell>
            <TableCell>{team.memberCount}</TableCell>
            <TableCell>
              {team.location ? (
                <Button
                  appearance="transparent"
                  className={styles.link}
                  onClick={() => team.location && void goTo(team.location)}
                  aria-label={t.goTo(team.name)}
                >
                  {showTotal(team.mean)}
                </Button>
              ) : (
                showTotal(team.mean)
              )}
            </TableCell>
            <TableCell data-testid="scores-team-rank">{team.rank ?? t.noMembers}</TableCell>
            <TableCell>
              {team.missingCount} / {team.problemCount}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
