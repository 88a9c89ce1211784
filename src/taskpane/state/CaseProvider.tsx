/**
 * The school's case as the pane knows it: read from the workbook when the pane opens and on "Tính lại",
 * evaluated by the domain, and shared by every panel. Writes go through excel/ operations and are followed
 * by a fresh read, so what the pane shows is always what the workbook holds.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { evaluateCase, type CaseResults, type SchoolCase } from '../../domain/case';
import type { CellLocation, DomainIssue } from '../../domain/issues';
import { runExcel } from '../../excel';
import { goToCell, readAllSheets, writeCaseWorkbook } from '../../excel/operations';
import { readCaseWorkbook, type ReadCaseResult } from '../../layout/workbook';
import { useErrorReporter } from '../shell/ErrorSurface';

export type CaseStatus = 'loading' | 'empty' | 'ready';

export interface CaseStore {
  status: CaseStatus;
  /** What was read from the workbook; undefined until a Thi Đua workbook is found. */
  read?: ReadCaseResult;
  results?: CaseResults;
  /** Issues found while reading (cells that could not be read) and evaluating. */
  issues: DomainIssue[];
  /** Vietnamese description of the work under way, or null when idle. */
  busy: string | null;
  /** When the case was last read, for "đã tính lúc …". */
  readAt?: Date;
  reload(): Promise<void>;
  buildWorkbook(schoolCase: SchoolCase): Promise<string[]>;
  goTo(location: CellLocation): Promise<void>;
  /** Runs a workbook action with a progress message, reporting failures; then re-reads when asked. */
  perform<T>(
    message: string,
    action: () => Promise<T>,
    options?: { reload?: boolean },
  ): Promise<T | undefined>;
}

const CaseContext = createContext<CaseStore | null>(null);

export function useCase(): CaseStore {
  const store = useContext(CaseContext);
  if (!store) throw new Error('useCase outside CaseProvider');
  return store;
}

export function CaseProvider({ children }: { children: ReactNode }) {
  const { report, clear } = useErrorReporter();
  const [status, setStatus] = useState<CaseStatus>('loading');
  const [read, setRead] = useState<ReadCaseResult>();
  const [results, setResults] = useState<CaseResults>();
  const [issues, setIssues] = useState<DomainIssue[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [readAt, setReadAt] = useState<Date>();

  const load = useCallback(async () => {
    const sheets = await runExcel((context) => readAllSheets(context));
    const parsed = readCaseWorkbook(sheets);
    if ('missing' in parsed) {
      setRead(undefined);
      setResults(undefined);
      setIssues([]);
      setStatus('empty');
    } else {
      const evaluated = evaluateCase(parsed.schoolCase);
      setRead(parsed);
      setResults(evaluated);
      setIssues([...parsed.issues, ...evaluated.issues]);
      setStatus('ready');
    }
    setReadAt(new Date());
  }, []);

  const perform = useCallback(
    async <T,>(message: string, action: () => Promise<T>, options: { reload?: boolean } = {}) => {
      setBusy(message);
      clear();
      try {
        const value = await action();
        if (options.reload) await load();
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

  useEffect(() => {
    void perform('Đang đọc sổ làm việc…', load);
  }, [perform, load]);

  const store = useMemo<CaseStore>(
    () => ({
      status,
      read,
      results,
      issues,
      busy,
      readAt,
      reload: async () => {
        await perform('Đang tính lại…', load);
      },
      buildWorkbook: async (schoolCase) => {
        const result = await perform(
          'Đang lập bảng…',
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
    [status, read, results, issues, busy, readAt, perform, load, report],
  );
  return <CaseContext.Provider value={store}>{children}</CaseContext.Provider>;
}
