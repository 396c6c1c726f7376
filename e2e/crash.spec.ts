import { expect, test, type Page } from '@playwright/test';
import { openAsWriter, storedProjects, type StoredRow } from './support/storage';

/**
 * Kill the tab mid-edit, reopen, and check that no edit older than one second is lost and
 * that the stored project is never corrupt. Half the trials crash the renderer process
 * (CDP Page.crash: nothing of the page runs afterwards); the other half close the page
 * without unload handlers. `npm run crash-trial` runs 50 trials; the suite runs 10.
 */
const TRIALS = Number(process.env.CRASH_TRIALS ?? 10);

async function kill(page: Page, trial: number): Promise<void> {
  if (trial % 2 === 0) {
    const cdp = await page.context().newCDPSession(page);
    const crashed = page.waitForEvent('crash', { timeout: 5000 });
    void cdp.send('Page.crash').catch(() => undefined); // never answers: the renderer is gone
    await crashed;
    await page.close().catch(() => undefined);
  } else {
    await page.close({ runBeforeUnload: false });
  }
}

/** Units over all scenarios of the one stored project (units, not scenarios: a project holds at most 50 scenarios). */
const unitsOf = (row: StoredRow | undefined) =>
  row ? Object.values(row.doc.scenarios).reduce((n, s) => n + Object.keys((s as unknown as { units: object }).units).length, 0) : -1;

test(`survives ${TRIALS} killed tabs without losing edits older than 1 s`, async ({ context }) => {
  test.setTimeout(30_000 + TRIALS * 10_000);
  const random = (max: number) => Math.floor(Math.random() * max);
  let page = await context.newPage();
  await openAsWriter(page);
  let edits = 0;
  let required = 0;
  let losses = 0;
  let corrupt = 0;
  const anomalies: string[] = [];

  let before = unitsOf((await storedProjects(page))[0]);
  for (let trial = 0; trial < TRIALS; trial++) {
    const times: number[] = [];
    const count = 1 + random(3);
    for (let i = 0; i < count; i++) {
      times.push(Date.now());
      await page.getByTestId('palette.add-unit').click();
      await page.waitForTimeout(random(300));
    }
    await page.waitForTimeout(random(1500));
    const killedAt = Date.now();
    await kill(page, trial);
    edits += count;

    page = await context.newPage();
    await openAsWriter(page);
    const rows = await storedProjects(page);
    const row = rows[0];
    const after = unitsOf(row);
    const kept = after - before;
    const mustKeep = times.filter((t) => killedAt - t >= 1000).length;
    required += mustKeep;
    if (kept < mustKeep) losses += mustKeep - kept;

    // The stored row is whole: the app opened this project (not a new one) and shows its name.
    await expect(page.getByTestId('toolbar.project-name')).toHaveText(row?.name ?? '');
    const sound = rows.length === 1 && row !== undefined && Number.isInteger(row.revision) && row.doc.id === row.id && kept >= 0 && kept <= count;
    if (!sound) {
      corrupt++;
      anomalies.push(`trial ${trial}: ${rows.length} row(s) ${rows.map((r) => `${r.name}@${r.revision}`).join(', ')}; ${after} units, before ${before}, made ${count}`);
    }
    before = after;
  }
  if (anomalies.length > 0) console.log(anomalies.join('\n'));

  const figures = `${TRIALS} kills, ${edits} edits (${required} older than 1 s at the kill), ${losses} lost, ${corrupt} corrupt`;
  console.log(`crash trial: ${figures}`);
  test.info().annotations.push({ type: 'crash trial', description: figures });
  expect(losses).toBe(0);
  expect(corrupt).toBe(0);
});
