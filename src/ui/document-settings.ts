/** How the page looks, as the settings say: applied to the root element, where the stylesheets read it. */
export interface DocumentLook {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly theme: 'system' | 'light' | 'dark';
  readonly motion: 'system' | 'reduced' | 'full';
  readonly contrast: 'normal' | 'high';
  readonly textSize: number;
}

/** Sets language, direction, theme, motion, contrast and text size on the document (system choices resolved here). */
export function applyDocumentLook(look: DocumentLook, root: HTMLElement = document.documentElement): void {
  root.lang = look.lang;
  root.dir = look.dir;
  const dark = look.theme === 'system' ? matchMedia('(prefers-color-scheme: dark)').matches : look.theme === 'dark';
  root.dataset.theme = dark ? 'dark' : 'light';
  const reduced =
    look.motion === 'system' ? matchMedia('(prefers-reduced-motion: reduce)').matches : look.motion === 'reduced';
  root.dataset.motion = reduced ? 'reduced' : 'full';
  root.dataset.contrast = look.contrast;
  root.style.fontSize = `${look.textSize * 100}%`;
  root.toggleAttribute('data-large-text', look.textSize >= 1.5);
  document.title = look.title;
}
