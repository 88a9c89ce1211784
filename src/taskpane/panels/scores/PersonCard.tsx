import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCase } from '../../state/CaseProvider';
import { IssueList } from './IssueList';
import { showScore, showTotal } from './format';
import { useScoresStrings } from './use-scores-strings';
import type { PersonSummary, ScoreProgress } from './summary';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  badges: { display: 'inline-flex', gap: '4px', marginLeft: '6px' },
  body: { display: 'flex', flexDirection: 'column', gap: '6px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
  muted: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  warn: { color: tokens.colorPaletteDarkOrangeForeground2 },
});

export function PersonCard({ person }: { person: PersonSummary }) {
  const styles = useStyles();
  const t = useScoresStrings();
  const p = t.person;
  const { goTo } = useCase();
  const levelUse = (['council', 'team', 'self'] as const)
    .filter((level) => person.levelUse[level] > 0)
    .map((level) => p.levelUse(t.levels[level], person.levelUse[level]));
  if (person.levelUse.none > 0) levelUse.push(p.levelUse(p.notScored, person.levelUse.none));
  // Blank until scored, marked while partial: a 0,00 before any score is not a result.
  const roundText = (progress: ScoreProgress, total: number) =>
    progress === 'none'
      ? p.noScore
      : `${showTotal(total)}${progress === 'partial' ? ` (${p.provisional})` : ''}`;

  return (
    <AccordionItem value={person.personId} data-testid="scores-person" data-person={person.personId}>
      <AccordionHeader size="small">
        <span className={styles.header}>
          <span>
            <Text weight="semibold">{person.fullName}</Text>
            <span className={styles.badges}>
              {person.missing.length > 0 && (
                <Badge appearance="tint" color="warning" size="medium">
                  {p.missingBadge(person.missing.length)}
                </Badge>
              )}
              {person.problems.length > 0 && (
                <Badge appearance="tint" color="danger" size="medium">
                  {p.problemBadge(person.problems.length)}
                </Badge>
              )}
            </span>
          </span>
          <Text size={200} className={styles.muted} data-testid="scores-person-headline">
            {person.progress === 'none'
              ? p.notYetScored
              : (person.progress === 'partial' ? p.provisionalHeadline : p.headline)(
                  showTotal(person.yearTotal),
                  person.bandId ?? p.noBand,
                  person.rankOverall,
                )}
          </Text>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.body}>
          <Text size={200}>
            {p.role(person.roleLabel, person.teamName)} · {person.personId}
          </Text>
          {person.progress !== 'none' && (
            <Text size={200}>
              {person.bandLabel && <strong>{person.bandLabel}. </strong>}
              {p.ranks(
                person.rankOverall,
                person.rankInTeam,
                person.teamName,
                person.rankInRole,
                person.roleLabel,
              )}
              {person.progress === 'partial' && ` (${p.provisional})`}
            </Text>
          )}
          {!person.floorsMet && (
            <Text size={200} className={styles.warn}>
              {p.floorsNotMet}
            </Text>
          )}
          <div className={styles.buttons}>
            {person.rounds.map((round) => (
              <Button
                key={round.roundId}
                disabled={!round.location}
                onClick={() => round.location && void goTo(round.location)}
                aria-label={p.goToRound(round.label)}
              >
                {round.label}: {roundText(round.progress, round.total)}
              </Button>
            ))}
            <Button
              appearance="primary"
              disabled={!person.yearLocation}
              onClick={() => person.yearLocation && void goTo(person.yearLocation)}
              aria-label={p.goToTotal}
            >
              {p.year}: {roundText(person.progress, person.yearTotal)}
            </Button>
          </div>
          <Text size={200}>
            {p.levelsUsed}: {levelUse.join(' · ')}
          </Text>
          {person.missing.length > 0 && (
            <>
              <Text size={200} weight="semibold">
                {p.missingTitle(person.missing.length)}
              </Text>
              <div className={styles.buttons} data-testid="scores-missing">
                {person.missing.map((item) => (
                  <Button
                    key={`${item.periodLabel}-${item.criterionId}`}
                    disabled={!item.location}
                    data-testid="scores-missing-item"
                    aria-label={p.missingGo(item.periodLabel, item.criterionId, item.criterionLabel)}
                    title={item.criterionLabel}
                    onClick={() => item.location && void goTo(item.location)}
                  >
                    {p.missingItem(item.periodLabel, item.criterionId)}
                  </Button>
                ))}
              </div>
            </>
          )}
          {person.problems.length > 0 && (
            <>
              <Text size={200} weight="semibold">
                {p.problemsTitle(person.problems.length)}
              </Text>
              <IssueList issues={person.problems} testId="scores-person-problems" />
            </>
          )}
          <details>
            <summary>{p.details}</summary>
            {person.periods.map((period) => (
              <div key={period.label}>
                <Text size={200} weight="semibold">
                  {period.label}: {showTotal(period.total)}
                </Text>
                <ul className={styles.list}>
                  {period.criteria.map((line) => (
                    <li key={line.criterionId}>
                      <Button
                        appearance="transparent"
                        disabled={!line.location}
                        title={line.label}
                        onClick={() => line.location && void goTo(line.location)}
                      >
                        {p.criterionLine(
                          line.criterionId,
                          showScore(line.score),
                          line.level ? t.levels[line.level] : p.notScored,
                        )}
                        {line.belowFloor ? ` · ${p.belowFloor}` : ''}
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </details>
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
