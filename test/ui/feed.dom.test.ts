import { describe, expect, it } from 'vitest';
import type { ChatId, MessageId, SpeakerId, TranscriptEntry } from '../../src/engine/index.ts';
import { type Cast, FeedView } from '../../src/ui/index.ts';

const t = (key: string, vars: Record<string, string | number> = {}) => `${key}${Object.values(vars).join(',')}`;

const cast: Cast = {
  lang: 'fr',
  dir: 'ltr',
  chats: [{ id: 'squad', kind: 'group', title: 'Squad', avatar: { name: 'Squad', color: '#123456' } }],
  person: (id) => ({ name: id === 'karim' ? 'Karim' : id, color: '#654321' }),
  voice: () => ({ name: 'Sara', role: 'sœur', color: '#222222' }),
  endingTitle: (id) => id,
  picture: () => ({ symbol: '🎮', from: '#000000', to: '#ffffff' }),
  technique: (id) => ({ name: `name:${id}`, short: `short:${id}`, explain: `explain:${id}`, ask: `ask:${id}` }),
  ordinary: { short: 'fine', explain: 'really fine' },
};

function message(id: number, from: string, text: string): TranscriptEntry {
  return {
    kind: 'message',
    id: `m${id}` as MessageId,
    chat: 'squad' as ChatId,
    from: from as SpeakerId,
    text,
    techniques: [],
    pace: {},
    promptFlag: false,
  };
}

const context = { cast, t, isGroup: true, time: '17:40', onHelp: () => {} };

describe('FeedView', () => {
  it("sets a system line's direction from the story's language, not from its first letter", () => {
    const system = (text: string): TranscriptEntry => ({
      kind: 'system',
      id: 's1' as MessageId,
      chat: 'squad' as ChatId,
      text,
      pace: {},
    });
    const ar = new FeedView('Messages', t);
    ar.append(system('Clipo · 214 ألف مشاهدة'), { ...context, cast: { ...cast, lang: 'ar', dir: 'rtl' } }, false);
    const line = ar.element.querySelector('.system-line');
    expect(line?.getAttribute('dir')).toBe('rtl');
    expect(line?.getAttribute('lang')).toBe('ar');
    const fr = new FeedView('Messages', t);
    fr.append(system('Clipo · 214 k vues'), context, false);
    expect(fr.element.querySelector('.system-line')?.getAttribute('dir')).toBe('ltr');
  });

  it('shows a story picture named by its line, its card until the drawing loads, and only the card if it fails', () => {
    const drawn = {
      ...cast,
      picture: () => ({ src: './assets/pictures/cat-0123456789.svg', symbol: '🎮', from: '#000', to: '#fff' }),
    };
    const feed = new FeedView('Messages', t);
    const entry = { ...message(1, 'karim', 'Un chat endormi sur un cahier'), image: 'cat-homework' } as TranscriptEntry;
    feed.append(entry, { ...context, cast: drawn }, false);
    const picture = feed.element.querySelector<HTMLElement>('.picture');
    expect(picture?.getAttribute('role')).toBe('img');
    expect(picture?.getAttribute('aria-label')).toBe('Un chat endormi sur un cahier');
    // One name: the drawing and the emoji are silent, the visible caption is not read a second time.
    const img = picture?.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('');
    expect(img?.getAttribute('src')).toBe('./assets/pictures/cat-0123456789.svg');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(picture?.querySelector('.picture-symbol')?.getAttribute('aria-hidden')).toBe('true');
    expect(feed.element.querySelector('.caption')?.getAttribute('aria-hidden')).toBe('true');
    expect(feed.element.querySelector('.caption')?.textContent).toBe('Un chat endormi sur un cahier');
    img?.dispatchEvent(new Event('load'));
    expect(picture?.classList.contains('drawn')).toBe(true);
    img?.dispatchEvent(new Event('error'));
    expect(picture?.querySelector('img')).toBeNull();
    expect(picture?.querySelector('.picture-symbol')?.textContent).toBe('🎮');
  });

  it('is a polite log region named after the chat', () => {
    const feed = new FeedView('Messages: Squad', t);
    const log = feed.element.querySelector('[role="log"]');
    expect(log?.getAttribute('aria-live')).toBe('polite');
    expect(log?.getAttribute('aria-label')).toBe('Messages: Squad');
  });

  it('shows markup in a story line as text, with no element made from it', () => {
    const feed = new FeedView('Messages', t);
    document.body.append(feed.element);
    feed.append(
      message(1, 'karim', '<img src=x onerror="window.hacked=true"><script>window.hacked=true</script>'),
      context,
      false,
    );
    const bubble = feed.element.querySelector('.bubble');
    expect(bubble?.querySelector('img, script')).toBeNull();
    expect(bubble?.textContent).toContain('<img src=x onerror="window.hacked=true">');
    feed.element.remove();
  });

  it('names the sender once per run of messages in a group, and for screen readers on every bubble', () => {
    const feed = new FeedView('Messages', t);
    feed.append(message(1, 'karim', 'salut'), context, false);
    feed.append(message(2, 'karim', 'ça va ?'), context, false);
    const bubbles = feed.element.querySelectorAll('.bubble');
    expect(bubbles[0]?.querySelector('.sender')?.textContent).toBe('Karim');
    expect(bubbles[1]?.classList.contains('cont')).toBe(true);
    expect(bubbles[1]?.querySelector('.visually-hidden')?.textContent).toBe('Karim: ');
  });

  it("marks the player's messages read once the other side answers", () => {
    const feed = new FeedView('Messages', t);
    feed.append(message(1, 'me', 'hello'), context, false);
    expect(feed.element.querySelector('.receipt')?.getAttribute('data-state')).toBe('sent');
    feed.append(message(2, 'karim', 'yo'), context, false);
    expect(feed.element.querySelector('.receipt')?.getAttribute('data-state')).toBe('read');
    expect(feed.element.querySelector('.receipt-text')?.textContent).toBe('chat.read');
  });

  it('lets the player flag an incoming message, and shows the technique and what it does', () => {
    const flagged: string[] = [];
    const feed = new FeedView('Messages', t);
    const flattery: TranscriptEntry = {
      ...(message(1, 'karim', 't es le meilleur') as Extract<TranscriptEntry, { kind: 'message' }>),
      techniques: ['flattery' as never],
    };
    feed.append(flattery, { ...context, onFlag: (id) => flagged.push(id) }, false);
    feed.append(message(2, 'me', 'merci'), { ...context, onFlag: (id) => flagged.push(id) }, false);
    const buttons = feed.element.querySelectorAll<HTMLButtonElement>('.flag-btn');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.getAttribute('aria-label')).toBe('flag.markKarim');
    buttons[0]?.click();
    expect(flagged).toEqual(['m1']);
    feed.showFlag('m1', { kind: 'spotted', techniques: ['flattery' as never] }, cast);
    expect(buttons[0]?.getAttribute('aria-pressed')).toBe('true');
    const feedback = feed.element.querySelector('.flag-feedback');
    // Said by the log it is added to, not by a live region of its own as well (said twice).
    expect(feedback?.closest('[role="log"]')).not.toBeNull();
    expect(feedback?.getAttribute('role')).toBeNull();
    expect(feedback?.getAttribute('aria-live')).toBeNull();
    expect(feedback?.textContent).toContain('short:flattery');
  });

  it('explains kindly why an ordinary message is fine', () => {
    const feed = new FeedView('Messages', t);
    feed.append(message(1, 'karim', 'bon appétit'), { ...context, onFlag: () => {} }, false);
    feed.showFlag('m1', { kind: 'ordinary' }, cast);
    expect(feed.element.querySelector('.flag-feedback.ordinary')?.textContent).toContain('fine');
  });

  it('moves between messages with the arrow keys, keeping the feed one tab stop', () => {
    const feed = new FeedView('Messages', t);
    document.body.append(feed.element);
    for (let i = 1; i <= 3; i++) feed.append(message(i, 'karim', `m${i}`), { ...context, onFlag: () => {} }, false);
    const log = feed.element.querySelector<HTMLElement>('[role="log"]');
    const buttons = [...feed.element.querySelectorAll<HTMLButtonElement>('.flag-btn')];
    expect(buttons.every((b) => b.tabIndex === -1)).toBe(true);
    log?.focus();
    log?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(document.activeElement).toBe(buttons[2]);
    buttons[2]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(document.activeElement).toBe(buttons[0]);
    feed.element.remove();
  });

  it('keeps a thousand messages and counts them', () => {
    const feed = new FeedView('Messages', t);
    for (let i = 1; i <= 1000; i++) feed.append(message(i, i % 2 ? 'karim' : 'me', `message ${i}`), context, false);
    expect(feed.size).toBe(1000);
    expect(feed.element.querySelectorAll('.bubble')).toHaveLength(1000);
  });
});
