import { expect, test } from '@playwright/test';
import { openAsWriter, scenarioTabCount, storedProjects, waitUntilSaved, watchForeignRequests, watchPageErrors } from './support/storage';

/**
 * The app installs a service worker that precaches every asset: after the first visit it
 * opens and works with the network off, and at no time does a request leave the machine.
 */
test('opens and works offline after the first visit, with no request to another host', async ({ page, context, baseURL }) => {
  const foreign = watchForeignRequests(context, baseURL!);
  const errors = watchPageErrors(page);
  await openAsWriter(page);

  // The service worker takes control of this page (clientsClaim) once it has precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(cached).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png']));
  expect(cached.filter((u) => u.startsWith('/assets/') && u.endsWith('.js')).length).toBeGreaterThan(0);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await openAsWriter(page);

  // Editing works offline and reaches storage.
  const before = await scenarioTabCount(page);
  await page.getByTestId('scenario.add').click();
  await expect(page.getByTestId('scenario.tab')).toHaveCount(before + 1);
  await waitUntilSaved(page);
  await expect.poll(async () => Object.keys((await storedProjects(page))[0]!.doc.scenarios).length).toBe(before + 1);

  // The dialogs work offline too.
  await page.getByTestId('toolbar.storage').click();
  await expect(page.getByTestId('dialog.storage')).toBeVisible();
  await page.getByTestId('storage.close').click();
  await context.setOffline(false);

  expect(foreign, 'requests to other hosts').toEqual([]);
  expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e)), 'CSP violations').toEqual([]);
});

test('is installable: a manifest with icons, served with a strict Content-Security-Policy', async ({ page, request }) => {
  await page.goto('/');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(manifestHref!)).json()) as { name: string; display: string; start_url: string; icons: { src: string; sizes: string; purpose?: string }[] };
  expect(manifest).toMatchObject({ name: 'Latitude', display: 'standalone', start_url: '/' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  // An inline script is refused by the policy.
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __inline?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.appendChild(s);
    return w.__inline === true;
  });
  expect(ran).toBe(false);
});
