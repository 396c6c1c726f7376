import { expect, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { EditorPage } from './app';

/**
 * Helpers for the skills-matrix and questionnaire journeys: loading a fixture scene, the
 * matrix as a page object, and pasting spreadsheet text into a field.
 */

/** A project file in e2e/fixtures. */
export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Opens the app and imports a fixture as a new project; waits until it is the open one. */
export async function openFixture(app: EditorPage, name: string, projectName: string): Promise<void> {
  await app.open();
  await app.importFile(fixturePath(name));
  await expect(app.page.getByTestId('toolbar.project-name')).toHaveText(projectName);
  // The imported project opens in a fresh session: wait until this tab may edit it.
  await expect(app.page.getByTestId('session.state')).toHaveAttribute('data-role', 'writer');
}

export class SkillsMatrix {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('skills-matrix');
  }

  async open(): Promise<void> {
    // Retried: a session hand-over right after an import may re-mount the editor on the canvas.
    await expect(async () => {
      await this.page.getByTestId('view.skills').click();
      await expect(this.root).toBeVisible({ timeout: 2000 });
    }).toPass();
  }

  cell(roleId: string, workstationId: string): Locator {
    return this.root.locator(`[data-testid="skills.cell"][data-role-id="${roleId}"][data-workstation-id="${workstationId}"]`);
  }

  async expectLevel(roleId: string, workstationId: string, level: number): Promise<void> {
    await expect(this.cell(roleId, workstationId)).toHaveAttribute('data-level', String(level));
  }

  /** Sets a level the mouse way: click the cell, pick from its menu. */
  async pickLevel(roleId: string, workstationId: string, level: number): Promise<void> {
    await this.cell(roleId, workstationId).click();
    const menu = this.page.getByTestId('skills.level-menu');
    await expect(menu).toBeVisible();
    await menu.locator(`[data-testid="skills.level-option"][data-level="${level}"]`).click();
    await expect(menu).toHaveCount(0);
  }

  /** The footer cell "qualified people n/k" of a workstation. */
  workstationCoverage(workstationId: string): Locator {
    return this.root.locator(`[data-testid="skills.ws-coverage"][data-workstation-id="${workstationId}"]`);
  }

  redZone(workstationId: string): Locator {
    return this.root.locator(`[data-testid="skills.redzone"][data-workstation-id="${workstationId}"]`);
  }

  get trainingNeeds(): Locator {
    return this.root.getByTestId('skills.training-needs');
  }

  /** Commits a k value the keyboard way. */
  async setK(which: 'people' | 'workstations', value: string): Promise<void> {
    const input = this.root.getByTestId(`skills.k-${which}`);
    await input.fill(value);
    await input.press('Enter');
  }
}

/** Pastes text into a field as a spreadsheet copy would arrive (a paste event with text/plain). */
export async function pasteText(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
