import './playbook.css';

import { type LinePlan, type PlaybookEntry, type PlaybookModel, STAGES } from '../engine/index.ts';
import { avatar } from './avatar.ts';
import { storyPicture } from './bubble.ts';
import type { Cast } from './cast.ts';
import { conjunctionList, h } from './dom.ts';
import type { Translate } from './strings.ts';

/** What the playbook screen shows: the game's conversation with the plan beside each manipulative line. */
export interface PlaybookViewOptions {
  readonly t: Translate;
  readonly cast: Cast;
  readonly model: PlaybookModel;
  readonly onBack: () => void;
}

/** The plan beside one line: stage (n of 4), technique(s), aim, and the player's flag. */
function renderPlan(plan: LinePlan, o: PlaybookViewOptions): HTMLElement {
  const { t, cast } = o;
  const row = (className: string, label: string, ...value: (Node | string)[]) => [
    h('dt', { className }, label),
    h('dd', { className }, ...value),
  ];
  const stage = plan.stage
    ? row(
        'pb-stage',
        t('playbook.stage'),
        h('span', { className: 'pb-steps', 'aria-hidden': 'true' }, ...stageSteps(plan.stage)),
        t('playbook.stageValue', {
          number: STAGES.indexOf(plan.stage) + 1,
          total: STAGES.length,
          name: t(`stage.${plan.stage}`),
        }),
      )
    : [];
  const names = plan.techniques.map((id) => cast.technique(id).name);
  const list = conjunctionList(cast.lang);
  return h(
    'dl',
    { className: 'pb-plan' },
    ...stage,
    ...row('pb-technique', t('playbook.technique'), list.format(names)),
    ...(plan.aim ? row('pb-aim', t('playbook.aim'), h('span', { dir: 'auto' }, plan.aim)) : []),
    ...row(
      `pb-flag ${plan.flagged ? 'flagged' : 'unflagged'}`,
      t('playbook.yourFlag'),
      plan.flagged ? `⚑ ${t('playbook.flagged')}` : t('playbook.notFlagged'),
    ),
  );
}

/** Four small steps, the ones up to this stage filled: target → trust → isolate → activate at a glance. */
function stageSteps(stage: LinePlan['stage']): HTMLElement[] {
  const at = stage ? STAGES.indexOf(stage) : -1;
  return STAGES.map((s, i) => h('span', { className: i <= at ? 'on' : '', 'data-stage': s }));
}

function renderEntry(entry: PlaybookEntry, o: PlaybookViewOptions): HTMLElement {
  if (entry.kind === 'system') return h('li', { className: 'pb-line pb-system' }, h('p', { dir: 'auto' }, entry.text));
  const { t, cast } = o;
  const mine = entry.from === 'me';
  const person = mine ? undefined : cast.person(entry.from);
  const who = person ? person.name : t('playbook.you');
  const plan = entry.plan;
  return h(
    'li',
    {
      className: `pb-line${mine ? ' pb-mine' : ''}${plan ? ' pb-planned' : ''}${plan?.flagged ? ' pb-flagged' : ''}`,
      'data-id': entry.id,
    },
    h(
      'div',
      { className: 'pb-message' },
      person ? avatar(person, 'small') : false,
      h(
        'p',
        {},
        h('strong', { className: 'pb-who' }, t('playbook.says', { name: who })),
        ' ',
        entry.isImage ? h('span', { className: 'tag' }, t('playbook.picture')) : false,
        entry.isImage ? ' ' : false,
        h('span', { dir: 'auto', className: 'pb-text' }, entry.text),
      ),
    ),
    // The same drawing as in the chat; silent here, where its description is the line's text beside it.
    entry.image
      ? h(
          'div',
          { className: 'pb-picture', 'aria-hidden': 'true' },
          storyPicture(cast.picture(entry.image), entry.text),
        )
      : false,
    plan ? renderPlan(plan, o) : false,
    entry.flaggedOrdinary ? h('p', { className: 'pb-ordinary' }, `⚑ ${t('playbook.flaggedOrdinary')}`) : false,
  );
}

/** A line that says which conversation the next messages are in, each time it changes. */
function chatMarker(chat: string, o: PlaybookViewOptions): HTMLElement {
  const title = o.cast.chats.find((c) => c.id === chat)?.title ?? chat;
  return h('li', { className: 'pb-chat' }, h('p', {}, o.t('playbook.inChat', { title })));
}

/** The conversation's lines, with a marker where the chat changes. */
function timeline(o: PlaybookViewOptions): HTMLElement[] {
  const items: HTMLElement[] = [];
  let chat: string | undefined;
  for (const entry of o.model.entries) {
    if (entry.chat !== chat) {
      chat = entry.chat;
      items.push(chatMarker(chat, o));
    }
    items.push(renderEntry(entry, o));
  }
  return items;
}

/**
 * "See what he was doing": the conversation the player had, line by line, with the sender's hidden plan beside each
 * manipulative line (stage, technique, aim) and the player's flag. Read top to bottom like the chat; a checkbox keeps
 * only the lines with a plan. The player reads the plan from their own seat: it says what was wanted from them.
 */
export function renderPlaybook(o: PlaybookViewOptions): HTMLElement {
  const { t, cast, model } = o;
  const heading = h('h1', { tabindex: -1, id: 'playbook-title' }, t('playbook.heading'));
  const list = h(
    'ol',
    { className: 'pb-timeline', 'aria-labelledby': 'playbook-list-title', tabindex: 0 },
    ...timeline(o),
  );
  const only = h('input', { type: 'checkbox', id: 'playbook-only' });
  only.addEventListener('change', () => list.classList.toggle('only-planned', only.checked));
  const view = h(
    'main',
    { className: 'screen playbook wide', lang: cast.lang, dir: cast.dir, 'aria-labelledby': 'playbook-title' },
    h(
      'div',
      { className: 'topbar' },
      h(
        'button',
        { type: 'button', className: 'icon-btn back', 'aria-label': t('playbook.back'), onclick: o.onBack },
        cast.dir === 'rtl' ? '→' : '←',
      ),
      heading,
    ),
    h(
      'div',
      { className: 'home-body' },
      h('p', { className: 'pb-intro' }, t('playbook.intro')),
      h(
        'p',
        { className: 'pb-count' },
        t('playbook.count', { count: model.planned }),
        ' ',
        model.flagged === 0 ? t('playbook.flaggedNone') : t('playbook.flaggedCount', { count: model.flagged }),
      ),
      h(
        'ol',
        { className: 'pb-legend', 'aria-label': t('playbook.stages') },
        ...STAGES.map((s) => h('li', {}, t(`stage.${s}`))),
      ),
      h('p', { className: 'pb-filter' }, only, ' ', h('label', { for: 'playbook-only' }, t('playbook.onlyPlanned'))),
      h('h2', { id: 'playbook-list-title', className: 'pb-list-title' }, t('playbook.conversation')),
      list,
      h(
        'p',
        { className: 'pb-end' },
        h('button', { type: 'button', className: 'btn', onclick: o.onBack }, t('playbook.back')),
      ),
    ),
  );
  queueMicrotask(() => heading.focus());
  return view;
}
