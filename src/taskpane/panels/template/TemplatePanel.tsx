import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  Divider,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useCase } from '../../state/CaseProvider';
import { usePanelStrings } from '../../i18n';
import { BuildSection } from './build/BuildSection';
import { CriteriaSection } from './criteria/CriteriaSection';
import { draftHasData, draftUnitKind } from './draft';
import { draftFromCase } from './draft-from-case';
import { FromLastYear } from './FromLastYear';
import { keepDraftOnDevice, useDraftKept, useTemplateDraft } from './draft-store';
import { ImportScoresSection } from './import/ImportScoresSection';
import { LevelsBandsSection } from './rounds/LevelsBandsSection';
import { RoundsSection } from './rounds/RoundsSection';
import { SampleBar } from './SampleBar';
import { SchoolSection } from './school/SchoolSection';
import { ConfirmDialog, type ConfirmRequest } from './shared/ConfirmDialog';
import { StaffSection } from './staff/StaffSection';
import { TEMPLATE_STRINGS } from './strings';
import { UnitKindChoice } from './UnitKindChoice';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '10px' },
});

/**
 * "Lập bảng": everything the school's scoring workbook is built from (school, staff, criteria, rounds,
 * levels, bands), checked before building; then scores of an existing sheet can be brought in.
 */
export function TemplatePanel() {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS);
  const [draft, update] = useTemplateDraft();
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const kept = useDraftKept();
  const { status, read } = useCase();
  const [fromWorkbook, setFromWorkbook] = useState(false);
  const loadedFrom = useRef<typeof read>(undefined);
  // An empty form on a workbook that already has a school opens on that school instead (once per reading,
  // so "Bắt đầu lại" still empties the form).
  useEffect(() => {
    if (status === 'ready' && read && read !== loadedFrom.current && !draftHasData(draft)) {
      loadedFrom.current = read;
      update(() => draftFromCase(read.schoolCase));
      setFromWorkbook(true);
    }
  }, [status, read, draft, update]);
  const teams = new Set(draft.staff.map((person) => person.teamId)).size;
  const phong = draftUnitKind(draft) === 'school';
  return (
    <div className={styles.panel} data-testid="template-panel">
      <Text as="h2" size={400} weight="semibold">
        {t.title}
      </Text>
      {fromWorkbook && (
        <Text size={200} role="status" data-testid="template-from-workbook">
          {(phong ? t.phong.fromWorkbook : t.fromWorkbook)(draft.info.name)}
        </Text>
      )}
      <UnitKindChoice draft={draft} update={update} confirm={setRequest} />
      <SampleBar draft={draft} update={update} confirm={setRequest} />
      <Checkbox
        label={t.privacy.keep}
        checked={kept}
        onChange={(_, d) => keepDraftOnDevice(d.checked === true)}
        data-testid="template-keep-draft"
      />
      <Text size={200}>{phong ? t.phong.privacyHint : t.privacy.hint}</Text>
      <Accordion multiple collapsible defaultOpenItems={['school']}>
        <AccordionItem value="school">
          <AccordionHeader data-testid="template-section-school">
            {phong ? t.phong.sections.info(draft.info.name) : t.sections.school(draft.info.name)}
          </AccordionHeader>
          <AccordionPanel>
            <SchoolSection info={draft.info} update={update} phong={phong} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="staff">
          <AccordionHeader data-testid="template-section-staff">
            {phong
              ? t.phong.sections.schools(draft.staff.length, teams)
              : t.sections.staff(draft.staff.length, teams)}
          </AccordionHeader>
          <AccordionPanel>
            <StaffSection draft={draft} update={update} confirm={setRequest} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="criteria">
          <AccordionHeader data-testid="template-section-criteria">
            {t.sections.criteria(draft.config.criteria.length)}
          </AccordionHeader>
          <AccordionPanel>
            <CriteriaSection draft={draft} update={update} confirm={setRequest} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="rounds">
          <AccordionHeader data-testid="template-section-rounds">
            {t.sections.rounds(draft.config.rounds.length)}
          </AccordionHeader>
          <AccordionPanel>
            <RoundsSection draft={draft} update={update} confirm={setRequest} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="levels">
          <AccordionHeader data-testid="template-section-levels">{t.sections.levels}</AccordionHeader>
          <AccordionPanel>
            <LevelsBandsSection draft={draft} update={update} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <BuildSection draft={draft} confirm={setRequest} />
      <Divider />
      <FromLastYear />
      <Divider />
      <Text as="h3" size={300} weight="semibold">
        {t.scoreImport.title}
      </Text>
      <ImportScoresSection confirm={setRequest} />
      <ConfirmDialog request={request} onClose={() => setRequest(null)} />
    </div>
  );
}
