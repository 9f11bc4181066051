import Phaser from 'phaser';
import { parseChoiceLabels, TeacherDashboard } from '../ui/index.ts';
import { addBackdrop } from './backdrop.ts';
import type { GameContext } from './ports.ts';
import { SceneKey } from './scene-keys.ts';

/** Teacher mode: create a live class session and watch the class's answers (the service is optional). */
export class TeacherScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Teacher);
    this.#ctx = ctx;
  }

  create(): void {
    const ctx = this.#ctx;
    if (!ctx.teacherSessions) {
      this.scene.start(SceneKey.Home);
      return;
    }
    const sessions = ctx.teacherSessions();
    const lang = ctx.lang();
    const t = ctx.t();
    let stopWatching: (() => void) | undefined;
    const watch = () =>
      sessions.watch((update) => {
        if (update.kind === 'dashboard') {
          view.notify(undefined);
          view.update(update.dashboard);
        } else if (update.kind === 'ended') view.showEnded();
        else {
          const key = update.kind === 'reconnecting' ? 'teacher.reconnecting' : 'teacher.closed';
          view.notify(t(key));
        }
      });
    const view: TeacherDashboard = new TeacherDashboard({
      t,
      lang,
      dir: ctx.catalog.languages.find((l) => l.code === lang)?.dir ?? 'ltr',
      stories: ctx.catalog.cards(lang).map((c) => ({ id: c.id, title: c.title })),
      languages: ctx.catalog.languages,
      names: {
        technique: (scenario, id) => ctx.catalog.cast(scenario, lang).technique(id).name,
        ending: (scenario, id) => ctx.catalog.cast(scenario, lang).endingTitle(id),
      },
      earlier: () => ctx.classHistory?.list() ?? [],
      keep: (result) => ctx.classHistory?.keep(result),
      onHome: () => this.scene.start(SceneKey.Home),
      onCreate: async (request) => {
        const { kind, scenario, lang: sessionLang } = request;
        view.setBusy(true);
        view.notify(undefined);
        const created = await sessions.createSession({ kind, scenario, lang: sessionLang });
        view.setBusy(false);
        if (!created.ok) {
          console.warn(`The class session could not be created: ${created.error.message}`);
          view.notify(t('teacher.createFailed'));
          return;
        }
        const earlier = request.kind === 'booster' ? request.earlier : undefined;
        view.showCreated({ kind, scenario, lang: sessionLang, earlier, ...created.value });
        stopWatching = watch();
        // A booster session has no story: no map, no choice labels.
        if (kind === 'booster') return;
        // The story map from the teacher guides (built with the game); the class's path is marked on it.
        fetch(`./teachers/${scenario}-${sessionLang}-map.svg`)
          .then((res) => (res.ok ? res.text() : undefined))
          .then((svg) => view.showMap(svg))
          .catch(() => view.showMap(undefined));
        // The choice points' numbers and options' text in the session's language, from the same build.
        fetch(`./teachers/${scenario}-${sessionLang}-points.json`)
          .then((res) => (res.ok ? res.json() : undefined))
          .then((json: unknown) => view.showLabels(parseChoiceLabels(json)))
          .catch((e: unknown) => console.warn('The choice labels could not be loaded; options are numbered.', e));
      },
      onLock: async (locked) => {
        const res = await sessions.lock(locked);
        if (!res.ok) {
          console.warn(`The class session could not be locked: ${res.error.message}`);
          view.notify(t('teacher.lockFailed'));
          return;
        }
        view.notify(undefined);
        view.setLocked(res.value.locked);
      },
      onEnd: async () => {
        const ended = await sessions.end();
        if (!ended.ok) {
          console.warn(`The class session could not be ended: ${ended.error.message}`);
          view.notify(t('teacher.endFailed'));
          return;
        }
        stopWatching?.();
        view.showEnded();
      },
    });
    ctx.ui.replaceChildren(view.element);
    addBackdrop(this, ctx.ui, { desk: false });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => stopWatching?.());
    view.element.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
    view.element.querySelector<HTMLElement>('h1')?.focus();
  }
}
