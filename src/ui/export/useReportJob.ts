import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../../app/analysisContext';
import { useEditorStore } from '../../app/editorContext';
import type { ReportOptions, ReportProgress } from '../../export/pdf';
import type { ScenarioId } from '../../model';
import { downloadBlob } from '../../export/download';

export type ReportJob =
  | { state: 'idle' }
  | { state: 'running'; progress: ReportProgress }
  | { state: 'done'; file: string; pages: number }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/**
 * Runs the report: loads the PDF code on demand, reports progress, downloads the file,
 * and cancels on request or when the dialog goes away.
 */
export function useReportJob() {
  const { i18n } = useTranslation();
  const store = useEditorStore();
  const analysis = useAnalysis();
  const [job, setJob] = useState<ReportJob>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = useCallback(
    /** `compareWith`: the scenario before the change; the open one is the design after it. */
    async (options: Pick<ReportOptions, 'page' | 'sections'>, compareWith?: ScenarioId) => {
      const controller = new AbortController();
      abort.current = controller;
      setJob({ state: 'running', progress: { phase: 'loading', done: 0, total: 0 } });
      const { project, view } = store.getState();
      const language = i18n.language;
      const fixed = i18n.getFixedT(language);
      const t = (key: string, o?: Record<string, unknown>) => String(fixed(key, o as never));
      try {
        const pdf = await import('../../export/pdf');
        let pages = 0;
        const blob = await pdf.buildReportPdf(
          { project, scenarioId: view.scenarioId, analysis: analysis.scenarioId === view.scenarioId ? analysis : undefined, t, language, compareWith },
          options,
          (progress) => {
            pages = progress.total;
            if (!controller.signal.aborted) setJob({ state: 'running', progress });
          },
          controller.signal,
        );
        const scenario = project.scenarios[view.scenarioId];
        const file = pdf.reportFileName(project.name, scenario?.name ?? '');
        downloadBlob(file, blob);
        setJob({ state: 'done', file, pages });
      } catch (e) {
        if (isAbort(e)) setJob({ state: 'cancelled' });
        else setJob({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
      } finally {
        if (abort.current === controller) abort.current = null;
      }
    },
    [store, i18n, analysis],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { job, start, cancel };
}
