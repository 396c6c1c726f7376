import { expect, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { canvasZoom, type EditorPage } from './app';

/** The worked example of domain.md §6: one as-is scenario. */
export const JOB_SHOP = fileURLToPath(new URL('../../tests/fixtures/job-shop.latitude.json', import.meta.url));

/** Imports the job shop and waits until this tab may edit it. */
export async function importJobShop(app: EditorPage): Promise<void> {
  await app.open();
  await app.importFile(JOB_SHOP);
  await expect(app.page.getByTestId('toolbar.project-name')).toHaveText('Functional job shop');
  await expect(app.page.getByTestId('session.state')).toHaveAttribute('data-role', 'writer');
}

/** Scenario tabs: switch, duplicate, rename, reorder. */
export class ScenarioTabsPage {
  constructor(readonly page: Page) {}

  get tabs(): Locator {
    return this.page.getByTestId('scenario.tab');
  }

  tab(name: string): Locator {
    return this.tabs.filter({ hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) });
  }

  get selected(): Locator {
    return this.page.locator('[data-testid="scenario.tab"][aria-selected="true"]');
  }

  async names(): Promise<string[]> {
    return this.tabs.allTextContents();
  }

  async open(name: string): Promise<void> {
    await this.tab(name).click();
    await expect(this.selected).toHaveText(name);
  }

  /** Duplicates the open scenario and names the copy. */
  async duplicateAs(name: string): Promise<void> {
    const count = await this.tabs.count();
    await this.page.getByTestId('scenario.duplicate').click();
    await expect(this.tabs).toHaveCount(count + 1);
    await this.selected.dblclick();
    const input = this.page.getByTestId('scenario.rename-input');
    await input.fill(name);
    await input.press('Enter');
    await expect(this.selected).toHaveText(name);
  }

  /** Drags one tab onto the left half of another: it lands before it. */
  async dragBefore(moving: string, target: string): Promise<void> {
    await this.tab(moving).dragTo(this.tab(target), { targetPosition: { x: 4, y: 8 } });
  }
}

/** The story panel. */
export class StoryPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('story');
  }

  get steps(): Locator {
    return this.panel.getByTestId('story.step');
  }

  step(n: number): Locator {
    return this.steps.nth(n - 1);
  }

  async open(): Promise<void> {
    await this.page.getByTestId('toolbar.story').click();
    await expect(this.panel).toBeVisible();
  }

  async close(): Promise<void> {
    await this.panel.getByTestId('story.close').click();
    await expect(this.panel).toHaveCount(0);
  }

  async addCurrentView(): Promise<void> {
    const count = await this.steps.count();
    await this.panel.getByTestId('story.add').click();
    await expect(this.steps).toHaveCount(count + 1);
  }

  /** The titles as shown: an untitled step shows its scenario's name. */
  async titles(): Promise<string[]> {
    return this.steps
      .getByTestId('story.step.title')
      .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value || (el as HTMLInputElement).placeholder));
  }

  async setTitle(n: number, title: string): Promise<void> {
    const field = this.step(n).getByTestId('story.step.title');
    await field.fill(title);
    await field.press('Enter');
  }

  /** Types a note; leaving the field commits it. */
  async setNote(n: number, note: string): Promise<void> {
    const field = this.step(n).getByTestId('story.step.note');
    await field.fill(note);
    await field.blur();
  }
}

/** Presentation mode. */
export class PresentationPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('presentation');
  }

  get counter(): Locator {
    return this.root.getByTestId('presentation.counter');
  }

  get title(): Locator {
    return this.root.getByTestId('presentation.title');
  }

  get overlay(): Locator {
    return this.page.getByTestId('presentation.overlay');
  }

  async start(): Promise<void> {
    await this.page.getByTestId('toolbar.present').click();
    await expect(this.root).toBeVisible();
    await expect(this.page.locator('.topbar')).toBeHidden();
  }

  async expectStep(n: number, count: number): Promise<void> {
    await expect(this.counter).toHaveText(new RegExp(`^${n}\\s*/\\s*${count}$`));
  }

  /** A quick horizontal swipe across the caption bar, by finger or by mouse. */
  async swipe(dx: number, pointerType: 'touch' | 'mouse'): Promise<void> {
    const caption = this.root.getByTestId('presentation.caption');
    const box = await caption.boundingBox();
    if (!box) throw new Error('caption not visible');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await caption.dispatchEvent('pointerdown', { pointerType, clientX: x, clientY: y, isPrimary: true });
    await caption.dispatchEvent('pointerup', { pointerType, clientX: x + dx, clientY: y + 4, isPrimary: true });
  }

  /** The zoom React Flow draws the canvas at now. */
  canvasZoom(): Promise<number> {
    return canvasZoom(this.page);
  }
}
