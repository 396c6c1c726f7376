import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARE_SECTION_IDS, SECTION_IDS, buildReportPdf } from '../../src/export/pdf';
import type { Project, ScenarioId } from '../../src/model';
import { EditorStore } from '../../src/store/editorStore';
import { jobShop, nodeFonts, translate } from './reportHelpers';

/**
 * The report of a to-be compared with its as-is: the job shop duplicated and changed
 * through the editor's commands, as tests/analysis/compareHarness.ts does.
 */

const OUT = 'test-results/export';
const AS_IS = 'scenario:asis' as ScenarioId;
const TO_BE = 'scenario:tobe' as ScenarioId;

function hasPoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The job shop with a to-be in which the welders also paint, and a note on the workload. */
function redesigned(): Project {
  const store = new EditorStore(jobShop(), AS_IS);
  const ok = (r: { ok: boolean }) => {
    if (!r.ok) throw new Error('command refused');
  };
  ok(store.dispatch('duplicateScenario', { scenarioId: AS_IS, name: 'To-be', newId: TO_BE }));
  const toBe = () => store.getState().project.scenarios[TO_BE]!;
  const role = (name: string) => Object.values(toBe().roles).find((r) => r.name === name)!;
  const task = (name: string) => Object.values(toBe().tasks).find((t) => t.name === name)!;
  for (const name of Object.values(toBe().tasks).filter((t) => t.assignments[role('Painter').id] !== undefined).map((t) => t.name))
    ok(store.dispatch('setAssignments', { scenarioId: TO_BE, id: task(name).id, assignments: { [role('Welder').id]: 1 } }));
  ok(store.dispatch('updateRole', { scenarioId: TO_BE, id: role('Welder').id, patch: { headcount: role('Welder').headcount + 1 } }));
  ok(store.dispatch('setImpactNote', { before: AS_IS, after: TO_BE, heading: 'workload', text: 'Agreed with the works council on 3 March.' }));
  return store.getState().project;
}

async function save(project: Project, compareWith: ScenarioId | undefined, language: 'en' | 'nl', file: string): Promise<string> {
  const blob = await buildReportPdf(
    { project, scenarioId: TO_BE, compareWith, t: translate(language), language, date: new Date('2026-03-01T12:00:00Z') },
    { page: { paper: 'a4', orientation: 'portrait' }, sections: [...SECTION_IDS, ...COMPARE_SECTION_IDS], fonts: nodeFonts },
  );
  mkdirSync(OUT, { recursive: true });
  const path = `${OUT}/${file}`;
  writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
  return path;
}

const text = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

describe('comparison and impact sections of the report', () => {
  const project = redesigned();

  it('compares the to-be with the as-is', async () => {
    const path = await save(project, AS_IS, 'en', 'job-shop-compare-en.pdf');
    if (!hasPoppler()) return;
    const pdf = text(path);
    expect(pdf).toContain('Comparison · compared with: As-is');
    expect(pdf).toContain('Change impact assessment · compared with: As-is');
    expect(pdf).toContain('P4');
    expect(pdf).toContain('Welder');
    for (const heading of ['Workload', 'Job content', 'Work organisation', 'Quality of work', 'Employment', 'Skills and training']) expect(pdf).toContain(heading);
    expect(pdf).toContain('Agreed with the works council on 3 March.');
    expect(pdf).toMatch(/Better|Worse/);
  });

  it('writes the sections in Dutch', async () => {
    const path = await save(project, AS_IS, 'nl', 'job-shop-compare-nl.pdf');
    if (!hasPoppler()) return;
    const pdf = text(path);
    expect(pdf).toContain('Vergelijking · vergeleken met: As-is');
    expect(pdf).toContain('Effectbeoordeling · vergeleken met: As-is');
  });

  it('leaves both sections out without a scenario to compare with', async () => {
    const path = await save(project, undefined, 'en', 'job-shop-no-compare.pdf');
    if (!hasPoppler()) return;
    const pdf = text(path);
    expect(pdf).not.toContain('compared with');
    expect(pdf).not.toContain('Change impact assessment');
  });
});
