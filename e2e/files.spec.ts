import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { EditorPage } from './support/app';

const FIXTURE = new URL('./fixtures/small-shop.latitude.json', import.meta.url);

async function projectNames(editor: EditorPage): Promise<string[]> {
  await editor.page.getByTestId('toolbar.projects').click();
  const items = editor.page.getByTestId('projects.item');
  await expect(items.first()).toBeVisible();
  const names = await items.getByTestId('projects.open').allTextContents();
  await editor.page.getByTestId('projects.close').click();
  return names.sort();
}

test('a project exported to a file and imported again is identical', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.importFile(FIXTURE.pathname);
  await expect(page.getByTestId('toolbar.project-name')).toHaveText('Small shop');
  await expect(editor.node('role', 'Operator')).toBeVisible();

  const { download, text } = await editor.exportProject();
  expect(download.suggestedFilename()).toBe('small-shop.latitude.json');
  const exported = JSON.parse(text);
  expect(exported).toMatchObject({ format: 'latitude-project', formatVersion: 3 });

  await editor.importFile({ name: 'again.latitude.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('notice.info').filter({ hasText: 'Small shop' }).last()).toBeVisible();
  const { text: again } = await editor.exportProject();
  const reimported = JSON.parse(again);
  // a second copy gets its own id; everything the user made is identical
  expect(reimported.project.id).not.toBe(exported.project.id);
  expect(reimported.project.scenarios).toEqual(exported.project.scenarios);
  expect(reimported.project.settings).toEqual(exported.project.settings);
  expect(reimported.project.name).toBe(exported.project.name);
  const original = JSON.parse(await readFile(FIXTURE, 'utf8'));
  expect(reimported.project.scenarios).toEqual(original.project.scenarios);
});

test('a broken file is refused with a message naming what is wrong, and stored projects stay as they were', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.importFile(FIXTURE.pathname);
  await expect(page.getByTestId('toolbar.project-name')).toHaveText('Small shop');
  await editor.waitSaved();
  const before = await projectNames(editor);

  const text = await readFile(FIXTURE, 'utf8');
  const cases: { file: string; body: string; code: string; mentions: RegExp }[] = [
    { file: 'truncated.latitude.json', body: text.slice(0, text.length / 2), code: 'not-json', mentions: /JSON/ },
    { file: 'other.json', body: JSON.stringify({ hello: 'world' }), code: 'not-a-project-file', mentions: /not a Latitude project file/ },
    {
      file: 'future.latitude.json',
      body: JSON.stringify({ ...JSON.parse(text), formatVersion: 99 }),
      code: 'too-new',
      mentions: /newer version of Latitude \(format 99/,
    },
    { file: 'bad-headcount.latitude.json', body: text.replace('"headcount": 3', '"headcount": -3'), code: 'invalid-entities', mentions: /invalid data/ },
    { file: 'dangling.latitude.json', body: text.replace(/"teamId": "team:[^"]+"/, '"teamId": "team:gone"'), code: 'broken-references', mentions: /do not exist/ },
  ];
  for (const c of cases) {
    await editor.importFile({ name: c.file, mimeType: 'application/json', buffer: Buffer.from(c.body) });
    const dialog = page.getByTestId('dialog.import-error');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('import-error.message')).toHaveAttribute('data-code', c.code);
    await expect(dialog.getByTestId('import-error.message')).toContainText(c.mentions);
    await expect(dialog).toContainText('your stored projects are unchanged');
    if (c.code === 'invalid-entities') await expect(dialog.getByTestId('import-error.issues')).toContainText('headcount');
    if (c.code === 'broken-references') await expect(dialog.getByTestId('import-error.issues')).toContainText('team:gone');
    await dialog.getByRole('button', { name: 'OK' }).click();
  }
  expect(await projectNames(editor)).toEqual(before);
  await expect(page.getByTestId('toolbar.project-name')).toHaveText('Small shop');
});
