import Phaser from 'phaser';
import type { TranscriptEntry } from '../engine/index.ts';
import { h } from '../ui/index.ts';
import { addBackdrop } from './backdrop.ts';
import type { GameContext } from './ports.ts';
import { SceneKey } from './scene-keys.ts';

/** After an ending: what happened (the learning mechanics issue fills this in), play again, or back home. */
export class DebriefScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Debrief);
    this.#ctx = ctx;
  }

  create(data: { id: string; transcript: readonly TranscriptEntry[] }): void {
    const ctx = this.#ctx;
    const t = ctx.t();
    const lang = ctx.lang();
    const cast = ctx.catalog.cast(data.id, lang);
    const ending = data.transcript.find((e) => e.kind === 'ending');
    const heading = h('h1', { tabindex: -1 }, t('debrief.heading'));
    ctx.ui.replaceChildren(
      h(
        'main',
        { className: 'screen', lang, dir: cast.dir },
        h('div', { className: 'topbar' }, heading),
        h(
          'div',
          { className: 'home-body' },
          ending?.kind === 'ending'
            ? h(
                'div',
                { className: 'card ending' },
                h('strong', {}, cast.endingTitle(ending.ending)),
                h('p', {}, ending.text),
              )
            : false,
          h(
            'div',
            { className: 'actions', style: 'display:flex;gap:.5rem;flex-wrap:wrap' },
            h(
              'button',
              {
                type: 'button',
                className: 'btn',
                onclick: () => {
                  ctx.saves.clear(data.id);
                  this.scene.start(SceneKey.Chat, { id: data.id, mode: 'new' });
                },
              },
              t('debrief.replay'),
            ),
            h(
              'button',
              { type: 'button', className: 'btn secondary', onclick: () => this.scene.start(SceneKey.Home) },
              t('debrief.home'),
            ),
          ),
        ),
      ),
    );
    addBackdrop(this, ctx.ui);
    heading.focus();
  }
}
