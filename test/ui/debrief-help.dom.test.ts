import { describe, expect, it } from 'vitest';
import { createTranslator, type Lang, loadMessages } from '../../src/content/index.ts';
import type { DebriefModel, MessageId } from '../../src/engine/index.ts';
import { type Cast, renderDebrief, renderEntry } from '../../src/ui/index.ts';

const cast = (lang: Lang): Cast => ({
  lang,
  dir: lang === 'ar' ? 'rtl' : 'ltr',
  chats: [],
  person: (id) => ({ name: id, color: '#654321' }),
  voice: () => ({ name: 'Sara', role: 'sœur', color: '#222222' }),
  endingTitle: (id) => id,
  picture: () => ({ symbol: '🎮', from: '#000000', to: '#ffffff' }),
  technique: (id) => ({ name: id, short: id, explain: id, ask: id }),
  ordinary: { short: 'fine', explain: 'really fine' },
});

function model(hadDistress: boolean): DebriefModel {
  return {
    stages: [],
    techniques: [],
    ordinaryFlags: [],
    choices: [],
    voices: [],
    score: { spotted: 0, met: 0 },
    hadDistress,
  };
}

async function debrief(lang: Lang, hadDistress: boolean, onHelp: (topic?: string) => void = () => {}) {
  const t = createTranslator(lang, await loadMessages(lang));
  const noop = () => {};
  return renderDebrief({
    t,
    cast: cast(lang),
    model: model(hadDistress),
    quote: () => undefined,
    onReplayFrom: noop,
    onReplay: noop,
    onHome: noop,
    onHelp,
    onSort: noop,
  });
}

describe('debrief help', () => {
  it('shows the distress card when the path contained a #distress line, opening help at "If you feel bad"', async () => {
    const topics: (string | undefined)[] = [];
    const view = await debrief('fr', true, (topic) => topics.push(topic));
    const card = view.querySelector('.card.help.distress');
    expect(card?.textContent).toMatch(/Stop Silence/);
    card?.querySelector('button')?.click();
    expect(topics).toEqual(['distress']);
    expect((await debrief('fr', false)).querySelector('.card.help.distress')).toBeNull();
  });

  it('says in each language that the trusted adult keeps the evidence and calls 2511 or the police, and who is at fault', async () => {
    const expected = {
      fr: /garde les preuves \(captures d'écran\) et contacte le 2511 ou la police\. C'est l'adulte recruteur qui est en tort, pas toi/,
      ar: /سيحتفظ بالأدلة \(صور الشاشة\) ويتصل بالرقم 2511 أو بالشرطة\. المُجنِّد البالغ هو المخطئ، وليس أنت/,
      en: /keep the evidence \(screenshots\) and contact 2511 or the police\. The adult recruiter is the one in trouble, not you/,
    } as const;
    for (const lang of ['fr', 'ar', 'en'] as const) {
      expect((await debrief(lang, false)).textContent, lang).toMatch(expected[lang]);
    }
  });

  it('renders a #help: distress line in the chat as a card whose button opens "If you feel bad"', async () => {
    const t = createTranslator('en', await loadMessages('en'));
    const topics: string[] = [];
    const entry = { kind: 'help', id: 'm3' as MessageId, topic: 'distress', text: 'You are not alone.' } as const;
    const onHelp = (x: string) => topics.push(x);
    const card = renderEntry(entry, { cast: cast('en'), t, isGroup: false, continues: false, time: '22:10', onHelp });
    const button = card.querySelector('button');
    expect(button?.textContent).toBe('If you feel bad: who can help');
    button?.click();
    expect(topics).toEqual(['distress']);
    expect(card.classList.contains('distress')).toBe(true);
  });

  it('says the ending summary once, as the focused heading describes it, and in no live region', async () => {
    const view = await debrief('fr', false);
    const heading = view.querySelector('h1');
    const summary = view.querySelector('.debrief-summary');
    expect(summary).not.toBeNull();
    expect(heading?.getAttribute('aria-describedby')).toBe(summary?.id);
    expect(summary?.closest('[aria-live],[role="status"],[role="log"],[role="alert"]')).toBeNull();
    expect(summary?.querySelectorAll('[aria-live],[role="status"],[role="alert"]')).toHaveLength(0);
  });
});
