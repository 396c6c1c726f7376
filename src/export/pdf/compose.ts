import { analyseScenarioData } from '../../analysis';
import { compareScenarios } from '../../analysis/compare';
import { assessImpact } from '../../analysis/impact';
import { impactPairKey } from '../../model';
import { entityNamer } from '../../ui/analysis/messageText';
import type { DrawOp, Measure } from '../scene/ops';
import { PageComposer, type TocEntry } from './layout/composer';
import { pageFrame, type PageFrame } from './layout/page';
import { footerOps, paginateToc, tocPages } from './layout/toc';
import { REPORT_SECTIONS } from './sections';
import type { ReportComparison, ReportInput, ReportOptions, ReportSection, SectionContext } from './types';

/** The comparison of the report's scenario (after) with `compareWith` (before), if asked for and possible. */
function reportComparison(input: ReportInput): ReportComparison | undefined {
  const before = input.compareWith ? input.project.scenarios[input.compareWith] : undefined;
  const after = input.project.scenarios[input.scenarioId];
  if (!before || !after || before.id === after.id) return undefined;
  const comparison = compareScenarios(before, after, input.project.settings);
  const notes = input.project.impactNotes?.[impactPairKey(before.id, after.id)] ?? {};
  return { before, comparison, impact: assessImpact(comparison), notes };
}

export interface ComposedReport {
  frame: PageFrame;
  /** The display list of every page, in final order (front, contents, body). */
  pages: DrawOp[][];
  /** Contents entries with final page numbers. */
  toc: (TocEntry & { pageNumber: number })[];
}

function sectionContext(input: ReportInput, measure: Measure): Omit<SectionContext, 'composer'> {
  const scenario = input.project.scenarios[input.scenarioId];
  if (!scenario) throw new Error(`No scenario ${input.scenarioId} in project ${input.project.name}`);
  const analysis = input.analysis ?? analyseScenarioData(scenario, input.project.settings);
  return {
    measure,
    t: input.t,
    language: input.language,
    messages: { t: input.t, language: input.language, nameOf: entityNamer(scenario, input.t) },
    project: input.project,
    scenario,
    analysis,
    date: input.date ?? new Date(),
    comparison: reportComparison(input),
  };
}

/** The sections the options ask for, in the renderers' order. */
export function chosenSections(options: Pick<ReportOptions, 'sections' | 'renderers'>): ReportSection[] {
  const wanted = new Set(options.sections);
  return (options.renderers ?? REPORT_SECTIONS).filter((s) => wanted.has(s.id));
}

/**
 * Lays the whole report out as display lists: front pages, the table of contents (its
 * length known before the body is numbered), the body, and a footer with "page n of N"
 * on every page after the front. Pure apart from the measure function.
 */
export function composeReport(input: ReportInput, options: ReportOptions, measure: Measure): ComposedReport {
  const frame = pageFrame(options.page);
  const base = sectionContext(input, measure);
  const front = new PageComposer(frame, measure);
  const body = new PageComposer(frame, measure);
  for (const section of chosenSections(options)) section.render({ ...base, composer: section.front ? front : body });
  const tocPaged = body.toc.length > 0 ? paginateToc(body.toc, frame) : [];
  const before = front.pages.length + tocPaged.length;
  const contents = tocPages(tocPaged, frame, measure, input.t('export.pdf.contents'), before);
  const pages = [...front.pages, ...contents, ...body.pages];
  const label = `${input.project.name} · ${base.scenario.name}`;
  pages.forEach((ops, i) => {
    if (i < front.pages.length) return;
    ops.push(...footerOps(frame, label, input.t('export.pdf.page', { page: i + 1, pages: pages.length }), measure));
  });
  return { frame, pages, toc: body.toc.map((e) => ({ ...e, pageNumber: before + e.page + 1 })) };
}
