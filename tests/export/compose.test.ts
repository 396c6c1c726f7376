import { describe, expect, it } from 'vitest';
import { composeReport } from '../../src/export/pdf/compose';
import { SECTION_IDS, type ReportSection } from '../../src/export/pdf/types';
import type { DrawOp } from '../../src/export/scene/ops';
import { createProject, scenariosInOrder, type ScenarioId } from '../../src/model';
import { fakeMeasure, jobShop, translate } from './reportHelpers';

const texts = (ops: readonly DrawOp[]) => ops.flatMap((op) => (op.op === 'text' ? [op.text] : []));

function compose(sections: readonly string[], renderers?: readonly ReportSection[]) {
  const project = jobShop();
  const scenarioId = scenariosInOrder(project)[0]!.id as ScenarioId;
  return composeReport(
    { project, scenarioId, t: translate('en'), language: 'en', date: new Date('2026-03-01T00:00:00Z') },
    { page: { paper: 'a4', orientation: 'portrait' }, sections, ...(renderers ? { renderers } : {}) },
    fakeMeasure,
  );
}

describe('report composition', () => {
  it('lists each section in the contents with the page it starts on', () => {
    const report = compose(SECTION_IDS);
    expect(report.toc.map((e) => e.title)).toEqual([
      'Canvas',
      'Structure profile',
      'Demand–control quadrants',
      'Roles',
      'Findings',
      'WEBA job content',
      'Skills matrix',
      'Manufacturing critical-path time (MCT)',
    ]);
    for (const entry of report.toc) expect(texts(report.pages[entry.pageNumber - 1]!)).toContain(entry.title);
    const contents = texts(report.pages[1]!);
    expect(contents[0]).toBe('Contents');
    for (const entry of report.toc) expect(contents).toContain(String(entry.pageNumber));
  });

  it('numbers every page but the title page', () => {
    const report = compose(SECTION_IDS);
    const n = report.pages.length;
    expect(texts(report.pages[0]!).some((t) => t.startsWith('Page '))).toBe(false);
    report.pages.slice(1).forEach((page, i) => expect(texts(page)).toContain(`Page ${i + 2} of ${n}`));
  });

  it('leaves out what is not ticked and starts with the contents without a title page', () => {
    const report = compose(['roles', 'weba']);
    expect(report.toc.map((e) => e.title)).toEqual(['Roles', 'WEBA job content']);
    expect(texts(report.pages[0]!)[0]).toBe('Contents');
    expect(report.pages.flatMap(texts)).not.toContain('Structure profile');
  });

  it('runs extra section renderers from the list (the extension point)', () => {
    const extra: ReportSection = {
      id: 'compare',
      render: (ctx) => {
        ctx.composer.section('Comparison');
        ctx.composer.paragraph(`Comparing ${ctx.scenario.name}`);
      },
    };
    const report = compose(['compare'], [extra]);
    expect(report.toc.map((e) => e.title)).toEqual(['Comparison']);
    expect(report.pages.flatMap(texts)).toContain('Comparing As-is');
  });

  it('keeps every text inside the page', () => {
    const report = compose(SECTION_IDS);
    for (const page of report.pages)
      for (const op of page)
        if (op.op === 'text') {
          expect(op.y).toBeGreaterThan(0);
          expect(op.y).toBeLessThan(report.frame.height);
        }
  });

  it('lays out an empty project on A3 landscape without failing', () => {
    const project = createProject('Empty', '2026-01-01T00:00:00.000Z');
    const scenarioId = scenariosInOrder(project)[0]!.id as ScenarioId;
    const report = composeReport(
      { project, scenarioId, t: translate('nl'), language: 'nl' },
      { page: { paper: 'a3', orientation: 'landscape' }, sections: SECTION_IDS },
      fakeMeasure,
    );
    expect(report.frame.width).toBeCloseTo(1190.55);
    expect(report.pages.flatMap(texts)).toContain('Het canvas is leeg.');
  });
});
