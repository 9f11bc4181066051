/** Attributes for `h()`: strings become attributes, functions become event listeners (`onclick`…). */
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;
type Child = Node | string | undefined | null | false;

/**
 * Creates an element. Text is only ever set as text (never parsed as HTML), so story lines with `<script>` or
 * `<img onerror>` show as what they are.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (key === 'className') el.className = String(value);
    // Through the CSSOM, not a style attribute: a strict Content-Security-Policy (no 'unsafe-inline') allows it.
    else if (key === 'style') el.style.cssText = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** Whether the player asked the system for less motion (or the game's setting says so: `data-motion="reduced"`). */
export function prefersReducedMotion(root: HTMLElement = document.documentElement): boolean {
  if (root.dataset.motion === 'reduced') return true;
  if (root.dataset.motion === 'full') return false;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The game's own languages, for what they write with their own words instead of Intl's (lists, times, dates). */
type OwnLanguage = 'fr' | 'ar' | 'en';

/** A language tag's entry in a table of the game's own languages ("ar-MA" reads "ar"), or undefined for any other. */
export function ownWords<T>(table: Readonly<Record<OwnLanguage, T>>, lang: string): T | undefined {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return Object.keys(table).includes(base) ? table[base as OwnLanguage] : undefined;
}

/** What `conjunctionList` gives: Intl.ListFormat's two methods the game uses. */
export interface ListJoin {
  format(items: readonly string[]): string;
  formatToParts(items: readonly string[]): { type: 'element' | 'literal'; value: string }[];
}

/**
 * The game's own languages join lists with these words, exactly as Intl.ListFormat's conjunction does (a unit test
 * compares them): making an Intl.ListFormat loads the language's list data, about 100 ms on a slow phone the first time
 * (in Arabic), and that landed on the way to a chat's first message.
 */
const JOINS: Readonly<Record<OwnLanguage, { pair: string; between: string; last: string }>> = {
  fr: { pair: ' et ', between: ', ', last: ' et ' },
  en: { pair: ' and ', between: ', ', last: ', and ' },
  ar: { pair: ' و', between: ' و', last: ' و' },
};

function wordsJoin(words: { pair: string; between: string; last: string }): ListJoin {
  const formatToParts = (items: readonly string[]) =>
    items.flatMap((value, i) => {
      const element = { type: 'element' as const, value };
      if (i === 0) return [element];
      const literal = items.length === 2 ? words.pair : i === items.length - 1 ? words.last : words.between;
      return [{ type: 'literal' as const, value: literal }, element];
    });
  return {
    formatToParts,
    format: (items) =>
      formatToParts(items)
        .map((part) => part.value)
        .join(''),
  };
}

const lists = new Map<string, ListJoin>();

/**
 * "Anas, Salma et Idir" in the language's own way (Arabic: "أنس وسلمى وإيدير"). The game's languages use their own
 * words (above); any other gets one Intl.ListFormat, made once.
 */
export function conjunctionList(lang: string): ListJoin {
  let list = lists.get(lang);
  if (!list) {
    const words = ownWords(JOINS, lang);
    list = words ? wordsJoin(words) : new Intl.ListFormat(lang, { type: 'conjunction' });
    lists.set(lang, list);
  }
  return list;
}
