import { readFileSync } from 'node:fs';
import { planCsvImport, styleForLanguage, type CsvKind, type CsvPlan } from '../../src/io/csv';
import { parseProjectFile } from '../../src/io/projectFile';
import { scenariosInOrder, type Project, type Scenario } from '../../src/model';
import { EditorStore, type BatchStep } from '../../src/store/editorStore';

/** The worked example of domain.md §6, read through the import pipeline like any file. */
export function loadJobShop(): Project {
  const result = parseProjectFile(readFileSync(new URL('../fixtures/job-shop.latitude.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.project;
}

export function jobShopStore(): EditorStore {
  const project = loadJobShop();
  return new EditorStore(project, scenariosInOrder(project)[0]!.id);
}

export const current = (store: EditorStore): Scenario => store.getState().project.scenarios[store.scenarioId]!;

export const en = styleForLanguage('en');
export const nl = styleForLanguage('nl');

export function plan(store: EditorStore, kind: CsvKind, text: string): CsvPlan {
  return planCsvImport(kind, text, current(store), en);
}

/** Plans and applies as the dialog does: one batch; throws when the file has issues or a command is refused. */
export function importInto(store: EditorStore, kind: CsvKind, text: string): CsvPlan {
  const p = plan(store, kind, text);
  if (p.issues.length > 0) throw new Error(`issues: ${JSON.stringify(p.issues)}`);
  const result = store.batch(p.commands as BatchStep[]);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return p;
}

/** The issues as the test tables write them. */
export const brief = (p: CsvPlan) => p.issues.map((i) => ({ code: i.code, row: i.row, column: i.column }));

export const byName = <T extends { name: string }>(record: Partial<Record<string, T>>, name: string): T => {
  const found = Object.values(record).find((e) => e?.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};
