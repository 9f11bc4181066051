// The partner loader (docs/partners.md): a light poster with a Start button for each
// <div data-before-you-reply>; the game's iframe is created only on Start, so no game bytes load before.
// Standalone on purpose: no imports, a few kB, runs as a classic <script>.

// Everything is inside one function so nothing leaks into the host page's global scope.
(() => {
  const PROTOCOL = 'before-you-reply';
  const VERSION = 1;
  const PASSED = ['lang', 'region', 'scenario', 'scenarios', 'pacing', 'brand', 'leave'] as const;
  // The game's light look, copied from src/ui/tokens.css (a test keeps them equal): the poster is drawn on the
  // partner's page, which never loads the game's stylesheet, and this loader has no imports.
  const LOOK = { surface2: '#f4f6fb', text: '#1a1f2b', accent: '#2f55d4', accentText: '#ffffff', line: '#d5d9e3' };
  // A Map, not an object: data-lang="constructor" or "__proto__" must not find Object.prototype.
  const WORDS = new Map<string, { title: string; text: string; start: string }>(
    Object.entries({
      fr: {
        title: 'Avant de répondre',
        text: 'Un jeu sur la manipulation en ligne. Tu peux faire une pause ou quitter à tout moment.',
        start: 'Commencer',
      },
      ar: {
        title: 'قبل أن ترد',
        text: 'لعبة عن التلاعب عبر الإنترنت. يمكنك التوقف أو المغادرة في أي وقت.',
        start: 'بدء',
      },
      en: {
        title: 'Before You Reply',
        text: 'A game about online manipulation. You can pause or leave at any time.',
        start: 'Start',
      },
    }),
  );

  type Frames = Map<HTMLElement, HTMLIFrameElement>;

  const script = document.currentScript as HTMLScriptElement | null;
  const gameBase = new URL('.', script?.src ?? location.href);
  const embedded: Frames = new Map();

  function css(el: HTMLElement, style: Partial<CSSStyleDeclaration>): HTMLElement {
    Object.assign(el.style, style);
    return el;
  }

  /** The poster's language: data-lang when it is one we have, else French (and the console says why). */
  function langOf(host: HTMLElement): string {
    const lang = host.dataset.lang;
    if (lang === undefined || WORDS.has(lang)) return lang ?? 'fr';
    console.warn(`Before You Reply: data-lang="${lang}" is not fr, ar or en; the poster uses fr.`);
    return 'fr';
  }

  /**
   * Where data-leave-to may send the page: an https:// address, or a path that stays on this site. Parsed with URL,
   * so "//evil.example/" or "/\evil.example/", which look like paths, are seen as the other sites they are.
   */
  function leaveTarget(value: string): string | undefined {
    let url: URL | undefined;
    try {
      url = new URL(value, location.href);
    } catch {
      url = undefined;
    }
    const https = /^https:\/\//i.test(value) && url?.protocol === 'https:';
    if (url && (https || (url.origin === location.origin && url.origin !== 'null'))) return url.href;
    console.warn(
      `Before You Reply: data-leave-to="${value}" is not an https:// address or a path on this site; the poster comes back instead.`,
    );
    return undefined;
  }

  function poster(host: HTMLElement): void {
    const lang = langOf(host);
    const words = WORDS.get(lang) ?? WORDS.get('fr');
    const box = css(document.createElement('div'), {
      border: `1px solid ${LOOK.line}`,
      borderRadius: '16px',
      padding: '20px',
      background: LOOK.surface2,
      color: LOOK.text,
      fontFamily: 'system-ui, sans-serif',
      maxWidth: '480px',
    });
    box.lang = lang;
    box.dir = lang === 'ar' ? 'rtl' : 'ltr';
    const title = document.createElement('strong');
    title.textContent = words?.title ?? '';
    css(title, { display: 'block', fontSize: '1.25rem', marginBottom: '8px' });
    const text = document.createElement('p');
    text.textContent = words?.text ?? '';
    const start = document.createElement('button');
    start.type = 'button';
    start.textContent = words?.start ?? 'Start';
    css(start, {
      font: 'inherit',
      fontWeight: '700',
      padding: '10px 20px',
      borderRadius: '999px',
      border: '0',
      background: host.dataset.brand ?? LOOK.accent,
      color: LOOK.accentText,
      cursor: 'pointer',
    });
    start.addEventListener('click', () => open(host));
    box.append(title, text, start);
    host.replaceChildren(box);
  }

  function open(host: HTMLElement): void {
    const params = new URLSearchParams();
    for (const key of PASSED) {
      const value = host.dataset[key];
      if (value) params.set(key, value);
    }
    // The game talks only to the page that embeds it; this page declares its own origin.
    params.set('origins', location.origin);
    const frame = document.createElement('iframe');
    frame.src = new URL(`index.html?${params}`, gameBase).href;
    frame.title = WORDS.get(host.dataset.lang ?? 'fr')?.title ?? 'Before You Reply';
    frame.allow = 'autoplay';
    frame.referrerPolicy = 'strict-origin';
    const sandbox = ['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-popups-to-escape-sandbox'];
    frame.setAttribute('sandbox', sandbox.join(' '));
    css(frame, {
      width: '100%',
      height: `${Number(host.dataset.height) || 720}px`,
      border: '0',
      borderRadius: '16px',
      display: 'block',
    });
    embedded.set(host, frame);
    host.replaceChildren(frame);
    frame.focus();
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== gameBase.origin) return;
    const data = event.data as { protocol?: string; type?: string; height?: number } | null;
    if (data?.protocol !== PROTOCOL) return;
    for (const [host, frame] of embedded) {
      if (event.source !== frame.contentWindow) continue;
      if (data.type === 'resize' && typeof data.height === 'number')
        frame.style.height = `${Math.min(2000, Math.max(480, data.height))}px`;
      host.dispatchEvent(new CustomEvent(`before-you-reply:${data.type}`, { detail: data, bubbles: true }));
      if (data.type === 'leave') {
        embedded.delete(host);
        // Top-level navigation only when the host page asked for it (data-leave-to); else the frame goes away.
        const leaveTo = host.dataset.leaveTo ? leaveTarget(host.dataset.leaveTo) : undefined;
        if (leaveTo) location.replace(leaveTo);
        else poster(host);
      }
    }
  });

  /** Sends a command to an embedded game (set-language, start-scenario, pause); see docs/partners.md. */
  function send(host: HTMLElement, command: Record<string, unknown>): boolean {
    const frame = embedded.get(host);
    if (!frame?.contentWindow) return false;
    frame.contentWindow.postMessage({ ...command, protocol: PROTOCOL, version: VERSION }, gameBase.origin);
    return true;
  }

  for (const host of document.querySelectorAll<HTMLElement>('[data-before-you-reply]')) poster(host);
  (window as unknown as { BeforeYouReply: { send: typeof send; start: typeof open } }).BeforeYouReply = {
    send,
    start: open,
  };
})();
