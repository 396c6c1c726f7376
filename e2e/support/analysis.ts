import { expect, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { EditorPage } from './app';
import { TaskTablePage } from './tasks';

/** The worked example of domain.md §6, written by the analysis engineer. */
export const JOB_SHOP = fileURLToPath(new URL('../../tests/fixtures/job-shop.latitude.json', import.meta.url));

/** Imports the job shop and waits until this tab may edit it. */
export async function openJobShop(app: EditorPage): Promise<void> {
  await app.open();
  await app.importFile(JOB_SHOP);
  await expect(app.page.getByTestId('toolbar.project-name')).toHaveText('Functional job shop');
  await expect(app.page.getByTestId('session.state')).toHaveAttribute('data-role', 'writer');
}

/** The analysis view as a process engineer reads it. */
export class AnalysisPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('analysis');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('view.analysis').click();
    await expect(this.root).toBeVisible();
  }

  roleRow(roleId: string): Locator {
    return this.root.locator(`[data-testid="analysis.role-row"][data-role-id="${roleId}"]`);
  }

  chartPoint(roleId: string): Locator {
    return this.root.locator(`[data-testid="analysis.chart-point"][data-role-id="${roleId}"]`);
  }

  parameterValue(key: string): Locator {
    return this.root.locator(
      `[data-testid="analysis.parameter"][data-parameter="${key}"] [data-testid="analysis.parameter-value"]`,
    );
  }

  finding(code: string, entityId: string): Locator {
    return this.root.locator(`[data-testid="analysis.finding"][data-code="${code}"][data-entity-id="${entityId}"]`);
  }

  /** Selects a role in the table and lists only its findings. */
  async focusFindingsOn(roleId: string): Promise<void> {
    await this.roleRow(roleId).click();
    await expect(this.roleRow(roleId)).toHaveAttribute('aria-selected', 'true');
    const only = this.root.getByTestId('analysis.filter.selected');
    if ((await only.getAttribute('aria-pressed')) !== 'true') await only.click();
  }

  /** The flags shown for a role in the table, by code. */
  async flagsOf(roleId: string): Promise<string[]> {
    const chips = this.roleRow(roleId).locator('[data-testid="analysis.role-flags"] [data-flag]');
    return chips.evaluateAll((els) => els.map((el) => el.getAttribute('data-flag') ?? ''));
  }
}

/** Gives a task entirely to one role through the task table's holders dialog. */
export async function moveTaskTo(page: Page, taskName: string, roleName: string): Promise<void> {
  const tasks = new TaskTablePage(page);
  await page.getByTestId('view.tasks').click();
  await tasks.row(taskName).getByTestId('task-table.assignments').click();
  const dialog = page.getByTestId('assignments.dialog');
  await expect(dialog).toBeVisible();
  const removers = dialog.getByTestId('assignments.remove');
  while ((await removers.count()) > 0) await removers.first().click();
  await dialog.getByTestId('assignments.add').selectOption({ label: roleName });
  await expect(dialog.getByTestId('assignments.share')).toHaveValue('100');
  await dialog.getByTestId('assignments.save').click();
  await expect(dialog).toBeHidden();
  await expect(tasks.row(taskName).getByTestId('task-table.assignments')).toContainText(roleName);
}
