import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openAsWriter, storedProjects, watchPageErrors } from './support/storage';

/** Every text field renders as text: markup in names is shown, never run. */
const IMG = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '<script>window.__xss=2</script>';

type Named = { name: string };
interface FixtureFile {
  project: Named & { id: string; description: string; scenarios: Record<string, Named & Record<string, Record<string, Named>>> };
}

function hostileFile(): string {
  const file = JSON.parse(readFileSync(new URL('../tests/fixtures/formats/v2.latitude.json', import.meta.url), 'utf8')) as FixtureFile;
  file.project.id = 'project:hostile';
  file.project.name = `Project ${IMG}`;
  file.project.description = `${SCRIPT} ${IMG}`;
  for (const scenario of Object.values(file.project.scenarios)) {
    scenario.name = `Scenario ${SCRIPT}`;
    for (const kind of ['units', 'workstations', 'families', 'teams', 'roles', 'tasks'])
      for (const entity of Object.values(scenario[kind] ?? {})) entity.name = `${entity.name} ${kind === 'roles' ? SCRIPT : IMG}`;
  }
  return JSON.stringify({ ...file, formatVersion: 2 });
}

test('names with markup from an imported file show as text and never run', async ({ page }) => {
  const errors = watchPageErrors(page);
  await openAsWriter(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('toolbar.import').click();
  await (await chooser).setFiles({ name: 'hostile.latitude.json', mimeType: 'application/json', buffer: Buffer.from(hostileFile()) });

  await expect(page.getByTestId('toolbar.project-name')).toHaveText(`Project ${IMG}`);
  await expect(page.getByTestId('scenario.tab').first()).toHaveText(`Scenario ${SCRIPT}`);
  await expect(page.locator('.react-flow__node').filter({ hasText: IMG }).first()).toBeVisible();
  await expect(page.locator('.react-flow__node').filter({ hasText: SCRIPT }).first()).toBeVisible();

  // The project list and the version history show the names as text too.
  await page.getByTestId('toolbar.projects').click();
  await expect(page.getByTestId('projects.open').filter({ hasText: IMG })).toBeVisible();
  await page.getByTestId('projects.close').click();

  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('#root script').count()).toBe(0);
  const stored = await storedProjects(page);
  expect(stored.find((r) => r.id === 'project:hostile')?.name).toBe(`Project ${IMG}`);
  expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
});

test('a damaged backup is refused, says what is wrong, and changes nothing', async ({ page }) => {
  await openAsWriter(page);
  const before = await storedProjects(page);
  await page.getByTestId('toolbar.storage').click();
  const file = JSON.parse(readFileSync(new URL('../tests/fixtures/formats/v2.latitude.json', import.meta.url), 'utf8')) as FixtureFile;
  file.project.name = 'Damaged';
  const scenario = Object.values(file.project.scenarios)[0]!;
  (Object.values(scenario.roles ?? {})[0] as Named & { unitId: string }).unitId = 'unit:ghost';
  const backup = { format: 'latitude-backup', formatVersion: 1, projects: [{ ...file, formatVersion: 2 }] };
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('storage.restore').click();
  await (await chooser).setFiles({ name: 'damaged-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  const error = page.getByTestId('storage.restore-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('data-code', 'invalid-project');
  await expect(error).toContainText('Damaged');
  await expect(page.getByTestId('storage.restore-issues')).toContainText('unitId');
  expect(await storedProjects(page)).toEqual(before);
});
