import { describe, expect, it } from 'vitest';
import { createTranslator, type Lang, loadMessages } from '../../src/content/index.ts';
import { buildPlaybook, type MessageId, type TranscriptEntry } from '../../src/engine/index.ts';
import { type Cast, renderPlaybook } from '../../src/ui/index.ts';

const cast = (lang: Lang): Cast => ({
  lang,
  dir: lang === 'ar' ? 'rtl' : 'ltr',
  chats: [
    { id: 'squad', kind: 'group', title: 'La team', avatar: { name: 'La team', color: '#123456' } },
    { id: 'dm', kind: 'dm', title: 'Karim', avatar: { name: 'Karim', color: '#654321' } },
  ],
  person: (id) => ({ name: id === 'karim' ? 'Karim' : id, color: '#654321' }),
  voice: () => ({ name: 'Sara', role: 'sœur', color: '#222222' }),
  endingTitle: (id) => id,
  picture: () => ({ symbol: '🎮', from: '#000000', to: '#ffffff' }),
  technique: (id) => ({ name: `name of ${id}`, short: id, explain: id, ask: id }),
  ordinary: { short: 'fine', explain: 'really fine' },
});

const id = (n: number) => `m${n}` as MessageId;
const message = (n: number, chat: string, from: string, text: string, extra = {}) =>
  ({
    kind: 'message',
    id: id(n),
    chat,
    from,
    text,
    techniques: [],
    pace: {},
    promptFlag: false,
    ...extra,
  }) as unknown as TranscriptEntry;

const transcript: TranscriptEntry[] = [
  message(1, 'squad', 'karim', "t'es trop fort", {
    techniques: ['flattery'],
    stage: 'target',
    aim: 'Te faire plaisir',
  }),
  message(2, 'squad', 'me', 'merci'),
  { kind: 'counter', id: id(3), voice: 'sara', text: 'fais gaffe' } as TranscriptEntry,
  message(4, 'dm', 'karim', 'dis rien', {
    techniques: ['secrecy', 'isolation'],
    stage: 'isolate',
    aim: 'Te couper de tes amis',
  }),
];

async function view(lang: Lang, flags: MessageId[]) {
  const t = createTranslator(lang, await loadMessages(lang));
  let back = 0;
  const el = renderPlaybook({ t, cast: cast(lang), model: buildPlaybook({ transcript, flags }), onBack: () => back++ });
  return { el, back: () => back };
}

describe('playbook view', () => {
  it('lists the conversation with the chat it is in, the plan beside each manipulative line, and the flag', async () => {
    const { el, back } = await view('fr', [id(1)]);
    const items = [...el.querySelectorAll('.pb-timeline > li')].map((li) => li.className);
    expect(items).toEqual([
      'pb-chat',
      'pb-line pb-planned pb-flagged',
      'pb-line pb-mine',
      'pb-chat',
      'pb-line pb-planned',
    ]);
    const [first, second] = [...el.querySelectorAll('.pb-planned')];
    expect(first?.querySelector('dd.pb-stage')?.textContent).toContain('1 sur 4 : ');
    expect(first?.querySelector('dd.pb-aim')?.textContent).toBe('Te faire plaisir');
    expect(first?.querySelector('dd.pb-flag')?.textContent).toContain("Oui, tu l'as repéré");
    expect(second?.querySelector('dd.pb-technique')?.textContent).toBe('name of secrecy et name of isolation');
    expect(second?.querySelector('dd.pb-stage')?.textContent).toContain('3 sur 4 : ');
    expect(second?.querySelector('dd.pb-flag')?.textContent).toBe('Non');
    expect(el.querySelector('.pb-chat')?.textContent).toBe('Dans « La team »');
    expect(el.textContent).not.toContain('fais gaffe');
    expect(el.querySelector('.pb-count')?.textContent).toBe('2 pièges sur ce chemin. Tu en as signalé 1.');
    (el.querySelector('button.back') as HTMLButtonElement).click();
    expect(back()).toBe(1);
  });

  it('keeps only the lines with a plan when the box is ticked, and reads right to left in Arabic', async () => {
    const { el } = await view('ar', []);
    expect(el.getAttribute('dir')).toBe('rtl');
    expect(el.querySelector('button.back')?.textContent).toBe('→');
    const box = el.querySelector<HTMLInputElement>('#playbook-only');
    const list = el.querySelector('.pb-timeline');
    expect(el.querySelector('label[for="playbook-only"]')?.textContent).toBe('إظهار الفخاخ فقط');
    const tick = (checked: boolean) => {
      if (!box) return;
      box.checked = checked;
      box.dispatchEvent(new Event('change'));
    };
    tick(true);
    expect(list?.classList.contains('only-planned')).toBe(true);
    tick(false);
    expect(list?.classList.contains('only-planned')).toBe(false);
  });
});
