import type { CheckRound } from '../protocol/index.ts';
import { type HomeChoice, type HomeGuide, h, renderHome, type StoryCard } from '../ui/index.ts';
import type { Preferences } from './preferences.ts';

/** Home as HTML, owned by the app: painted before the game has loaded, and shown again whenever the game goes Home. */
export interface HomeScreen {
  /**
   * Shows Home. The Home already on screen is kept as it is (no flash, focus stays where the player is); otherwise
   * it is drawn again (with `notice` said once) and focus goes to its title.
   */
  show(notice?: string): void;
  /** Draws Home again if it is on screen (a new language, a new version ready). */
  refresh(): void;
}

/** What Home shows and where the player's choices go. */
export interface HomeSources {
  readonly ui: HTMLElement;
  readonly preferences: Preferences;
  readonly languages: readonly { readonly code: string; readonly name: string }[];
  readonly cards: (lang: string) => readonly StoryCard[];
  readonly checkResults: {
    get(round: CheckRound): { readonly correct: number; readonly total: number } | undefined;
  };
  /** The booster offer: due a week after the last finished story; "Not now" puts it off. */
  readonly booster: { isDue(): boolean; dismiss(): void };
  readonly brand?: { readonly name?: string; readonly logo?: string };
  readonly hasTeacherScreen: boolean;
  readonly projectorOnCards: boolean;
  readonly update: { readonly isReady: () => boolean; readonly apply: () => void };
  /** Whether the game has loaded; until it has, a choice says "Loading…" on Home. */
  readonly isGameRunning: () => boolean;
  readonly onChoose: (choice: HomeChoice) => void;
  readonly onLanguage: (code: string) => void;
  readonly onJoin: (code: string) => void;
  /** The field guide's entry, counted afresh each time Home is drawn. */
  readonly guide?: () => HomeGuide;
  /** Home has just been drawn (it is kept for the next visit: see home-snapshot.ts). */
  readonly onDrawn?: () => void;
  /** The covers below the first wait for this (see HomeViewOptions.coversAfter). */
  readonly coversAfter?: Promise<void>;
}

/** Builds Home from its sources; nothing is drawn until `show`. */
export function createHomeScreen(s: HomeSources): HomeScreen {
  const state: { view?: HTMLElement; lang?: string } = {};
  const choose = (choice: HomeChoice) => {
    const status = state.view?.querySelector<HTMLElement>('.home-status');
    if (status && !s.isGameRunning()) status.textContent = s.preferences.t()('app.loading');
    s.onChoose(choice);
  };
  const draw = (notice: string | undefined) => {
    const p = s.preferences;
    const rounds = (['before', 'after', 'booster'] as const).flatMap((round) => {
      const r = s.checkResults.get(round);
      return r ? [[round, r] as const] : [];
    });
    const next = renderHome({
      t: p.t(),
      lang: p.lang(),
      dir: p.dir(),
      stories: s.cards(p.lang()),
      languages: s.languages,
      ...(notice ? { notice } : {}),
      ...(s.brand ? { brand: s.brand } : {}),
      ...(s.update.isReady() ? { onUpdate: s.update.apply } : {}),
      hasTeacherScreen: s.hasTeacherScreen,
      projectorOnCards: s.projectorOnCards,
      check: Object.fromEntries(rounds),
      ...(s.booster.isDue() ? { onDismissBooster: dismissBooster } : {}),
      onChoose: choose,
      onLanguage: s.onLanguage,
      onJoin: s.onJoin,
      ...(s.guide ? { guide: s.guide() } : {}),
      ...(s.coversAfter ? { coversAfter: s.coversAfter } : {}),
    });
    next.append(h('p', { className: 'home-status visually-hidden', role: 'status' }));
    s.ui.replaceChildren(next);
    state.view = next;
    state.lang = p.lang();
    s.onDrawn?.();
  };
  // "Not now": the offer goes, the notice says where the booster still is, and focus goes to the title (as on show).
  function dismissBooster() {
    s.booster.dismiss();
    draw(s.preferences.t()('booster.dismissed'));
    state.view?.querySelector<HTMLElement>('h1')?.focus();
  }
  const isShown = () => state.view !== undefined && s.ui.contains(state.view);
  const refresh = () => {
    if (!isShown()) return;
    const active = document.activeElement;
    const code = active instanceof HTMLElement && active.classList.contains('lang-btn') ? active.lang : undefined;
    draw(undefined);
    // After a language button: focus stays on that language's button (now pressed), else it goes to the title.
    const view = state.view;
    const target = (code && view?.querySelector<HTMLElement>(`.lang-btn[lang="${code}"]`)) || view?.querySelector('h1');
    target?.focus();
  };
  // A new language (from Home's buttons, Settings or the host page) redraws Home if it is on screen.
  s.preferences.watch(() => {
    if (state.lang !== s.preferences.lang()) refresh();
  });
  return {
    show(notice) {
      if (isShown() && !notice) return;
      draw(notice);
      state.view?.querySelector<HTMLElement>('h1')?.focus();
    },
    refresh,
  };
}
