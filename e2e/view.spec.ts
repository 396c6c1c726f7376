import { expect, test, type Page } from '@playwright/test';
import { EditorPage, canvasZoom } from './support/app';
import { TemplateGallery } from './support/templates';

/** A new project from the job-shop template: families, routes, cells and roles to look at. */
async function openJobShop(page: Page): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await editor.open();
  const gallery = new TemplateGallery(page);
  await gallery.open();
  await gallery.use('job-shop-qrm-cells');
  return editor;
}

test('zoomed far out, the canvas becomes an overview of boxes, names and straight route lines, and zooming in brings the details back', async ({
  page,
}) => {
  await openJobShop(page);
  const canvas = page.getByTestId('canvas');
  const role = page.locator('.react-flow__node-role').first();
  const route = page.locator('.react-flow__edge-route path.route-edge').first();
  await expect(role.locator('.task-chip').first()).toBeVisible();
  await expect(canvas).not.toHaveClass(/is-overview/);
  // In detail a route step is a curve.
  expect(await route.evaluate((p) => getComputedStyle(p).getPropertyValue('d'))).toMatch(/C/);

  const zoomOut = page.locator('.react-flow__controls-zoomout');
  while ((await canvasZoom(page)) >= 0.4) await zoomOut.click();
  await expect(canvas).toHaveClass(/is-overview/);
  await expect(role.locator('.task-chip').first()).toBeHidden();
  await expect(role.locator('.node-name')).toBeVisible();
  await expect
    .poll(() => route.evaluate((p) => getComputedStyle(p).getPropertyValue('d')))
    .toMatch(/^path\("M [\d.-]+ [\d.-]+ L [\d.-]+ [\d.-]+"\)$/);
  await page.screenshot({ path: 'test-results/overview.png' });

  const zoomIn = page.locator('.react-flow__controls-zoomin');
  while ((await canvasZoom(page)) < 0.4) await zoomIn.click();
  await expect(canvas).not.toHaveClass(/is-overview/);
  await expect(role.locator('.task-chip').first()).toBeVisible();
  expect(await route.evaluate((p) => getComputedStyle(p).getPropertyValue('d'))).toMatch(/C/);
});

test('dragging the empty canvas moves the view, and a node can be clicked right after', async ({ page }) => {
  const editor = await openJobShop(page);
  const viewport = page.locator('.react-flow__viewport');
  const offsetX = async () => Number(/translate\((-?[\d.]+)px/.exec((await viewport.getAttribute('style')) ?? '')?.[1]);
  // The view is fitted once the nodes are measured: start from where it came to rest.
  await expect
    .poll(async () => {
      const first = await offsetX();
      await page.waitForTimeout(200);
      return (await offsetX()) === first;
    })
    .toBe(true);
  const before = await offsetX();
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const start = { x: pane.x + 40, y: pane.y + pane.height - 120 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 100, start.y, { steps: 5 });
  // While the view moves, a cover takes the pointer so hit tests stay cheap.
  const cover = () => page.locator('.react-flow__renderer').evaluate((el) => getComputedStyle(el, '::after').content);
  await expect(page.getByTestId('canvas')).toHaveClass(/is-panning/);
  expect(await cover()).not.toBe('none');
  await page.mouse.move(start.x + 200, start.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(offsetX).toBeCloseTo(before + 200, 0);
  await expect(page.getByTestId('canvas')).not.toHaveClass(/is-panning/);
  expect(await cover()).toBe('none');
  await editor.node('role', 'Laser operator').click();
  await expect(editor.inspector.getByTestId('inspector.name')).toHaveValue('Laser operator');
});
