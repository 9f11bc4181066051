import Phaser from 'phaser';
import { pickSortItems } from '../engine/index.ts';
import { prefersReducedMotion, SortView } from '../ui/index.ts';
import { addBackdrop } from './backdrop.ts';
import type { GameContext } from './ports.ts';
import { readSavedGame } from './saved-game.ts';
import { goTo, type SceneData } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

/**
 * The sorting exercise: messages from the story go into "manipulation" or "ordinary". The HTML view asks and
 * explains (keyboard and screen reader); this scene draws the two bins and flies each card into its bin.
 */
export class SortScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Sort);
    this.#ctx = ctx;
  }

  create(data: SceneData['sort']): void {
    const ctx = this.#ctx;
    const save = readSavedGame(ctx.saves, data.id);
    if (!save) {
      this.scene.start(SceneKey.Home);
      return;
    }
    const cast = ctx.catalog.cast(data.id, ctx.lang());
    const cards = pickSortItems(save.transcript).flatMap((item) => {
      const entry = save.transcript.find((e) => e.id === item.id);
      if (entry?.kind !== 'message') return [];
      const t = ctx.t();
      const reason = item.techniques
        .map((id) => t('sort.reason', { name: cast.technique(id).name, text: cast.technique(id).short }))
        .join(' ');
      // No sender: in the story the recruiter wrote the manipulative lines, so a name would give the answer away.
      return [{ text: entry.text, isManipulation: item.isManipulation, reason }];
    });
    addBackdrop(this, ctx.ui);
    const counts = { bad: 0, good: 0 };
    const bins = this.#drawBins();
    const view = new SortView({
      t: ctx.t(),
      lang: cast.lang,
      dir: cast.dir,
      cards,
      onSorted: (manipulation, correct) => {
        counts[manipulation ? 'bad' : 'good']++;
        bins.update(counts);
        this.#fly(manipulation ? bins.bad : bins.good, correct);
        ctx.sounds.play(correct ? 'messageIn' : 'redFlag');
      },
      onDone: () => goTo(this.scene, SceneKey.Debrief, { id: data.id }),
    });
    ctx.ui.replaceChildren(view.element);
  }

  /** Two bins at the bottom of the window: red with a flag, green with a tick, each with its count. */
  #drawBins() {
    const { width, height } = this.scale.gameSize;
    const size = Math.min(120, width / 4);
    const bad = { x: width * 0.25, y: height - size * 0.7 };
    const good = { x: width * 0.75, y: height - size * 0.7 };
    const g = this.add.graphics();
    g.fillStyle(0xb3261e, 0.9).fillRoundedRect(bad.x - size / 2, bad.y - size / 3, size, size * 0.66, 14);
    g.fillStyle(0x2f7d6d, 0.9).fillRoundedRect(good.x - size / 2, good.y - size / 3, size, size * 0.66, 14);
    g.lineStyle(4, 0xffffff, 1)
      .lineBetween(bad.x - 10, bad.y + 14, bad.x - 10, bad.y - 16)
      .lineBetween(bad.x - 10, bad.y - 16, bad.x + 12, bad.y - 8);
    g.lineBetween(bad.x + 12, bad.y - 8, bad.x - 10, bad.y);
    g.lineBetween(good.x - 12, good.y, good.x - 3, good.y + 9).lineBetween(
      good.x - 3,
      good.y + 9,
      good.x + 14,
      good.y - 10,
    );
    const style = { fontFamily: 'system-ui, sans-serif', fontSize: '20px', color: '#ffffff' };
    const badCount = this.add.text(bad.x + size / 2 - 28, bad.y - size / 3 + 4, '0', style);
    const goodCount = this.add.text(good.x + size / 2 - 28, good.y - size / 3 + 4, '0', style);
    return {
      bad,
      good,
      update: (c: { bad: number; good: number }) => {
        badCount.setText(String(c.bad));
        goodCount.setText(String(c.good));
      },
    };
  }

  /** A card flies from the top into the bin; a wobble when the answer was not quite right. */
  #fly(to: { x: number; y: number }, correct: boolean): void {
    const { width } = this.scale.gameSize;
    const card = this.add.graphics().fillStyle(0xffffff, 1).fillRoundedRect(-40, -26, 80, 52, 10);
    card.lineStyle(2, correct ? 0x2f55d4 : 0xb3261e, 1).strokeRoundedRect(-40, -26, 80, 52, 10);
    card.setPosition(width / 2, 80);
    if (prefersReducedMotion()) {
      card.destroy();
      return;
    }
    this.tweens.add({
      targets: card,
      x: to.x,
      y: to.y,
      scale: 0.4,
      angle: correct ? 0 : 12,
      duration: 450,
      ease: 'Cubic.easeIn',
      onComplete: () => card.destroy(),
    });
  }
}
