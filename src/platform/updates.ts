import { Workbox } from 'workbox-window';

/** What the game needs to know about new versions: one is ready, and how to switch to it. */
export interface UpdateState {
  /** True once a new version has been downloaded and waits. */
  readonly isReady: () => boolean;
  /** Activates the waiting version and reloads: only ever called from Home, never in the middle of a story. */
  readonly apply: () => void;
}

/**
 * Registers the service worker (offline play after one visit). A new version never takes over by itself: it waits
 * until the player chooses to update on Home, so a story is never reloaded mid-way.
 */
export function registerUpdates(onReady: () => void): UpdateState {
  let ready = false;
  const none: UpdateState = { isReady: () => false, apply: () => {} };
  if (import.meta.env.DEV) return none;
  let wb: Workbox;
  try {
    // Reading navigator.serviceWorker throws in sandboxed frames without allow-same-origin.
    if (!navigator.serviceWorker) return none;
    wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
  } catch (e) {
    console.warn('Offline play is not available here.', e);
    return none;
  }
  // The first visit: the new worker claims this page (clientsClaim); what the page loaded before that goes through it
  // once now, so its caches keep it too. A new *version* never claims a page by itself (see apply).
  wb.addEventListener('controlling', (event) => {
    if (!event.isUpdate) keepWhatThisPageLoaded();
  });
  wb.addEventListener('waiting', () => {
    ready = true;
    onReady();
  });
  wb.register().catch((e: unknown) => console.warn('Offline play is not available in this browser.', e));
  return {
    isReady: () => ready,
    apply: () => {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    },
  };
}

/**
 * Requests again, through the service worker that now controls the page, the scripts, fonts and sounds this page
 * loaded without it (the strings, a story opened on the first visit): the worker's caches keep them, so that story can
 * go on offline. On a host that sends `Cache-Control: no-store` nothing else would keep them.
 *
 * A request the page started before the worker took control (a story chunk still downloading when it claims the page)
 * is not in the performance timeline yet and does not go through the worker either: the observer catches it when it
 * finishes. Anything the worker answered itself (`workerStart > 0`) is already kept by its own rules.
 */
function keepWhatThisPageLoaded(): void {
  const base = new URL(import.meta.env.BASE_URL, location.href).href;
  const kept = new Set<string>();
  const keep = (entries: readonly PerformanceEntry[]) => {
    for (const entry of entries) {
      const url = entry.name;
      if (kept.has(url) || !url.startsWith(base) || !/\/(?:assets|fonts|sounds)\//.test(url)) continue;
      if ('workerStart' in entry && (entry as PerformanceResourceTiming).workerStart > 0) continue;
      kept.add(url);
      fetch(url).catch((e: unknown) => console.warn(`${url} could not be kept for offline play.`, e));
    }
  };
  keep(performance.getEntriesByType('resource'));
  try {
    new PerformanceObserver((list) => keep(list.getEntries())).observe({ type: 'resource' });
  } catch (e) {
    console.warn('Files still loading may not be kept for offline play.', e);
  }
}
