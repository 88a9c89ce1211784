/**
 * The live count of the current round: ballot by ballot or as a hand count's totals, the standing of every
 * candidate after each entry, refusals in plain Vietnamese, and the less frequent actions (correct a ballot,
 * written votes, close the round, next round). Earlier rounds stay on view.
 */
import { useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Tab,
  TabList,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import { keyOf } from '../../../../domain/votes';
import { capacityLeft, votesSessionStore } from '../../../state/votes-session';
import { useVotesSession } from '../../../state/votes-session-hook';
import { useCase } from '../../../state/CaseProvider';
import {
  capWarnings,
  eligibilityWarnings,
  passedButNotEligible,
} from '../../../../domain/votes/tally/warnings';
import { sessionTally } from '../../../../domain/votes/tally/session';
import { useMeetingStrings } from '../use-meeting-strings';
import { IssueList } from '../IssueList';
import { BallotEntry } from './BallotEntry';
import { CorrectBallotForm } from './CorrectBallotForm';
import { ManualCountForm } from './ManualCountForm';
import { RoundActions } from './RoundActions';
import { TallyGuards } from './TallyGuards';
import { TallyTable } from './TallyTable';
import { useEntryGate } from './use-entry-gate';
import { WriteStatus } from './WriteStatus';
import { WrittenVotesForm } from './WrittenVotesForm';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
});

export function TallyView({ onSetup }: { onSetup?: () => void } = {}) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const { session, refusal, enteredBy } = useVotesSession();
  const { results } = useCase();
  const gate = useEntryGate();
  const warnings = useMemo(
    () => eligibilityWarnings(session?.meeting.candidates ?? [], results?.targets),
    [session, results],
  );
  const [mode, setMode] = useState<'ballot' | 'count'>('ballot');
  const [viewed, setViewed] = useState<number | null>(null);
  const tally = useMemo(() => (session ? sessionTally(session) : undefined), [session]);
  const candidates = useMemo(
    () => new Map((session?.meeting.candidates ?? []).map((c) => [keyOf(c), c])),
    [session],
  );
  if (!session || !tally || !gate) return <Text>{s.tally.noSession}</Text>;
  const round = viewed ?? session.round;
  const roundTally = tally.rounds.find((r) => r.round === round);
  const current = round === session.round;
  // Nothing is entered (ballots, counts, corrections, rounds) while the gate is shut.
  const open = gate.blocked === null;
  const notEligible = roundTally ? passedButNotEligible(roundTally, warnings) : [];
  const left = capacityLeft(session);

  return (
    <div className={styles.view} data-testid="meeting-tally">
      {session.replayIssues.length > 0 && (
        <IssueList intent="error" title={s.tally.replayIssues} issues={session.replayIssues} />
      )}
      {tally.rounds.length > 1 && (
        <TabList
          size="small"
          selectedValue={round}
          onTabSelect={(_, data) => setViewed(data.value as number)}
          aria-label={s.tally.round}
        >
          {tally.rounds.map((r) => (
            <Tab key={r.round} value={r.round} data-testid={`round-tab-${r.round}`}>
              {s.tally.round} {r.round}
            </Tab>
          ))}
        </TabList>
      )}
      {roundTally && (
        <Text size={200} data-testid="round-summary">
          {s.tally.round} {round}: {s.tally.roundSummary(roundTally)}
        </Text>
      )}
      <TallyGuards
        gate={gate}
        caps={capWarnings(results?.targets)}
        notEligible={notEligible}
        onSetup={onSetup}
      />
      {current && open && (
        <>
          <div className={styles.row}>
            <Field label={s.tally.mode}>
              <RadioGroup
                layout="horizontal"
                value={mode}
                onChange={(_, data) => setMode(data.value as 'ballot' | 'count')}
              >
                <Radio value="ballot" label={s.tally.perBallot} data-testid="mode-ballot" />
                <Radio value="count" label={s.tally.perCount} data-testid="mode-count" />
              </RadioGroup>
            </Field>
            <Field label={s.tally.enteredBy}>
              <Input
                value={enteredBy}
                size="small"
                onChange={(_, data) => votesSessionStore.setEnteredBy(data.value)}
              />
            </Field>
          </div>
          {mode === 'ballot' ? (
            <BallotEntry session={session} candidates={candidates} />
          ) : (
            <ManualCountForm session={session} />
          )}
          {refusal && (
            <MessageBar intent="error" role="alert" data-testid="ballot-refusal">
              <MessageBarBody>{refusal.message}</MessageBarBody>
            </MessageBar>
          )}
          {left <= 20 && (
            <MessageBar intent="warning">
              <MessageBarBody>{s.tally.capacity(Math.max(0, left))}</MessageBarBody>
            </MessageBar>
          )}
          <WriteStatus />
        </>
      )}
      {current && !open && refusal && (
        <MessageBar intent="error" role="alert" data-testid="ballot-refusal">
          <MessageBarBody>{refusal.message}</MessageBarBody>
        </MessageBar>
      )}
      {roundTally && <TallyTable round={roundTally} warnings={warnings} />}
      {tally.issues.length > 0 && <IssueList intent="warning" title={s.save.notes} issues={tally.issues} />}
      {current && open && (
        <Accordion collapsible multiple>
          <AccordionItem value="correct">
            <AccordionHeader>{s.correct.heading}</AccordionHeader>
            <AccordionPanel>
              <CorrectBallotForm session={session} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="written">
            <AccordionHeader>{s.written.heading}</AccordionHeader>
            <AccordionPanel>
              <WrittenVotesForm session={session} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="rounds">
            <AccordionHeader>{s.rounds.heading}</AccordionHeader>
            <AccordionPanel>
              <RoundActions session={session} tally={tally} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}
