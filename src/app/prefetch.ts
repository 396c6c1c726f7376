import { useEffect } from 'react';
import { LANGUAGES, loadActiveLanguage, loadLanguage } from '../i18n';
import { deferredParts } from '../ui/lazyPart';

/**
 * What loads on first use, in the order to fetch it: the rest of the active language's
 * messages (every part waits for them), every view, dialog and panel made with `lazyPart`,
 * then the other language, so that switching is instant. Fetched while the browser is idle
 * once the canvas has shown, so the first click on any of them is instant; the service
 * worker has precached the same chunks, so offline this reads from the cache. The PDF and
 * picture makers are left out: they are large and `useReportJob` says it is loading them.
 */
const deferredModules = (): readonly (() => Promise<unknown>)[] => [
  loadActiveLanguage,
  ...deferredParts(),
  () => Promise.all(LANGUAGES.map(loadLanguage)),
];

/** How often to look whether the canvas shows, and how long to wait for it at most. */
const POLL_MS = 250;
const GIVE_UP_MS = 15_000;

/**
 * Whether the canvas is on screen with every node measured (React Flow hides a node until it
 * knows its size). React Flow renders the nodes of a scenario with the canvas itself, so a
 * canvas without nodes is an empty scenario.
 */
function canvasState(): 'pending' | 'shown' | 'empty' {
  if (!document.querySelector('[data-testid="canvas"]')) return 'pending';
  const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
  if (nodes.length === 0) return 'empty';
  for (const node of nodes) if (node.style.visibility === 'hidden') return 'pending';
  return 'shown';
}

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 5_000 }) : setTimeout(run, 200);

let prefetched = false;

/**
 * Once per page: after the canvas has shown (or, should it not show, after GIVE_UP_MS),
 * fetch the deferred parts one at a time in idle periods, so the first screen's own loading
 * never competes with them.
 */
export function usePrefetchWhenIdle(): void {
  useEffect(() => {
    if (prefetched) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = performance.now();
    // Once started the chain runs to the end: it belongs to the page, not to this screen.
    const modules = deferredModules();
    const next = (index: number) => {
      const load = modules[index];
      if (!load) return;
      whenIdle(
        () =>
          void load()
            .catch(() => undefined)
            .then(() => next(index + 1)),
      );
    };
    let emptyBefore = false;
    const poll = () => {
      if (cancelled) return;
      const state = canvasState();
      // An empty canvas must be empty twice in a row: the nodes may be on their way.
      if (state === 'shown' || (state === 'empty' && emptyBefore) || performance.now() - start > GIVE_UP_MS) {
        prefetched = true;
        next(0);
      } else {
        emptyBefore = state === 'empty';
        timer = setTimeout(poll, POLL_MS);
      }
    };
    poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);
}
