import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHomeSnapshot } from '../../src/app/home-snapshot.ts';
import { createMemoryStore, createSaveSlots, type KeyValueStore } from '../../src/platform/index.ts';

const globals = globalThis as unknown as Record<string, unknown>;

/** The page as index.html has it, with the app's entry script, and a Home drawn the way the app draws it. */
function page(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  document.head.innerHTML = '<script type="module" src="/assets/index-abc.js"></script>';
  document.body.innerHTML = '<nav id="safety"></nav><div id="stage"></div><div id="ui"></div>';
  for (const name of [...document.documentElement.attributes].map((a) => a.name))
    document.documentElement.removeAttribute(name);
  const safety = document.getElementById('safety') as HTMLElement;
  const ui = document.getElementById('ui') as HTMLElement;
  return { safety, ui, stage: document.getElementById('stage') as HTMLElement };
}

/** What the app draws: the safety bar and Home (with a one-time notice), and the root's look. */
function drawAppHome(p: ReturnType<typeof page>, chosen: string[] = []) {
  const root = document.documentElement;
  root.lang = 'ar';
  root.dir = 'rtl';
  root.setAttribute('data-theme', 'dark');
  root.setAttribute('style', '--text-scale: 2');
  document.title = 'قبل أن ترد';
  p.safety.innerHTML = '<button class="leave-btn">خروج</button><button class="help-btn">مساعدة</button>';
  p.ui.innerHTML =
    '<main class="screen home"><h1 tabindex="-1">قبل أن ترد</h1><p class="notice" role="status">once</p>' +
    '<article class="story-card" data-story="the-video"><button class="btn">بدء</button></article>' +
    '<span class="bar"></span>' +
    '<p class="home-status" role="status">…</p></main>';
  p.ui.querySelector<HTMLElement>('.bar')?.style.setProperty('--share', '40%');
  p.ui.querySelector('.story-card button')?.addEventListener('click', () => chosen.push('the-video'));
}

/** The build's first-visit Homes (none unless a test sets one). */
let firstHomes: Record<string, unknown> = {};

async function runBoot(
  strings: Record<string, string> = { fr: './assets/strings-fr-1.js', ar: './assets/strings-ar-1.js' },
) {
  globals.BOOT_STRINGS = strings;
  globals.BOOT_PARTNER_LANG = undefined;
  globals.BOOT_FIRST_HOMES = firstHomes;
  globals.BOOT_AHEAD = {
    common: ['./assets/chat.js', './assets/chat.css'],
    stories: { 'the-video': { ar: ['./assets/v-ar-opening.js', './assets/v-ar.js'] } },
  };
  vi.resetModules();
  await import('../../src/boot/boot.ts');
}

const preloaded = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

describe('the Home kept for the next visit (home-snapshot.ts and boot.js)', () => {
  let store: KeyValueStore;
  beforeEach(() => {
    localStorage.clear();
    store = {
      get: (k) => localStorage.getItem(k) ?? undefined,
      set: (k, v) => {
        localStorage.setItem(k, v);
        return true;
      },
      remove: (k) => localStorage.removeItem(k),
    } as KeyValueStore;
  });
  afterEach(() => {
    for (const name of ['BOOT_STRINGS', 'BOOT_PARTNER_LANG', 'BOOT_FIRST_HOMES', 'BOOT_AHEAD']) delete globals[name];
    firstHomes = {};
  });

  it('paints last visit’s Home (look, language, no one-time notice) before the app, and gives a tap on it to the app’s Home', async () => {
    const first = page('?lang=ar');
    drawAppHome(first);
    createHomeSnapshot({ store, page: first, enabled: true, leaveUrl: 'https://www.google.com/' }).keep();

    // The next visit: boot.js runs before the app.
    const next = page('?lang=ar');
    await runBoot();
    const root = document.documentElement;
    expect(root.hasAttribute('data-snapshot')).toBe(true);
    expect([root.lang, root.dir, root.getAttribute('data-theme'), root.style.getPropertyValue('--text-scale')]).toEqual(
      ['ar', 'rtl', 'dark', '2'],
    );
    expect(document.title).toBe('قبل أن ترد');
    expect(next.ui.querySelector<HTMLElement>('.bar')?.style.getPropertyValue('--share'), 'set through the CSSOM').toBe(
      '40%',
    );
    expect(next.ui.querySelector('[data-style]')).toBeNull();
    expect(next.ui.querySelector('.story-card')).not.toBeNull();
    expect(next.ui.querySelector('.notice, .home-status'), 'said once, not kept').toBeNull();
    expect(preloaded(), 'the strings of the language Home was in, then what every story needs').toEqual([
      './assets/strings-ar-1.js',
      './assets/chat.js',
    ]);
    expect(document.head.querySelector('link[rel="preload"][as="style"]')?.getAttribute('href')).toBe(
      './assets/chat.css',
    );
    // A tap on the painted Home waits for the app; the story's script starts at once.
    next.ui.querySelector<HTMLButtonElement>('.story-card button')?.click();
    expect(root.getAttribute('data-snapshot-tap')).toBe('2:بدء');
    expect(preloaded().slice(-2)).toEqual(['./assets/v-ar-opening.js', './assets/v-ar.js']);

    // The app arrives: it draws its own Home, which takes the tap.
    const snapshot = createHomeSnapshot({ store, page: next, enabled: true, leaveUrl: 'https://www.google.com/' });
    const chosen: string[] = [];
    drawAppHome(next, chosen);
    snapshot.takeOver();
    expect(chosen).toEqual(['the-video']);
    expect(root.hasAttribute('data-snapshot')).toBe(false);
    expect(root.hasAttribute('data-snapshot-tap')).toBe(false);
  });

  it('moves focus to the same control on the app’s Home when the player had tabbed on the painted one', async () => {
    const first = page('');
    drawAppHome(first);
    createHomeSnapshot({ store, page: first, enabled: true, leaveUrl: 'x' }).keep();
    const next = page('');
    await runBoot();
    next.ui.querySelector<HTMLButtonElement>('.story-card button')?.focus();
    const snapshot = createHomeSnapshot({ store, page: next, enabled: true, leaveUrl: 'x' });
    drawAppHome(next);
    snapshot.takeOver();
    expect(document.activeElement?.textContent).toBe('بدء');
    expect(document.activeElement?.isConnected).toBe(true);
  });

  it('paints nothing for another address or another version, and sets a malformed snapshot aside', async () => {
    const first = page('?lang=ar');
    drawAppHome(first);
    createHomeSnapshot({ store, page: first, enabled: true, leaveUrl: 'x' }).keep();
    page('?lang=ar&scenario=the-video');
    await runBoot();
    expect(document.documentElement.hasAttribute('data-snapshot'), 'a story link').toBe(false);
    page('?lang=ar');
    document.head.innerHTML = '<script type="module" src="/assets/index-new.js"></script>';
    await runBoot();
    expect(document.documentElement.hasAttribute('data-snapshot'), 'a new version').toBe(false);
    localStorage.setItem('byr:home-snapshot', '{not json');
    const p = page('?lang=ar');
    await runBoot();
    expect(p.ui.innerHTML).toBe('');
    expect(localStorage.getItem('byr:home-snapshot'), 'set aside').toBeNull();
  });

  it('lets nothing in a kept Home run: no script, no frame, no on… handler', async () => {
    const p = page('');
    drawAppHome(p);
    createHomeSnapshot({ store, page: p, enabled: true, leaveUrl: 'x' }).keep();
    const kept = JSON.parse(localStorage.getItem('byr:home-snapshot') ?? '{}');
    kept.ui += '<script>window.ran = 1</script><iframe src="x"></iframe><img src="x" onerror="window.ran = 2">';
    localStorage.setItem('byr:home-snapshot', JSON.stringify(kept));
    const next = page('');
    await runBoot();
    expect(next.ui.querySelector('.story-card'), 'Home is painted').not.toBeNull();
    expect(next.ui.querySelector('script, iframe')).toBeNull();
    expect(next.ui.querySelector('img')?.hasAttribute('onerror')).toBe(false);
  });

  it('keeps nothing when not enabled (a story link, a class code, a partner’s frame) or when Home is not on screen', () => {
    const p = page('');
    drawAppHome(p);
    createHomeSnapshot({ store, page: p, enabled: false, leaveUrl: 'x' }).keep();
    expect(localStorage.getItem('byr:home-snapshot')).toBeNull();
    p.ui.innerHTML = '<main class="screen chat-screen"></main>';
    createHomeSnapshot({ store, page: p, enabled: true, leaveUrl: 'x' }).keep();
    expect(localStorage.getItem('byr:home-snapshot')).toBeNull();
  });

  it('paints the build’s Home on a first visit only: nothing of the game on the device, no option in the address', async () => {
    const built = {
      lang: 'fr',
      dir: 'ltr',
      look: { 'data-theme': 'light', 'data-motion': 'full', 'data-contrast': 'normal', style: 'font-size: 100%;' },
      title: 'Avant de répondre',
      ui: '<main class="screen home"><h1>Avant de répondre</h1></main>',
      safety: '<button class="leave-btn">Quitter</button>',
      leave: './neutral.html',
    };
    firstHomes = { fr: built };
    const p = page('?lang=fr&pacing=instant');
    await runBoot({ fr: 'f' });
    expect(p.ui.innerHTML).toBe(built.ui);
    expect(document.documentElement.hasAttribute('data-snapshot')).toBe(true);
    expect(document.documentElement.getAttribute('data-contrast')).toBe('normal');
    for (const [search, stored] of [
      ['?lang=fr&partner=x', undefined],
      ['?lang=xx', undefined],
      ['?lang=fr', 'byr:settings'],
    ] as const) {
      if (stored) localStorage.setItem(stored, '{}');
      const other = page(search);
      await runBoot({ fr: 'f' });
      expect(other.ui.innerHTML, search).toBe('');
    }
  });

  it('on a first visit preloads the strings of the address’s language, else this device’s, else the browser’s', async () => {
    page('?lang=en');
    await runBoot({ fr: 'f', ar: 'a', en: 'e' });
    expect(preloaded()).toEqual(['e']);
    page('');
    localStorage.setItem('byr:settings', JSON.stringify({ lang: 'ar' }));
    await runBoot({ fr: 'f', ar: 'a', en: 'e' });
    expect(preloaded()).toEqual(['a']);
    localStorage.clear();
    page('?join=ABCD');
    await runBoot({ fr: 'f', ar: 'a', en: 'e' });
    expect(preloaded(), 'a class session’s language is the service’s to say').toEqual([]);
  });

  it('does not break on a memory store that refuses to keep (storage full)', () => {
    const p = page('');
    drawAppHome(p);
    const full = { ...createMemoryStore(), set: () => false };
    expect(() => createHomeSnapshot({ store: full, page: p, enabled: true, leaveUrl: 'x' }).keep()).not.toThrow();
  });

  it('goes with "Clear my progress" (it shows which stories were started)', () => {
    const memory = createMemoryStore({ 'byr:settings': '{}' });
    const p = page('');
    drawAppHome(p);
    createHomeSnapshot({ store: memory, page: p, enabled: true, leaveUrl: 'x' }).keep();
    expect(memory.get('byr:home-snapshot')).toContain('story-card');
    createSaveSlots(memory).clearAll();
    expect(memory.get('byr:home-snapshot')).toBeUndefined();
    expect(memory.get('byr:settings')).toBe('{}');
  });
});
