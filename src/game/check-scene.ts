import Phaser from 'phaser';
import type { CheckRound } from '../protocol/index.ts';
import { SortView } from '../ui/index.ts';
import { addBackdrop } from './backdrop.ts';
import type { GameContext } from './ports.ts';
import type { SceneData } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

/**
 * The check: messages to rate, different before and after playing (so a class can see what it learned) and in the
 * booster round a week or more later. Results stay on this device; each answer is also reported, and goes to a class
 * session only when it fits the session (before/after to a story session, booster answers to a booster session).
 */
export class CheckScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Check);
    this.#ctx = ctx;
  }

  create(data: SceneData['check']): void {
    addBackdrop(this, this.#ctx.ui);
    this.#start(data.phase).catch((e: unknown) => {
      console.error(e);
      this.scene.start(SceneKey.Home);
    });
  }

  async #start(phase: CheckRound): Promise<void> {
    const ctx = this.#ctx;
    const t = ctx.t();
    const lang = ctx.lang();
    const { intro, items } = await ctx.catalog.check(phase, lang);
    // Where the answers go, said truthfully: counted with the class's (never shown one by one), or kept here only.
    const sample = { kind: 'check', phase, item: 0, answer: 'ordinary', correct: true } as const;
    const where = t(ctx.isInClassSession(sample) ? 'check.whereClass' : 'check.whereDevice');
    let correct = 0;
    let index = 0;
    const view = new SortView({
      t,
      lang,
      dir: ctx.catalog.languages.find((l) => l.code === lang)?.dir ?? 'ltr',
      cards: items.map((item) => ({
        from: item.from,
        text: item.text,
        isManipulation: item.manipulative,
        reason: item.why,
      })),
      labels: { heading: t(`check.${phase}`), intro: `${intro} ${where}`, back: t('check.done') },
      onSorted: (manipulation, isCorrect) => {
        if (isCorrect) correct++;
        ctx.report({
          kind: 'check',
          phase,
          item: index++,
          answer: manipulation ? 'manipulative' : 'ordinary',
          correct: isCorrect,
        });
      },
      onDone: () => {
        ctx.checkResults.set(phase, { correct, total: items.length });
        this.scene.start(SceneKey.Home);
      },
    });
    ctx.ui.replaceChildren(view.element);
  }
}
