import Phaser from 'phaser';
import { buildDebrief, buildPlaybook } from '../engine/index.ts';
import { type ClassVote, h, markClassPath, parseStoryMap, renderClassVotes, renderDebrief } from '../ui/index.ts';
import { addStoryBackdrop } from './backdrop.ts';
import { cardsFromStory, openFieldGuide } from './field-guide.ts';
import type { GameContext } from './ports.ts';
import { readSavedGame } from './saved-game.ts';
import { goTo, type SceneData } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

/** After an ending: what happened, techniques spotted and missed, replay from a choice, the sorting exercise. */
export class DebriefScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Debrief);
    this.#ctx = ctx;
  }

  /** After projector mode: the story map with the class's path (the guide's map, built with the game) and its votes. */
  #showClassMap(
    view: HTMLElement,
    id: string,
    lang: string,
    path: { readonly points: readonly string[]; readonly ending: string | undefined },
    votes: readonly ClassVote[],
  ): void {
    const t = this.#ctx.t();
    fetch(`./teachers/${id}-${lang}-map.svg`)
      .then((res) => (res.ok ? res.text() : undefined))
      .then((svg) => {
        const map = svg ? parseStoryMap(svg) : undefined;
        if (!map) return;
        map.classList.add('class-map');
        markClassPath(map, path.points, path.ending ? [path.ending] : []);
        view.classList.add('wide');
        const table = votes.length > 0 ? renderClassVotes(votes, t) : false;
        view
          .querySelector('.home-body')
          ?.prepend(h('section', { className: 'debrief-section' }, h('h2', {}, t('debrief.classMap')), map, table));
      })
      .catch((e: unknown) => console.warn('The story map could not be shown.', e));
  }

  create(data: SceneData['debrief']): void {
    const ctx = this.#ctx;
    const lang = ctx.lang();
    const save = readSavedGame(ctx.saves, data.id);
    if (!save) {
      this.scene.start(SceneKey.Home);
      return;
    }
    const cast = ctx.catalog.cast(data.id, lang);
    const model = buildDebrief(save);
    const sender = buildPlaybook(save).mainSender;
    const view = renderDebrief({
      t: ctx.t(),
      cast,
      model,
      quote: (id) => {
        const entry = save.transcript.find((e) => e.id === id);
        if (entry?.kind !== 'message') return undefined;
        return { name: cast.person(entry.from).name, text: entry.text };
      },
      onReplayFrom: (choice) => {
        ctx.catalog.replay(data.id, lang, save, choice).then((replayed) => {
          if (!replayed.ok) {
            console.error(`Replay of ${data.id} from choice ${choice} failed: ${replayed.error}`);
            view.prepend(h('p', { className: 'notice', role: 'alert' }, ctx.t()('debrief.replayFailed')));
            return;
          }
          ctx.saves.write(data.id, replayed.value.snapshot());
          goTo(this.scene, SceneKey.Chat, { id: data.id, mode: 'continue' });
        });
      },
      onReplay: () => {
        ctx.saves.clear(data.id);
        goTo(this.scene, SceneKey.Chat, { id: data.id, mode: 'new' });
      },
      onHome: () => this.scene.start(SceneKey.Home),
      onHelp: (topic) => ctx.openHelp(topic),
      onSort: () => goTo(this.scene, SceneKey.Sort, { id: data.id }),
      ...(sender
        ? {
            playbook: {
              label: ctx.t()('playbook.open', { name: cast.person(sender).name }),
              open: () => goTo(this.scene, SceneKey.Playbook, { id: data.id }),
            },
          }
        : {}),
      guide: {
        found: ctx.fieldGuide.cards().length,
        total: ctx.catalog.techniques(lang).length,
        fromThisStory: cardsFromStory(ctx, data.id),
        open: (opener) => openFieldGuide(ctx, opener),
      },
    });
    ctx.ui.replaceChildren(view);
    if (data.classMap)
      this.#showClassMap(
        view,
        data.id,
        lang,
        { points: save.choices.map((c) => c.point), ending: model.ending?.id },
        data.votes ?? [],
      );
    addStoryBackdrop(this, ctx, data.id);
  }
}
