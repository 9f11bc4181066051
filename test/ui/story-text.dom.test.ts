import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../src/engine/index.ts';
import { type Cast, ChatView } from '../../src/ui/index.ts';
import { makeRunner, playThrough } from '../helpers/ink.ts';

const cast: Cast = {
  lang: 'en',
  dir: 'ltr',
  chats: [{ id: 'squad', kind: 'group', title: 'Squad', avatar: { name: 'Squad', color: '#3a5bd9' } }],
  person: (id) => ({ name: id, color: '#2f7d6d' }),
  voice: () => ({ name: 'Imane', role: 'sister', color: '#8a4fbf' }),
  endingTitle: (id) => id,
  picture: () => ({ symbol: '🎮', from: '#3a5bd9', to: '#2f7d6d' }),
  technique: () => ({ name: 'x', short: 'x', explain: 'x', ask: 'x' }),
  ordinary: { short: 'x', explain: 'x' },
};

// Ink needs { and } escaped; these lines are what an author (or an attacker editing a script) could write.
const STORY = String.raw`
#chat: squad
<img src=x onerror="window.pwned=1"> \{hi\} #from: karim
<script>window.pwned=2</script> #from: karim
* <b>bold reply</b> <a href="javascript:window.pwned=3">click</a>
  <iframe src="javascript:window.pwned=4"></iframe> #counter: imane
  <svg onload="window.pwned=5"></svg> #ending: good
  -> END
`;

describe('story text in the chat screen', () => {
  it('shows markup from ink lines as text, with no element made from it', () => {
    const runner = makeRunner(STORY);
    const events = playThrough(runner, [0]);
    const view = new ChatView({
      cast,
      t: (k) => k,
      onHome: () => {},
      onHelp: () => {},
      onPause: () => {},
      onFlag: () => {},
    });
    document.body.append(view.element);
    for (const e of events) if ('id' in e) view.append(e as TranscriptEntry, 'squad', '17:40', false);
    view.open('squad');
    const root = view.element;
    // The status bar's drawn icons (signal, Wi-Fi, battery) are the screen's own; nothing else is an element.
    const made = [...root.querySelectorAll('img, script, iframe, svg, b, a[href^="javascript"]')];
    expect(made.filter((el) => !el.closest('.status-bar'))).toHaveLength(0);
    expect(root.textContent).toContain('<img src=x onerror="window.pwned=1"> {hi}');
    expect(root.textContent).toContain('<script>window.pwned=2</script>');
    expect(root.textContent).toContain('<b>bold reply</b>');
    expect(root.textContent).toContain('<iframe src="javascript:window.pwned=4"></iframe>');
    view.element.remove();
  });
});
