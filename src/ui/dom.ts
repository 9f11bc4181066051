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

const lists = new Map<string, Intl.ListFormat>();

/**
 * "Anas, Salma et Idir" in the language's own way (Arabic: "أنس وسلمى وإيدير"). One formatter per language, made once:
 * making one loads the language's list data, which costs on a slow phone every time a chat screen opens.
 */
export function conjunctionList(lang: string): Intl.ListFormat {
  let list = lists.get(lang);
  if (!list) {
    list = new Intl.ListFormat(lang, { type: 'conjunction' });
    lists.set(lang, list);
  }
  return list;
}
