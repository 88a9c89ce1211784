/**
 * The school's case as the pane knows it: read from the workbook when the pane opens and on "Tính lại",
 * evaluated by the domain, and shared by every panel. Every write through excel/ is counted: an action run
 * with `perform` that wrote is followed by a fresh read, a write made elsewhere (a ballot appended) marks
 * the case stale, and `ensureFresh` reads the workbook again for a panel that opens or an export that starts.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { evaluateCase, type CaseResults, type SchoolCase } from '../../domain/case';
import type { CellLocation, DomainIssue } from '../../domain/issues';
import { runExcel } from '../../excel';
import { goToCell, writeCaseWorkbook } from '../../excel/operations';
import { readCase } from '../../excel/operations/read-case';
import { restoreFormulas } from '../../excel/operations/restore-formulas';
import { onWorkbookWrite, workbookRevision } from '../../excel/write-events';
import type { ReadCaseResult } from '../../layout/workbook';
import {
  overwrittenFormulaIssues,
  type OverwrittenFormula,
} from '../../layout/workbook/overwritten-formulas';
import { useStrings } from '../i18n';
import { useErrorReporter } from '../shell/ErrorSurface';

export type CaseStatus = 'loading' | 'empty' | 'ready';

export interface CaseStore {
  status: CaseStatus;
  /** What was read from the workbook; undefined until a Thi Đua workbook is found. */
  read?: ReadCaseResult;
  results?: CaseResults;
  /** Issues found while reading (cells that could not be read) and evaluating. */
  issues: DomainIssue[];
  /** Description of the work under way, in the pane's language, or null when idle. */
  busy: string | null;
  /** When the case was last read, for "đã tính lúc …". */
  readAt?: Date;
  /** Values typed over the add-in's result formulas, found by the last read. */
  overwritten: OverwrittenFormula[];
  /** The workbook was written since the last read (a ballot, a rebuilt sheet): the case shown is older. */
  stale: boolean;
  reload(): Promise<void>;
  /**
   * Reads the workbook again now and gives the case as it holds it, for a panel that opens or an export
   * that starts (the state the caller closed over may be older). Undefined when no Thi Đua case is there.
   */
  ensureFresh(): Promise<FreshCase | undefined>;
  /** "Khôi phục công thức": puts the add-in's formulas back where values were typed over them. */
  restoreOverwritten(): Promise<void>;
  buildWorkbook(schoolCase: SchoolCase): Promise<string[]>;
  goTo(location: CellLocation): Promise<void>;
  /** Runs a workbook action with a progress message, reporting failures; then re-reads when asked. */
  perform<T>(
    message: string,
    action: () => Promise<T>,
    options?: { reload?: boolean },
  ): Promise<T | undefined>;
}

export interface FreshCase {
  read: ReadCaseResult;
  results: CaseResults;
}

const CaseContext = createContext<CaseStore | null>(null);

export function useCase(): CaseStore {
  const store = useContext(CaseContext);
  if (!store) throw new Error('useCase outside CaseProvider');
  return store;
}

export function CaseProvider({ children }: { children: ReactNode }) {
  const { report, clear } = useErrorReporter();
  const progress = useStrings().progress;
  const [status, setStatus] = useState<CaseStatus>('loading');
  const [read, setRead] = useState<ReadCaseResult>();
  const [results, setResults] = useState<CaseResults>();
  const [issues, setIssues] = useState<DomainIssue[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [readAt, setReadAt] = useState<Date>();
  const [overwritten, setOverwritten] = useState<OverwrittenFormula[]>([]);
  // The adapter's write count when the case was last read: a higher count means the case is older.
  const readRevision = useRef(workbookRevision());
  const [stale, setStale] = useState(false);

  useEffect(() => onWorkbookWrite(() => setStale(workbookRevision() !== readRevision.current)), []);

  const load = useCallback(async (): Promise<FreshCase | undefined> => {
    const revision = workbookRevision();
    const readout = await runExcel((context) => readCase(context));
    readRevision.current = revision;
    setStale(workbookRevision() !== revision);
    setReadAt(new Date());
    if (readout.missing) {
      setRead(undefined);
      setResults(undefined);
      setIssues([]);
      setOverwritten([]);
      setStatus('empty');
      return undefined;
    }
    const evaluated = evaluateCase(readout.read.schoolCase);
    setRead(readout.read);
    setResults(evaluated);
    setOverwritten(readout.overwritten);
    setIssues([
      ...readout.read.issues,
      ...overwrittenFormulaIssues(readout.overwritten),
      ...evaluated.issues,
    ]);
    setStatus('ready');
    return { read: readout.read, results: evaluated };
  }, []);

  const perform = useCallback(
    async <T,>(message: string, action: () => Promise<T>, options: { reload?: boolean } = {}) => {
      setBusy(message);
      clear();
      try {
        const before = workbookRevision();
        const value = await action();
        // After every write the pane's case is the workbook's, whether or not the caller asked.
        if (options.reload || workbookRevision() !== before) await load();
        return value;
      } catch (error) {
        report(error);
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [clear, load, report],
  );

  // The first read only: a language switch must not read the workbook again.
  const firstReading = useRef(progress.reading);
  useEffect(() => {
    void perform(firstReading.current, load);
  }, [perform, load]);

  const store = useMemo<CaseStore>(
    () => ({
      status,
      read,
      results,
      issues,
      busy,
      readAt,
      overwritten,
      stale,
      reload: async () => {
        await perform(progress.recalculating, load);
      },
      ensureFresh: () => perform(progress.reading, load),
      restoreOverwritten: async () => {
        await perform(
          progress.restoring,
          () => runExcel((context) => restoreFormulas(context, overwritten)),
          { reload: true },
        );
      },
      buildWorkbook: async (schoolCase) => {
        const result = await perform(
          progress.building,
          () => runExcel((context) => writeCaseWorkbook(context, schoolCase)),
          { reload: true },
        );
        return result?.notices ?? [];
      },
      // Going to a cell must not clear the error that named it: only its own failure is reported.
      goTo: async (location) => {
        try {
          await runExcel((context) => goToCell(context, location));
        } catch (error) {
          report(error);
        }
      },
      perform,
    }),
    [status, read, results, issues, busy, readAt, overwritten, stale, perform, load, report, progress],
  );
  return <CaseContext.Provider value={store}>{children}</CaseContext.Provider>;
}
