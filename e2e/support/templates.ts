import { expect, type Locator, type Page } from '@playwright/test';

/** The template gallery, opened from the project list. */
export class TemplateGallery {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('dialog.templates');
  }

  get cards(): Locator {
    return this.dialog.getByTestId('templates.card');
  }

  card(slug: string): Locator {
    return this.dialog.locator(`[data-testid="templates.card"][data-slug="${slug}"]`);
  }

  /** Project list → "New from template". */
  async open(): Promise<void> {
    await this.page.getByTestId('toolbar.projects').click();
    await this.page.getByTestId('dialog.projects').getByTestId('projects.from-template').click();
    await expect(this.dialog).toBeVisible();
  }

  /** Uses a template once it has loaded; the new project then opens and the dialogs close. */
  async use(slug: string): Promise<void> {
    const button = this.card(slug).getByTestId('templates.use');
    await expect(button).toBeEnabled();
    await button.click();
    await expect(this.dialog).toHaveCount(0);
    await expect(this.page.getByTestId('dialog.projects')).toHaveCount(0);
  }
}

export function scenarioTab(page: Page, name: RegExp): Locator {
  return page.getByTestId('scenario.tab').filter({ hasText: name });
}
