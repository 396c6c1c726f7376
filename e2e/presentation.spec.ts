import { expect, test } from '@playwright/test';
import { EditorPage } from './support/app';
import { PresentationPage, ScenarioTabsPage, StoryPage, importJobShop } from './support/presentation';

/**
 * A trainer prepares a workshop: an as-is and a to-be scenario, each with its own undo
 * history, tabs in the order of the story, a two-step story, and presents it from the
 * keyboard, editing on the way.
 */
test('scenario tabs, a story and a presentation driven by the keyboard', async ({ page }) => {
  const app = new EditorPage(page);
  const tabs = new ScenarioTabsPage(page);
  const story = new StoryPage(page);
  const show = new PresentationPage(page);
  await importJobShop(app);
  const units = await app.nodes('unit').count();
  const teams = await app.nodes('team').count();

  // A to-be copy with one change of its own.
  await tabs.duplicateAs('To-be');
  await app.add('unit');
  await expect(app.nodes('unit')).toHaveCount(units + 1);

  // The as-is tab has its own history: undoing there leaves the to-be change alone.
  await tabs.open('As-is');
  await expect(app.nodes('unit')).toHaveCount(units);
  await app.add('team');
  await expect(app.nodes('team')).toHaveCount(teams + 1);
  await app.canvas.click({ position: { x: 5, y: 5 } });
  await app.undo();
  await expect(app.nodes('team')).toHaveCount(teams);
  await tabs.open('To-be');
  await expect(app.nodes('unit')).toHaveCount(units + 1);
  await expect(page.getByTestId('toolbar.redo')).toBeDisabled();

  // Reorder by drag, then back with Alt+→ on the focused tab.
  await tabs.dragBefore('To-be', 'As-is');
  await expect(tabs.tabs).toHaveText(['To-be', 'As-is']);
  await tabs.tab('To-be').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(tabs.tabs).toHaveText(['As-is', 'To-be']);
  await expect(tabs.tab('To-be')).toBeFocused();

  // A two-step story: the as-is as fitted, the to-be zoomed in.
  await tabs.open('As-is');
  await story.open();
  await expect(story.panel).toContainText(/every scenario in tab order/);
  await story.addCurrentView();
  await tabs.open('To-be');
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  await page.waitForTimeout(400);
  const zoomed = await show.canvasZoom();
  await story.addCurrentView();
  await story.setTitle(2, 'To-be: teams own their work');
  await story.setNote(2, 'Every cell plans and checks its own orders.');
  expect(await story.titles()).toEqual(['As-is', 'To-be: teams own their work']);
  // Moving a step is one undo step, like every story change.
  await story.step(2).getByTestId('story.step.up').click();
  expect(await story.titles()).toEqual(['To-be: teams own their work', 'As-is']);
  await story.step(1).getByTestId('story.step.down').click();
  expect(await story.titles()).toEqual(['As-is', 'To-be: teams own their work']);
  await story.close();

  // Present: step 1 is the as-is, → goes to the to-be at its saved view.
  await tabs.open('As-is');
  await show.start();
  await show.expectStep(1, 2);
  await expect(show.title).toHaveText('As-is');
  await page.keyboard.press('ArrowRight');
  await show.expectStep(2, 2);
  await expect(tabs.selected).toHaveText('To-be');
  await expect(show.title).toHaveText('To-be: teams own their work');
  await expect(show.root.getByTestId('presentation.note')).toHaveText('Every cell plans and checks its own orders.');
  await expect(app.nodes('unit')).toHaveCount(units + 1);
  await expect.poll(() => show.canvasZoom()).toBeCloseTo(zoomed, 2);
  await page.keyboard.press('PageUp');
  await show.expectStep(1, 2);
  await expect(tabs.selected).toHaveText('As-is');
  await page.keyboard.press('End');
  await show.expectStep(2, 2);

  // The analysis overlay toggles with O.
  await expect(show.overlay).toHaveCount(0);
  await page.keyboard.press('o');
  await expect(show.overlay).toBeVisible();
  await expect(show.overlay.locator('[data-parameter]')).toHaveCount(7);
  await page.keyboard.press('o');
  await expect(show.overlay).toHaveCount(0);

  // Editing while presenting: I shows the inspector; typing there does not page.
  await expect(app.inspector).toBeHidden();
  await page.keyboard.press('i');
  await expect(app.inspector).toBeVisible();
  await app.select('unit', 'Unit');
  const name = app.inspector.getByTestId('inspector.name');
  await name.fill('Cell N');
  await name.press('o');
  await name.press('ArrowLeft');
  await name.press('ArrowRight');
  await name.pressSequentially('rth');
  await name.press('Enter');
  await show.expectStep(2, 2);
  await expect(show.overlay).toHaveCount(0);
  await expect(app.node('unit', 'Cell North')).toBeVisible();

  // The on-screen buttons page too; Esc ends the presentation and full screen.
  await show.root.getByTestId('presentation.prev').click();
  await show.expectStep(1, 2);
  await show.root.getByTestId('presentation.next').click();
  await show.expectStep(2, 2);
  await app.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await expect(show.root).toHaveCount(0);
  await expect(page.locator('.topbar')).toBeVisible();
  await expect(page.getByTestId('palette')).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('with an empty story the presentation shows every scenario in tab order', async ({ page }) => {
  const app = new EditorPage(page);
  const tabs = new ScenarioTabsPage(page);
  const show = new PresentationPage(page);
  await importJobShop(app);
  await tabs.duplicateAs('To-be');
  await show.start();
  await show.expectStep(1, 2);
  await expect(show.title).toHaveText('As-is');
  await show.root.getByTestId('presentation.next').click();
  await expect(show.title).toHaveText('To-be');
  // A finger swiping right on the caption goes back; a mouse drag there does not page.
  await show.swipe(+200, 'touch');
  await expect(show.title).toHaveText('As-is');
  await show.swipe(-200, 'mouse');
  await expect(show.title).toHaveText('As-is');
  await show.swipe(-200, 'touch');
  await expect(show.title).toHaveText('To-be');
  await show.root.getByTestId('presentation.exit').click();
  await expect(show.root).toHaveCount(0);
});
