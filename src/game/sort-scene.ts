import Phaser from 'phaser';
import { type MessageId, pickSortItems } from '../engine/index.ts';
import {
  type Offset,
  prefersReducedMotion,
  type SortBins,
  type SortPlacement,
  type SortStage,
  SortView,
} from '../ui/index.ts';
import { addStoryBackdrop } from './backdrop.ts';
import { cssColor } from './css-color.ts';
import { idleControl } from './idle.ts';
import type { GameContext } from './ports.ts';
import { readSavedGame } from './saved-game.ts';
import { goTo, type SceneData } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

/** How far a drag must go for its bin to light up fully (px); the view drops the card a little further. */
const GLOW_PX = 96;
/** The card's flight into a bin and its return for the feedback, in ms. */
const FLY_MS = 420;
const RETURN_MS = 180;

/**
 * The sorting game: messages from the story go into the "manipulation" or "ordinary" bin. The HTML view holds the
 * readable card and the controls (buttons, arrows, drag); this scene draws the bins behind their buttons, moves the
 * card into a bin on Phaser's tweens, and celebrates streaks with a burst. A new round draws messages not seen yet.
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
    const round = data.round ?? 0;
    const items = pickSortItems(save.transcript, 8, { seen: new Set(data.seen), round });
    const cards = items.flatMap((item) => {
      const entry = save.transcript.find((e) => e.id === item.id);
      if (entry?.kind !== 'message') return [];
      const t = ctx.t();
      const reason = item.techniques
        .map((id) => t('sort.reason', { name: cast.technique(id).name, text: cast.technique(id).short }))
        .join(' ');
      // No sender: in the story the recruiter wrote the manipulative lines, so a name would give the answer away.
      return [{ text: entry.text, isManipulation: item.isManipulation, reason }];
    });
    addStoryBackdrop(this, ctx, data.id);
    const seen: MessageId[] = [...(data.seen ?? []), ...items.map((i) => i.id)];
    const view = new SortView({
      t: ctx.t(),
      lang: cast.lang,
      dir: cast.dir,
      cards,
      stage: this.#stage(),
      onSorted: (_manipulation, correct) => {
        // A streak is celebrated; a miss is quiet (no sound).
        if (correct) ctx.sounds.play('messageIn');
      },
      onDone: () => goTo(this.scene, SceneKey.Debrief, { id: data.id }),
      onReplay: () => goTo(this.scene, SceneKey.Sort, { id: data.id, round: round + 1, seen }),
    });
    ctx.ui.replaceChildren(view.element);
  }

  /** The Phaser side of the game: bins, the card's flight, bursts. Every change wakes the sleeping canvas. */
  #stage(): SortStage {
    const idle = idleControl(this.game);
    const g = this.add.graphics();
    const style = { fontFamily: 'system-ui, sans-serif', fontSize: '18px', fontStyle: 'bold' };
    const counts = { manipulation: 0, ordinary: 0 };
    const labels = { manipulation: this.add.text(0, 0, '', style), ordinary: this.add.text(0, 0, '', style) };
    let bins: SortBins | undefined;
    let glow = { manipulation: 0, ordinary: 0 };
    let release: (() => void) | undefined;
    // Both bins in the same colour: a red and a green bin would hint which answer is "right" (issue 20's fairness
    // rule: nothing but the words tells the answers apart). Right and wrong get their colours in the feedback only.
    const colour = (_manipulation: boolean) => cssColor('--accent', 0x2f55d4);
    const draw = () => {
      g.clear();
      if (!bins) return;
      // The screen's own surface, drawn here so that the bins, the flight and the sparks show on it (the HTML screen
      // is transparent) while the shapes of the backdrop stay behind, as on every other screen.
      const screen = bins.manipulation.closest('.screen')?.getBoundingClientRect();
      if (screen)
        g.fillStyle(cssColor('--surface', 0xffffff), 1).fillRect(screen.x, screen.y, screen.width, screen.height);
      for (const key of ['manipulation', 'ordinary'] as const) {
        const el = bins[key];
        const label = labels[key];
        if (!el.isConnected || el.closest('[hidden]')) {
          label.setVisible(false);
          continue;
        }
        const r = el.getBoundingClientRect();
        const c = colour(key === 'manipulation');
        const lit = glow[key];
        // The bin's body, its darker mouth at the top, and a halo growing as a dragged card comes near.
        if (lit > 0) g.fillStyle(c, 0.18 * lit).fillRoundedRect(r.x - 8, r.y - 8, r.width + 16, r.height + 16, 24);
        g.fillStyle(c, 0.14 + 0.14 * lit).fillRoundedRect(r.x, r.y, r.width, r.height, 18);
        g.fillStyle(c, 0.35 + 0.3 * lit).fillRoundedRect(r.x + 10, r.y + 8, r.width - 20, 10, 5);
        // The count in a round badge at the bin's top end corner.
        const end = bins.manipulation.closest('[dir="rtl"]') ? r.x + 20 : r.right - 20;
        g.fillStyle(c, 1).fillCircle(end, r.y + 34, 15);
        // The count in the accent's text colour (dark on the dark look's light accent, white on the light look's).
        label
          .setColor(`#${cssColor('--accent-text', 0xffffff).toString(16).padStart(6, '0')}`)
          .setText(String(counts[key]))
          .setOrigin(0.5)
          .setPosition(end, r.y + 34)
          .setVisible(true);
      }
      idle.wake();
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, draw);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, draw);
      release?.();
    });
    return {
      layout: (b) => {
        bins = b;
        draw();
      },
      drag: (_card, dx) => {
        if (dx === undefined) {
          release?.();
          release = undefined;
          glow = { manipulation: 0, ordinary: 0 };
        } else {
          release ??= idle.hold();
          const side =
            bins && dx < 0 === bins.manipulation.getBoundingClientRect().x < bins.ordinary.getBoundingClientRect().x;
          const lit = Math.min(1, Math.abs(dx) / GLOW_PX);
          glow = side ? { manipulation: lit, ordinary: 0 } : { manipulation: 0, ordinary: lit };
        }
        draw();
      },
      place: (card, bin, placement, from, done) => {
        const key = placement.manipulation ? 'manipulation' : 'ordinary';
        glow = { manipulation: 0, ordinary: 0 };
        const land = () => {
          counts[key]++;
          draw();
          if (placement.correct) this.#burst(bin, placement, colour(placement.manipulation));
        };
        if (prefersReducedMotion()) {
          land();
          done();
          return;
        }
        this.#fly(card, bin, placement, from, () => {
          land();
          done();
        });
      },
    };
  }

  /** The HTML card flies from where it was let go into the bin on a Phaser tween, then comes back to be read. */
  #fly(card: HTMLElement, bin: HTMLElement, placement: SortPlacement, from: Offset, done: () => void): void {
    const rect = card.getBoundingClientRect();
    const target = bin.getBoundingClientRect();
    // The rectangle includes the drag offset: where the card rests is that much back.
    const dx = target.x + target.width / 2 - (rect.x + rect.width / 2 - from.x);
    const dy = target.y + target.height / 2 - (rect.y + rect.height / 2 - from.y);
    const state = { x: from.x, y: from.y, angle: from.x / 24, scale: 1, alpha: 1 };
    const apply = () => {
      card.style.transform = `translate(${state.x}px, ${state.y}px) rotate(${state.angle}deg) scale(${state.scale})`;
      card.style.opacity = String(state.alpha);
    };
    this.tweens.add({
      targets: state,
      x: dx,
      y: dy,
      // A card that was not quite right tips over on its way; a right one goes in straight.
      angle: placement.correct ? 0 : 14,
      scale: 0.2,
      alpha: 0.15,
      duration: FLY_MS,
      ease: 'Cubic.easeIn',
      onUpdate: apply,
      onComplete: () => {
        Object.assign(state, { x: 0, y: 0, angle: 0, scale: 1, alpha: 0 });
        apply();
        done();
        this.tweens.add({
          targets: state,
          alpha: 1,
          duration: RETURN_MS,
          onUpdate: apply,
          onComplete: () => {
            card.style.opacity = '';
            card.style.transform = '';
          },
        });
      },
    });
  }

  /** Sparks from the bin: more, and a ring, the longer the streak. */
  #burst(bin: HTMLElement, placement: SortPlacement, colour: number): void {
    const r = bin.getBoundingClientRect();
    const cx = r.x + r.width / 2;
    const cy = r.y + r.height / 3;
    const sparks = Math.min(28, 8 + placement.streak * 4);
    const accent = cssColor('--accent', 0x2f55d4);
    for (let i = 0; i < sparks; i++) {
      const angle = (i / sparks) * Math.PI * 2;
      const reach = 40 + (i % 3) * 18 + placement.streak * 6;
      const spark = this.add
        .graphics()
        .fillStyle(i % 2 ? colour : accent, 1)
        .fillCircle(0, 0, 3 + (i % 3))
        .setPosition(cx, cy);
      this.tweens.add({
        targets: spark,
        x: cx + Math.cos(angle) * reach,
        y: cy + Math.sin(angle) * reach,
        alpha: 0,
        duration: 520,
        ease: 'Cubic.easeOut',
        onComplete: () => spark.destroy(),
      });
    }
    if (placement.streak < 2) return;
    const ring = this.add.graphics().lineStyle(4, colour, 1).strokeCircle(0, 0, 24).setPosition(cx, cy);
    this.tweens.add({
      targets: ring,
      scale: 3,
      alpha: 0,
      duration: 600,
      ease: 'Sine.easeOut',
      onComplete: () => ring.destroy(),
    });
  }
}
