import type { GameMessage } from '../platform/index.ts';
import { DEFAULT_LEAVE_URL, type SaveSlots, tellHostLeft } from '../platform/index.ts';
import {
  applyDocumentLook,
  mountAnnouncer,
  mountSafetyBar,
  openHelp,
  openSettings,
  renderNeutralScreen,
} from '../ui/index.ts';
import { helpItems } from './help-items.ts';
import type { Launch } from './launch.ts';
import { adultHelpFor, helpDirectoryFor } from './partner-setup.ts';
import type { Preferences } from './preferences.ts';

/** The page's parts: the safety bar, the canvas and the HTML screens (index.html). */
export interface Page {
  readonly safety: HTMLElement;
  readonly stage: HTMLElement;
  readonly ui: HTMLElement;
}

/** What is there on every screen from the first paint on, before the game has loaded: Leave, Help and Settings. */
export interface Shell {
  /** Opens the help panel, at a topic when given. */
  help(topic?: string): void;
}

/** Finds the page's parts in index.html. */
export function findPage(doc: Document = document): Page {
  const [safety, stage, ui] = ['safety', 'stage', 'ui'].map((id) => doc.getElementById(id));
  if (!safety || !stage || !ui) throw new Error('index.html needs #safety, #stage and #ui');
  return { safety, stage, ui };
}

/** Where Leave goes outside a partner's frame: the address's, the partner's, or the neutral page. */
export function leaveTarget(launch: Pick<Launch, 'url' | 'partner'>): string {
  return launch.url.leaveUrl ?? launch.partner.leaveUrl ?? DEFAULT_LEAVE_URL;
}

/**
 * Mounts the safety bar and keeps the document's look in step with the preferences. Leave replaces the page at once (inside a partner's frame: a neutral screen, and the host is
 * told); `onLeave` lets the game go quiet first. Help and Settings work with plain HTML, whether or not the game is there.
 */
export function mountShell(o: {
  readonly page: Page;
  readonly launch: Launch;
  readonly preferences: Preferences;
  readonly saves: SaveSlots;
  readonly languages: readonly { readonly code: string; readonly name: string }[];
  readonly send: (message: GameMessage) => void;
  readonly onLeave: () => void;
  readonly onLanguage: (code: string) => void;
}): Shell {
  const { page, launch, preferences: p } = o;
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    o.onLeave();
    if (window.top === window) return location.replace(leaveTarget(launch));
    renderNeutralScreen(page.ui);
    page.safety.replaceChildren();
    page.stage.replaceChildren();
    tellHostLeft();
  };
  const directory = helpDirectoryFor(launch.partner);
  const adultHelp = adultHelpFor(launch.partner);
  const help = (topic?: string) => {
    o.send({ type: 'help-opened', ...(topic ? { topic } : {}) });
    const lang = p.lang();
    const adultItems = adultHelp ? helpItems(adultHelp, lang) : [];
    openHelp({ t: p.t(), lang, items: helpItems(directory, lang), adultItems, ...(topic ? { topic } : {}) });
  };
  const settings = () => {
    const dialog = openSettings({
      t: p.t(),
      lang: p.lang(),
      dir: p.dir(),
      languages: o.languages,
      values: p.settings(),
      onChange: (values) => p.setSettings(values),
      onLanguage: (code) => {
        dialog.remove();
        o.onLanguage(code);
      },
      onClearProgress: () => o.saves.clearAll(),
    });
  };
  const label = mountSafetyBar(page.safety, leave, () => help(), settings);
  const announce = mountAnnouncer(page.safety);
  launch.onStorageLost(() => announce(p.t()('storage.lost'), p.t()('storage.dismiss'), p.lang(), p.dir()));
  // The document's language, direction, look and title follow the preferences, and the bar's labels with them.
  const look = () => {
    applyDocumentLook({ ...p.settings(), lang: p.lang(), dir: p.dir(), title: p.t()('app.title') });
    label(p.t(), p.lang(), p.dir());
  };
  p.watch(look);
  look();
  return { help };
}
