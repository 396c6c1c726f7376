import type { Project, ScenarioId } from '../../model';
import { exportFileName } from '../fileName';
import type { Translate } from '../scene/sceneNodes';
import { composeReport } from './compose';
import { SECTION_IDS, type FontFiles, type ReportInput, type ReportOptions, type ReportProgress } from './types';

/**
 * The PDF report. This module pulls in jsPDF and the fonts: load it with `import()` so
 * neither is in the initial bundle.
 */

export type { CompareSectionId, ReportInput, ReportOptions, ReportProgress, ReportSection, ReportSectionId, SectionContext, SectionId } from './types';
export { COMPARE_SECTION_IDS, SECTION_IDS } from './types';
export { REPORT_SECTIONS } from './sections';

const abortError = () => new DOMException('The report was cancelled', 'AbortError');

/** Lets the browser paint and handle clicks (Cancel) between pages. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

async function defaultFonts(): Promise<FontFiles> {
  const { bundledFonts } = await import('./render/fontData');
  return bundledFonts();
}

/**
 * Builds the report of one scenario: lays out every page first (so the total is known),
 * then draws them one by one, yielding to the event loop in between so the page stays
 * responsive and `signal` can cancel. Rejects with an AbortError when cancelled.
 */
export async function buildReportPdf(
  input: ReportInput,
  options: ReportOptions,
  onProgress: (p: ReportProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<Blob> {
  const check = () => {
    if (signal?.aborted) throw abortError();
  };
  onProgress({ phase: 'loading', done: 0, total: 0 });
  const [{ jsPDF }, renderer, fonts] = await Promise.all([import('jspdf'), import('./render/jspdfRenderer'), (options.fonts ?? defaultFonts)()]);
  check();
  const { paper, orientation } = options.page;
  const doc = new jsPDF({ unit: 'pt', format: paper, orientation, compress: true });
  renderer.registerFonts(doc, fonts);
  onProgress({ phase: 'layout', done: 0, total: 0 });
  await nextTask();
  check();
  const report = composeReport(input, options, renderer.jspdfMeasure(doc));
  const scenario = input.project.scenarios[input.scenarioId];
  doc.setProperties({ title: `${input.project.name} – ${scenario?.name ?? ''}`, creator: 'Latitude', subject: input.t('export.pdf.kicker') });
  const total = report.pages.length;
  for (const [i, ops] of report.pages.entries()) {
    if (i > 0) doc.addPage(paper, orientation);
    renderer.drawOps(doc, ops);
    onProgress({ phase: 'pages', done: i + 1, total });
    await nextTask();
    check();
  }
  onProgress({ phase: 'saving', done: total, total });
  return doc.output('blob');
}

/** `<project>-<scenario>.pdf`, with characters that file systems refuse replaced. */
export const reportFileName = (projectName: string, scenarioName: string): string => exportFileName(projectName, scenarioName, 'pdf');

/**
 * Benchmark hook: the full report (every section, A4 portrait) of one scenario, timed.
 * Works in the browser and in Node (pass `fonts` there, e.g. read from dejavu-fonts-ttf).
 */
export async function benchmarkReportPdf(
  project: Project,
  scenarioId: ScenarioId,
  t: Translate,
  o: { language?: string; fonts?: () => Promise<FontFiles>; page?: ReportOptions['page'] } = {},
): Promise<{ blob: Blob; pages: number; ms: number }> {
  const started = performance.now();
  let pages = 0;
  const blob = await buildReportPdf(
    { project, scenarioId, t, language: o.language ?? 'en' },
    { page: o.page ?? { paper: 'a4', orientation: 'portrait' }, sections: SECTION_IDS, fonts: o.fonts },
    (p) => (pages = p.total),
  );
  return { blob, pages, ms: performance.now() - started };
}
