import { expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Helpers for the storage journeys (offline, durability, tabs, crash, hostile input):
 * opening the app as a writer, reading IndexedDB as the app stored it, and watching the
 * network.
 */

/** Opens the app and waits until this tab may edit (it holds the project's lock). */
export async function openAsWriter(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.getByTestId('session.state')).toHaveAttribute('data-role', 'writer');
}

export async function waitForRole(page: Page, role: 'writer' | 'reader'): Promise<void> {
  await expect(page.getByTestId('session.state')).toHaveAttribute('data-role', role);
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', /saved|idle/);
}

export interface StoredRow {
  id: string;
  name: string;
  revision: number;
  formatVersion: number;
  lastExportedAt: string | null;
  doc: { id: string; name: string; scenarios: Record<string, { name: string; roles: Record<string, { name: string }> }> };
}

/** The project rows as IndexedDB holds them, read without the app's code. */
export async function storedProjects(page: Page): Promise<StoredRow[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRow[]>((resolve, reject) => {
        const open = indexedDB.open('latitude');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('projects', 'readonly').objectStore('projects').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as StoredRow[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

export async function snapshotKinds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('latitude');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('snapshots', 'readonly').objectStore('snapshots').getAll();
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { kind: string }[]).map((s) => s.kind));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

export async function scenarioTabCount(page: Page): Promise<number> {
  return page.getByTestId('scenario.tab').count();
}

/**
 * Records every request of the context (pages and service worker) to a host other than
 * the app's own. The app must never need one.
 */
export function watchForeignRequests(context: BrowserContext, baseURL: string): string[] {
  const own = new URL(baseURL).host;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.host !== own) foreign.push(request.url());
  });
  return foreign;
}

/** Collects CSP violations and console errors of a page. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Makes IndexedDB `put` throw QuotaExceededError while `window.__failWrites` is true. */
export async function installWriteFailureSwitch(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __failWrites?: boolean }).__failWrites)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  });
}

export async function setWritesFailing(page: Page, failing: boolean): Promise<void> {
  await page.evaluate((f) => {
    (window as unknown as { __failWrites?: boolean }).__failWrites = f;
  }, failing);
}
