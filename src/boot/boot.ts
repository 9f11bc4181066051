/**
 * The page's first script (a small classic script, before the app's module has arrived). Two things, both only hints
 * that the app then confirms or replaces:
 * - it starts downloading the UI strings of the language the app will most likely choose, alongside the app's code
 *   instead of after it (one round trip less before Home on a slow link);
 * - it paints Home at once, so Home is there before the app's code has even been read: on a repeat visit the Home
 *   this device showed last time (kept by the app, src/app/home-snapshot.ts), on a first visit the Home the build drew
 *   with the app's own code (tools/first-home-render.ts). Until the app takes over, a tap on it is kept and given to
 *   the app's own Home, and Leave works at once.
 * It imports nothing: tools/vite-plugin-boot.ts builds it on its own, with the strings' addresses, into `boot.js`.
 */

/** The built strings chunk of each language (set by the build). */
declare const BOOT_STRINGS: Readonly<Record<string, string>>;
/** The language a deployment's partner config sets, if any (set by the build). */
declare const BOOT_PARTNER_LANG: string | undefined;

/** Home as boot.js paints it: the page's markup of Home and its safety bar, with the root's language and look. */
export interface Painted {
  readonly lang: string;
  readonly dir: string;
  /** The root element's look (theme, contrast, text size). */
  readonly look: Readonly<Record<string, string>>;
  readonly title: string;
  readonly ui: string;
  readonly safety: string;
  readonly leave: string;
}

/** What the app keeps of its Home (src/app/home-snapshot.ts writes it). */
export interface Snapshot extends Painted {
  readonly v: 1;
  /** The app's entry script: a snapshot from another version is not shown. */
  readonly entry: string;
  /** The address's query: Home is only shown again for the same one. */
  readonly search: string;
}

/**
 * What a story needs beyond the app's entry (set by the build): the chat's code and the ink runtime, with their
 * stylesheets (`common`), and each story's files by language: its opening (what the chat shows first), then its script.
 */
declare const BOOT_AHEAD: {
  readonly common: readonly string[];
  readonly stories: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
};

/** A first visit's Home in each language, drawn by the app's own code at build time (set by the build). */
declare const BOOT_FIRST_HOMES: Readonly<Record<string, Painted>>;

const SNAPSHOT_KEY = 'byr:home-snapshot';
const SETTINGS_KEY = 'byr:settings';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function isSnapshot(x: unknown): x is Snapshot {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  const texts = ['entry', 'search', 'lang', 'dir', 'title', 'ui', 'safety', 'leave'];
  return s.v === 1 && texts.every((k) => typeof s[k] === 'string') && typeof s.look === 'object' && s.look !== null;
}

/** The snapshot for this very address and version, if any; a malformed one is dropped (the app draws Home anyway). */
function snapshotHere(): Snapshot | undefined {
  const raw = read(SNAPSHOT_KEY);
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    const entry = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
    if (isSnapshot(parsed) && parsed.search === location.search && parsed.entry === entry) return parsed;
    return undefined;
  } catch {
    try {
      localStorage.removeItem(SNAPSHOT_KEY);
    } catch {
      // Storage unavailable: nothing to drop.
    }
    return undefined;
  }
}

/** The language the app will most likely choose: the address's, this device's, the partner's, the browser's. */
function likelyLang(snapshot: Snapshot | undefined): string | undefined {
  const known = (code: string | null | undefined) => (code && code in BOOT_STRINGS ? code : undefined);
  const fromUrl = known(new URLSearchParams(location.search).get('lang'));
  if (fromUrl) return fromUrl;
  if (snapshot) return snapshot.lang;
  // A class code: the session's language decides, which only the service knows.
  if (new URLSearchParams(location.search).has('join')) return undefined;
  let stored: string | undefined;
  try {
    const settings: unknown = JSON.parse(read(SETTINGS_KEY) ?? '{}');
    if (typeof settings === 'object' && settings !== null && 'lang' in settings && typeof settings.lang === 'string')
      stored = known(settings.lang);
  } catch {
    stored = undefined;
  }
  const browser = navigator.languages.map((l) => known(l.slice(0, 2))).find(Boolean);
  return stored ?? known(BOOT_PARTNER_LANG) ?? browser ?? 'fr';
}

/** Starts downloading a file the app will import (a script, or a stylesheet it will link), once. */
function preload(href: string | undefined): void {
  if (!href || document.head.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  if (href.endsWith('.css')) {
    link.rel = 'preload';
    link.setAttribute('as', 'style');
  } else link.rel = 'modulepreload';
  // As the app will ask for it (Vite links a chunk's stylesheet with crossorigin too): else the preload goes unused.
  link.crossOrigin = '';
  link.href = href;
  document.head.append(link);
}

/**
 * A first visit (nothing of this game on the device; an address that names at most the language and the pacing, so
 * no partner option, story link or class code): the build's Home in the likely language, in the device's own theme
 * and motion (the app's default settings follow the system's, as here).
 */
function firstHome(): Painted | undefined {
  const params = new URLSearchParams(location.search);
  if ([...params.keys()].some((k) => k !== 'lang' && k !== 'pacing')) return undefined;
  const asked = params.get('lang');
  if (asked !== null && !(asked in BOOT_FIRST_HOMES)) return undefined;
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith('byr:')) return undefined;
  } catch {
    // No storage: the app says so on Home, which this Home does not.
    return undefined;
  }
  const lang = likelyLang(undefined);
  const home = lang ? BOOT_FIRST_HOMES[lang] : undefined;
  if (!home) return undefined;
  const query = (q: string) => typeof matchMedia === 'function' && matchMedia(q).matches;
  const dark = query('(prefers-color-scheme: dark)');
  const reduced = query('(prefers-reduced-motion: reduce)');
  const look = { ...home.look, 'data-theme': dark ? 'dark' : 'light', 'data-motion': reduced ? 'reduced' : 'full' };
  return { ...home, look };
}

/**
 * Puts kept markup in place. It is the app's own Home serialized (text escaped by the serializer, so a story's title
 * stays text), from this site's storage or from the build; still, nothing in it may run: no script or frame, no `on…`
 * handler. Style attributes, kept as `data-style`, go through the CSSOM (the CSP refuses them in markup).
 */
function place(target: HTMLElement, markup: string): void {
  const template = document.createElement('template');
  template.innerHTML = markup;
  for (const el of template.content.querySelectorAll('script, iframe, object, embed')) el.remove();
  for (const el of template.content.querySelectorAll<HTMLElement>('*')) {
    for (const { name } of [...el.attributes]) if (name.startsWith('on')) el.removeAttribute(name);
    if (el.dataset.style === undefined) continue;
    el.style.cssText = el.dataset.style;
    el.removeAttribute('data-style');
  }
  target.replaceChildren(template.content);
}

/** Paints a Home (kept or first); taps on it wait for the app (Leave goes at once). */
function paint(s: Painted): void {
  const ui = document.getElementById('ui');
  const safety = document.getElementById('safety');
  if (!ui || !safety) return;
  const root = document.documentElement;
  root.lang = s.lang;
  root.dir = s.dir;
  // Styles through the CSSOM: the site's CSP (no 'unsafe-inline') refuses style attributes, as the app's h() knows
  // (the snapshot keeps them as data-style).
  for (const [name, value] of Object.entries(s.look))
    if (name === 'style') root.style.cssText = value;
    else if (name.startsWith('data-')) root.setAttribute(name, value);
  document.title = s.title;
  place(ui, s.ui);
  place(safety, s.safety);
  root.setAttribute('data-snapshot', '');
  const painted = [...ui.children, ...safety.children];
  const keep = (e: Event) => {
    if (!root.hasAttribute('data-snapshot')) {
      removeEventListener('click', keep, true);
      return;
    }
    const button = e.target instanceof Element ? e.target.closest('button, a') : null;
    // The app's own controls (its safety bar may come first) work as they are.
    if (!button || !painted.some((n) => n.contains(button))) return;
    e.preventDefault();
    e.stopPropagation();
    if (button.classList.contains('leave-btn')) {
      location.replace(s.leave);
      return;
    }
    // A story tapped: its opening and script start now, not once the app is there to open it.
    const story = button.closest<HTMLElement>('.story-card')?.dataset.story;
    for (const file of (story && BOOT_AHEAD.stories[story]?.[s.lang]) || []) preload(file);
    // The app's Home, once drawn, is given this tap (src/app/home-snapshot.ts): the n-th control, if it says the same.
    const controls = [...document.querySelectorAll('#safety button, #safety a, #ui button, #ui a')];
    root.setAttribute('data-snapshot-tap', `${controls.indexOf(button)}:${button.textContent ?? ''}`);
  };
  addEventListener('click', keep, true);
}

const snapshot = window.top === window ? snapshotHere() : undefined;
const lang = likelyLang(snapshot);
preload(lang ? BOOT_STRINGS[lang] : undefined);
const home = window.top === window ? (snapshot ?? firstHome()) : undefined;
/** The app's code could not load (offline on a first visit, a broken deploy): the painted Home says so, Leave still works. */
function sayIfTheAppFails(): void {
  document.querySelector('script[type="module"][src]')?.addEventListener('error', () => {
    const line = document.createElement('p');
    line.className = 'notice';
    line.setAttribute('role', 'alert');
    line.textContent =
      'The game could not start. Please reload the page. · Le jeu n’a pas pu démarrer. · تعذّر تشغيل اللعبة.';
    document.querySelector('#ui main')?.prepend(line);
  });
}

if (home) {
  paint(home);
  sayIfTheAppFails();
  // Home is on screen before the app: what every story needs comes next, alongside the app's code.
  for (const file of BOOT_AHEAD.common) preload(file);
}
