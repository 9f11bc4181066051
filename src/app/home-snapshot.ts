import type { Snapshot } from '../boot/boot.ts';
import type { KeyValueStore } from '../platform/index.ts';
import type { Page } from './shell.ts';

/** Where the Home kept for the next visit lives (src/boot/boot.ts reads it: the two must agree). */
const KEY = 'byr:home-snapshot';
/** Set by boot.js on the root while its painted Home is on screen, and the tap it kept meanwhile. */
const PAINTED = 'data-snapshot';
const TAPPED = 'data-snapshot-tap';
/** What of Home is not kept: notices said once, the status line, the offer of a new version. */
const NOT_KEPT = '.notice, .home-status';

const CONTROLS = '#safety button, #safety a, #ui button, #ui a';

/**
 * Home kept on this device for the next visit: boot.js paints it before the app's code has arrived (a repeat visit on
 * a slow phone sees Home at once), and the app, once its own Home is drawn, takes over without a visible change. Only
 * the page's own markup is kept (no text typed, nothing sent anywhere); only a Home the address opens directly, outside
 * a partner's frame, is kept (a story link or a class code opens something else first).
 */
export interface HomeSnapshot {
  /** Keeps Home as it is on screen now (nothing when Home is not on screen). */
  keep(): void;
  /** The app's first screen is drawn: the painted Home gives way, and a tap or focus it had goes to the app's. */
  takeOver(): void;
}

export function createHomeSnapshot(o: {
  readonly store: KeyValueStore;
  readonly page: Page;
  /** Whether this visit's Home may be kept (see above). */
  readonly enabled: boolean;
  readonly leaveUrl: string;
}): HomeSnapshot {
  const root = document.documentElement;
  // Focus on the painted Home (a keyboard user who tabbed before the app came): the same control afterwards.
  const controls = () => [...document.querySelectorAll<HTMLElement>(CONTROLS)];
  const focused = root.hasAttribute(PAINTED) ? describe(controls(), document.activeElement) : undefined;
  return {
    keep() {
      if (!o.enabled || !o.page.ui.querySelector(':scope > .home')) return;
      o.store.set(KEY, JSON.stringify(snapshotOf(o.page, o.leaveUrl)));
    },
    takeOver() {
      if (!root.hasAttribute(PAINTED)) return;
      const tap = root.getAttribute(TAPPED) ?? undefined;
      root.removeAttribute(PAINTED);
      root.removeAttribute(TAPPED);
      const now = controls();
      const target = find(now, tap) ?? find(now, focused);
      if (target && tap) target.click();
      else target?.focus();
    },
  };
}

/** Home as it is on screen now, with the root's language and look, as boot.js paints it. */
export function snapshotOf(page: Pick<Page, 'ui' | 'safety'>, leaveUrl: string): Snapshot {
  const root = document.documentElement;
  const ui = page.ui.cloneNode(true) as HTMLElement;
  for (const el of ui.querySelectorAll(NOT_KEPT)) el.remove();
  const safety = page.safety.cloneNode(true) as HTMLElement;
  // The site's CSP refuses style attributes in markup: kept aside, boot.js sets them through the CSSOM.
  for (const el of [...ui.querySelectorAll('[style]'), ...safety.querySelectorAll('[style]')]) {
    el.setAttribute('data-style', el.getAttribute('style') ?? '');
    el.removeAttribute('style');
  }
  const look: Record<string, string> = {};
  for (const { name, value } of root.attributes)
    if ((name === 'style' || name.startsWith('data-')) && !name.startsWith(PAINTED)) look[name] = value;
  return {
    v: 1,
    entry: document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? '',
    search: location.search,
    lang: root.lang,
    dir: root.dir,
    look,
    title: document.title,
    ui: ui.innerHTML,
    safety: safety.innerHTML,
    leave: leaveUrl,
  };
}

/** A control as "index:text", to find the same one in the app's Home. */
function describe(controls: readonly HTMLElement[], el: Element | null): string | undefined {
  const i = el instanceof HTMLElement ? controls.indexOf(el) : -1;
  return i < 0 ? undefined : `${i}:${controls[i]?.textContent ?? ''}`;
}

function find(controls: readonly HTMLElement[], described: string | undefined): HTMLElement | undefined {
  if (!described) return undefined;
  const colon = described.indexOf(':');
  const control = controls[Number(described.slice(0, colon))];
  return control && (control.textContent ?? '') === described.slice(colon + 1) ? control : undefined;
}
