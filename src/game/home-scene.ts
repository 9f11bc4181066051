import Phaser from 'phaser';
import { renderHome } from '../ui/index.ts';
import { addBackdrop } from './backdrop.ts';
import type { GameContext } from './ports.ts';
import { goTo } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

/** Home: the stories, continue a saved one, language and settings. */
export class HomeScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Home);
    this.#ctx = ctx;
  }

  /** `notice`: a string key said on Home (a story that could not be opened). */
  create(data: { notice?: string } = {}): void {
    const ctx = this.#ctx;
    const lang = ctx.lang();
    const language = ctx.catalog.languages.find((l) => l.code === lang);
    const notice = data.notice ? ctx.t()(data.notice) : ctx.takeNotice();
    // Phaser hands a scene its last data again when started without any: the notice is said once.
    this.sys.settings.data = {};
    const view = renderHome({
      t: ctx.t(),
      lang,
      dir: language?.dir ?? 'ltr',
      stories: ctx.catalog.cards(lang),
      languages: ctx.catalog.languages,
      ...(notice ? { notice } : {}),
      ...(ctx.brand ? { brand: ctx.brand } : {}),
      ...(ctx.update.isReady() ? { onUpdate: ctx.update.apply } : {}),
      ...(ctx.teacherSessions ? { onTeacher: () => this.scene.start(SceneKey.Teacher) } : {}),
      onProjector: (id: string) => goTo(this.scene, SceneKey.Projector, { id }),
      projectorOnCards: ctx.teacherMode,
      onJoin: (code: string) => ctx.joinSession(code),
      check: {
        ...(ctx.checkResults.get('before') ? { before: ctx.checkResults.get('before') } : {}),
        ...(ctx.checkResults.get('after') ? { after: ctx.checkResults.get('after') } : {}),
        onStart: (phase: 'before' | 'after') => goTo(this.scene, SceneKey.Check, { phase }),
      },
      onStart: (id, mode) => {
        if (mode === 'new') ctx.saves.clear(id);
        goTo(this.scene, SceneKey.Chat, { id, mode });
      },
      onLanguage: (code) => {
        ctx.setLang(code).then(() => this.scene.restart());
      },
    });
    ctx.ui.replaceChildren(view);
    addBackdrop(this, ctx.ui);
    view.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
    view.querySelector<HTMLElement>('h1')?.focus();
  }
}
