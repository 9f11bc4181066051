import { describe, expect, it } from 'vitest';
import type { ChatId, MessageId, SpeakerId, TranscriptEntry } from '../../src/engine/index.ts';
import { type Cast, ChatView } from '../../src/ui/index.ts';

const names: Record<string, string> = { anas: 'أنس', salma: 'سلمى', walid: 'وليد' };
const cast: Cast = {
  lang: 'ar',
  dir: 'rtl',
  chats: [
    {
      id: 'squad',
      kind: 'group',
      title: 'الفرقة',
      avatar: { name: 'الفرقة', color: '#3a5bd9' },
      members: 'أنس وسلمى ووليد',
      roster: ['anas', 'salma', 'walid'],
    },
    { id: 'dm', kind: 'dm', title: 'أنس', avatar: { name: 'أنس', color: '#2f7d6d' } },
  ],
  person: (id) => ({ name: names[id] ?? id, color: '#333' }),
  voice: (id) => ({ name: id, role: '', color: '#333' }),
  endingTitle: (id) => id,
  technique: () => ({ name: '', short: '', explain: '', ask: '' }),
  ordinary: { short: '', explain: '' },
  picture: () => ({ symbol: '🖼️', from: '#000', to: '#111' }),
};
const t = (key: string, vars: Readonly<Record<string, string | number>> = {}) =>
  `${key}${vars.count === undefined ? '' : `:${vars.count}`}`;

function view(): ChatView {
  return new ChatView({ cast, t, onHome: () => {}, onHelp: () => {}, onPause: () => {}, onFlag: () => {} });
}
const system = (id: string, text: string, membership?: { kind: 'left' | 'joined'; who: string }): TranscriptEntry => ({
  kind: 'system',
  id: id as MessageId,
  chat: 'squad' as ChatId,
  text,
  pace: {},
  ...(membership ? { membership: { kind: membership.kind, who: membership.who as SpeakerId } } : {}),
});
const message = (id: string, chat: string, text: string): TranscriptEntry => ({
  kind: 'message',
  id: id as MessageId,
  chat: chat as ChatId,
  from: 'anas' as SpeakerId,
  text,
  techniques: [],
  pace: {},
  promptFlag: false,
});

describe('ChatView', () => {
  it('drops a member who left from the group header, and lists them again when they join', () => {
    const v = view();
    v.open('squad');
    const status = () => v.element.querySelector('.conversation .status')?.textContent;
    expect(status()).toBe('أنس وسلمى ووليد');
    v.append(system('s1', 'غادر وليد المجموعة', { kind: 'left', who: 'walid' }), 'squad', '22:10', false);
    expect(status()).toBe('أنس وسلمى');
    v.append(system('s2', 'أعاد أنس إضافة وليد', { kind: 'joined', who: 'walid' }), 'squad', '22:11', false);
    expect(status()).toBe('أنس وسلمى ووليد');
  });

  it('isolates each member name, so that Latin usernames keep their order in an Arabic list', () => {
    const latin: Record<string, string> = { anas: 'douceur.lys', salma: 'a.lys', walid: 'وليد' };
    const v = new ChatView({
      cast: { ...cast, person: (id) => ({ name: latin[id] ?? id, color: '#333' }) },
      t,
      onHome: () => {},
      onHelp: () => {},
      onPause: () => {},
      onFlag: () => {},
    });
    v.open('squad');
    const status = v.element.querySelector('.conversation .status');
    expect([...(status?.querySelectorAll('bdi') ?? [])].map((b) => b.textContent)).toEqual([
      'douceur.lys',
      'a.lys',
      'وليد',
    ]);
    // Only the joining words sit outside the isolates.
    const outside = [...(status?.childNodes ?? [])].filter((n) => n.nodeType === 3).map((n) => n.textContent);
    expect(outside.join('|')).toBe(' و| و');
  });

  it('counts unread messages of the other chats on the back arrow, and opens a chat at an "N unread" divider', () => {
    const v = view();
    v.open('squad');
    v.append(message('m1', 'dm', 'سلام'), 'dm', '17:40', false);
    v.append(message('m2', 'dm', 'فينك؟'), 'dm', '17:41', false);
    const back = v.element.querySelector('.conversation .back');
    expect(back?.getAttribute('aria-label')).toBe('chat.backUnread:2');
    expect(back?.querySelector('.badge')?.textContent).toBe('2');
    v.open('dm');
    const sep = v.element.querySelector('.conversation .unread-sep');
    expect(sep?.getAttribute('role')).toBe('separator');
    expect(sep?.getAttribute('aria-label')).toBe('chat.unread:2');
    expect(sep?.nextElementSibling?.getAttribute('data-id')).toBe('m1');
    expect(back?.getAttribute('aria-label')).toBe('chat.back');
  });

  it('keeps the unread count when a system line arrives in that chat meanwhile', () => {
    const v = view();
    v.open('squad');
    v.append(message('m1', 'dm', 'سلام'), 'dm', '17:40', false);
    v.append(system('s1', 'أنس غيّر صورته'), 'dm', '17:41', false);
    expect(v.unread('dm')).toBe(1);
    v.open('dm');
    expect(v.element.querySelector('.conversation .unread-sep')?.nextElementSibling?.getAttribute('data-id')).toBe(
      'm1',
    );
  });
});
