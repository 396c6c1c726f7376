import { expect, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { EditorPage } from './app';
import { TaskTablePage } from './tasks';

/** The job shop of domain.md §6, the fixture the analysis tests use too. */
export const JOB_SHOP = fileURLToPath(new URL('../../tests/fixtures/job-shop.latitude.json', import.meta.url));

/** Imports the job shop as a new project and waits until this tab may edit it. */
export async function openJobShop(app: EditorPage): Promise<void> {
  await app.open();
  await app.importFile(JOB_SHOP);
  await expect(app.page.getByTestId('toolbar.project-name')).toHaveText('Functional job shop');
  await expect(app.page.getByTestId('session.state')).toHaveAttribute('data-role', 'writer');
}

/** Duplicates the open scenario; the copy opens as the active tab. */
export async function duplicateScenario(page: Page): Promise<void> {
  const tabs = page.getByTestId('scenario.tab');
  const before = await tabs.count();
  await page.getByTestId('scenario.duplicate').click();
  await expect(tabs).toHaveCount(before + 1);
  await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
}

/** Gives a task wholly to one role through the task table's assignments dialog. */
export async function reassignTask(page: Page, task: string, role: string): Promise<void> {
  const table = new TaskTablePage(page);
  await expect(async () => {
    await page.getByTestId('view.tasks').click();
    await expect(table.row(task)).toBeVisible({ timeout: 2000 });
  }).toPass();
  await table.row(task).getByTestId('task-table.assignments').click();
  const dialog = page.getByTestId('assignments.dialog');
  await expect(dialog).toBeVisible();
  const removes = dialog.getByTestId('assignments.remove');
  while ((await removes.count()) > 0) await removes.first().click();
  await dialog.getByTestId('assignments.add').selectOption({ label: role });
  await expect(dialog.getByTestId('assignments.share')).toHaveValue('100');
  await dialog.getByTestId('assignments.save').click();
  await expect(dialog).toHaveCount(0);
  await expect(table.row(task).getByTestId('task-table.assignments')).toContainText(role);
}

/** The compare view as a page object. */
export class ComparePage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('compare');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('view.compare').click();
    await expect(this.root).toBeVisible();
  }

  canvas(side: 'before' | 'after'): Locator {
    return this.root.getByTestId(`compare.canvas.${side}`);
  }

  /** The CSS transform of a canvas's viewport: equal on both sides while they are in sync. */
  async viewportTransform(side: 'before' | 'after'): Promise<string> {
    return (await this.canvas(side).locator('.react-flow__viewport').getAttribute('style')) ?? '';
  }

  /** A role's node on one canvas, found by name. */
  roleNode(side: 'before' | 'after', name: string): Locator {
    return this.canvas(side).locator('.react-flow__node').filter({ has: this.page.getByTestId('node.role') }).filter({ hasText: name });
  }

  parameter(key: string): Locator {
    return this.root.locator(`[data-testid="compare.param"][data-key="${key}"]`);
  }

  role(name: string): Locator {
    return this.root.locator(`[data-testid="compare.role"][data-role="${name}"]`);
  }

  async showTab(tab: 'deltas' | 'impact'): Promise<void> {
    await this.root.getByTestId(`compare.tab.${tab}`).click();
    await expect(this.root.getByTestId(`compare.${tab}`)).toBeVisible();
  }

  impactHeading(heading: string): Locator {
    return this.root.locator(`[data-testid="compare.impact.heading"][data-heading="${heading}"]`);
  }

  /** Zooms one side's canvas with the mouse wheel over its middle, as a user does. */
  async zoom(side: 'before' | 'after', deltaY: number): Promise<void> {
    const box = await this.canvas(side).boundingBox();
    if (!box) throw new Error('canvas not visible');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }
}

/** Where a canvas node is drawn: its transform, which changes when the layout moves it. */
export async function nodeTransform(node: Locator): Promise<string> {
  return (await node.evaluate((el) => (el as HTMLElement).style.transform)) ?? '';
}
