import { expect, type Locator, type Page } from '@playwright/test';

/** The task table as a user works it: add a row, type into cells, set who holds a task. */
export class TaskTablePage {
  constructor(readonly page: Page) {}

  rows(): Locator {
    return this.page.getByTestId('task-table.row');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.locator(`[data-testid="task-table.cell.name"][value="${name}"]`) });
  }

  /** Adds a task and fills the given text cells, committing each with Enter. */
  async addTask(fields: { name: string; kind?: string; load?: string; cycleMin?: string; level?: string; aspect?: string }): Promise<Locator> {
    const before = await this.rows().count();
    await this.page.getByTestId('task-table.add').click();
    await expect(this.rows()).toHaveCount(before + 1);
    const name = this.page.locator(':focus');
    await expect(name).toHaveAttribute('data-testid', 'task-table.cell.name');
    await name.fill(fields.name);
    await name.press('Enter');
    const row = this.row(fields.name);
    if (fields.kind) await row.getByTestId('task-table.cell.kind').selectOption(fields.kind);
    if (fields.level) await row.getByTestId('task-table.cell.level').selectOption(fields.level);
    if (fields.aspect) await row.getByTestId('task-table.cell.aspect').selectOption(fields.aspect);
    for (const key of ['load', 'cycleMin'] as const) {
      const value = fields[key];
      if (value === undefined) continue;
      const cell = row.getByTestId(`task-table.cell.${key}`);
      await cell.click();
      await cell.fill(value);
      await cell.press('Enter');
    }
    return row;
  }

  /** Opens the holders dialog of a task and sets shares in percent; returns the dialog. */
  async setShares(taskName: string, shares: Record<string, string>): Promise<Locator> {
    await this.row(taskName).getByTestId('task-table.assignments').click();
    const dialog = this.page.getByRole('dialog');
    const rows = dialog.getByTestId('assignments.rows').locator('li');
    for (const [role, share] of Object.entries(shares)) {
      let row = rows.filter({ hasText: role });
      if ((await row.count()) === 0) {
        await dialog.getByTestId('assignments.add').selectOption({ label: role });
        row = rows.filter({ hasText: role });
      }
      await row.getByTestId('assignments.share').fill(share);
    }
    return dialog;
  }
}
