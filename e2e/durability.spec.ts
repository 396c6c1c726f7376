import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  installWriteFailureSwitch,
  openAsWriter,
  setWritesFailing,
  snapshotKinds,
  storedProjects,
  waitUntilSaved,
} from './support/storage';

const units = (page: Page) => page.getByTestId('node.unit');
const storedUnits = async (page: Page) => {
  const [row] = await storedProjects(page);
  return Object.values(row!.doc.scenarios).reduce((n, s) => n + Object.keys((s as unknown as { units: object }).units).length, 0);
};

async function addUnit(page: Page) {
  const before = await units(page).count();
  await page.getByTestId('palette.add-unit').click();
  await expect(units(page)).toHaveCount(before + 1);
}

test('storage dialog: keeping data, space, reminder, backup of all projects and a replacing restore', async ({ page }) => {
  await openAsWriter(page);
  await addUnit(page);
  await waitUntilSaved(page);
  await expect(page.getByTestId('toolbar.export-reminder')).toBeVisible();

  await page.getByTestId('toolbar.storage').click();
  const dialog = page.getByTestId('dialog.storage');
  await expect(dialog.getByTestId('storage.persist-state')).toBeVisible();
  await expect(dialog.getByTestId('storage.usage')).toContainText(/used of/);
  await expect(dialog.getByTestId('storage.unexported-item')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('storage-dialog.png') });

  const download = page.waitForEvent('download');
  await dialog.getByTestId('storage.backup-all').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^latitude-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(await readFile((await file.path())!, 'utf8')) as { format: string; formatVersion: number; projects: { project: { name: string } }[] };
  expect(backup).toMatchObject({ format: 'latitude-backup', formatVersion: 1 });
  expect(backup.projects).toHaveLength(1);
  await expect(dialog.getByTestId('storage.unexported-item')).toHaveCount(0);
  await dialog.getByTestId('storage.close').click();
  await expect(page.getByTestId('toolbar.export-reminder')).toHaveCount(0);

  // Change the project, then restore the backup over it (replace asks first).
  await addUnit(page);
  await waitUntilSaved(page);
  expect(await storedUnits(page)).toBe(2);
  await page.getByTestId('toolbar.storage').click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByTestId('storage.restore').click();
  await (await chooser).setFiles((await file.path())!);
  await expect(dialog.getByTestId('storage.restore-choice')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('restore-choice.png') });
  await dialog.getByTestId('storage.restore-replace').click();
  await expect(page.getByTestId('dialog.confirm')).toBeVisible();
  await page.getByTestId('dialog.confirm-button').click();
  await expect(units(page)).toHaveCount(1);
  expect(await storedUnits(page)).toBe(1);
  // What the restore replaced is kept.
  expect(await snapshotKinds(page)).toContain('before-restore');
});

test('version history: save a named version, compare, preview, restore, and undo the restore', async ({ page }) => {
  await openAsWriter(page);
  await addUnit(page);
  await waitUntilSaved(page);

  await page.getByTestId('toolbar.history').click();
  const dialog = page.getByTestId('dialog.history');
  await expect(dialog.getByTestId('history.retention')).toContainText('50');
  await dialog.getByTestId('history.save-version').click();
  await dialog.getByTestId('history.name-input').fill('Baseline');
  await dialog.getByTestId('history.save-named').click();
  // The first save already kept the project as created (automatic); now the named one too.
  await expect(dialog.locator('[data-testid="history.item"][data-kind="named"]')).toHaveCount(1);
  await expect(dialog.getByTestId('history.label')).toHaveText('“Baseline”');
  await dialog.getByTestId('history.close').click();

  await addUnit(page);
  await addUnit(page);
  await waitUntilSaved(page);

  await page.getByTestId('toolbar.history').click();
  const named = dialog.getByTestId('history.item').filter({ hasText: 'Baseline' });
  await named.getByTestId('history.compare').click();
  await expect(named.getByTestId('history.compare-table')).toContainText('Units');
  await page.screenshot({ path: test.info().outputPath('history-dialog.png') });

  // A read-only preview of the version.
  await named.getByTestId('history.preview').click();
  await expect(page.getByTestId('readonly.banner')).toHaveAttribute('data-kind', 'preview');
  await expect(units(page)).toHaveCount(1);
  await page.getByTestId('palette.add-unit').click();
  await expect(units(page)).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('preview.png') });
  await page.getByTestId('preview.back').click();
  await expect(units(page)).toHaveCount(3);

  await page.getByTestId('toolbar.history').click();
  await dialog.getByTestId('history.item').filter({ hasText: 'Baseline' }).getByTestId('history.restore').click();
  await page.getByTestId('dialog.confirm-button').click();
  await expect(units(page)).toHaveCount(1);
  await expect.poll(() => storedUnits(page)).toBe(1);

  // The restore is itself undoable: the state before it is the newest version.
  await page.getByTestId('toolbar.history').click();
  const before = dialog.getByTestId('history.item').first();
  await expect(before).toHaveAttribute('data-kind', 'before-restore');
  await before.getByTestId('history.restore').click();
  await page.getByTestId('dialog.confirm-button').click();
  await expect(units(page)).toHaveCount(3);
  await expect.poll(() => storedUnits(page)).toBe(3);
});

test('a failing write says what to do, keeps the last good state, and saves once storage works again', async ({ page, context }) => {
  await installWriteFailureSwitch(context);
  await openAsWriter(page);
  await addUnit(page);
  await waitUntilSaved(page);
  expect(await storedUnits(page)).toBe(1);

  await setWritesFailing(page, true);
  await addUnit(page);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'error');
  const banner = page.getByTestId('save-error.banner');
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('data-quota', 'true');
  await expect(banner).toContainText(/storage for this site is full/);
  await expect(banner).toContainText(/Export the project/);
  await page.screenshot({ path: test.info().outputPath('save-error.png') });
  expect(await storedUnits(page)).toBe(1);

  // Editing continues in memory.
  await addUnit(page);
  await expect(units(page)).toHaveCount(3);

  // The in-memory state can be exported while storage refuses.
  const download = page.waitForEvent('download');
  await banner.getByTestId('save-error.export').click();
  const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as { project: { scenarios: Record<string, { units: object }> } };
  expect(Object.values(exported.project.scenarios).reduce((n, s) => n + Object.keys(s.units).length, 0)).toBe(3);

  await setWritesFailing(page, false);
  await banner.getByTestId('save-error.retry').click();
  await waitUntilSaved(page);
  await expect(banner).toHaveCount(0);
  expect(await storedUnits(page)).toBe(3);
});
