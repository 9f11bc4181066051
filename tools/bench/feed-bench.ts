// Runs in the browser (served by Vite from tools/bench/feed.html): measures the HTML feed the game uses.
import '../../src/ui/tokens.css';
import '../../src/ui/base.css';
import '../../src/ui/chat.css';
import type { ChatId, MessageId, SpeakerId, TranscriptEntry } from '../../src/engine/index.ts';
import { type Cast, FeedView, h } from '../../src/ui/index.ts';

const t = (key: string) => key;
const cast: Cast = {
  lang: 'fr',
  dir: 'ltr',
  chats: [{ id: 'squad', kind: 'group', title: 'Squad', avatar: { name: 'Squad', color: '#3a5bd9' } }],
  person: (id) => ({ name: id, color: '#2f7d6d' }),
  voice: () => ({ name: 'Sara', role: 'sœur', color: '#8a4fbf' }),
  endingTitle: (id) => id,
  picture: () => ({ symbol: '🎮', from: '#3a5bd9', to: '#2f7d6d' }),
  technique: () => ({ name: 'x', short: 'x', explain: 'x', ask: 'x' }),
  ordinary: { short: 'x', explain: 'x' },
};
const LINES = [
  'wsh ça dit quoi',
  "t'as vu le match hier ?? c'était fou 🔥",
  'ok',
  'grave, on se fait une partie ce soir après les devoirs ?',
  'mdr',
];

function message(i: number): TranscriptEntry {
  return {
    kind: 'message',
    id: `m${i}` as MessageId,
    chat: 'squad' as ChatId,
    from: (i % 3 === 0 ? 'me' : i % 3 === 1 ? 'karim' : 'salma') as SpeakerId,
    text: LINES[i % LINES.length] ?? '',
    techniques: [],
    pace: {},
    promptFlag: false,
  };
}

function mount(count: number): FeedView {
  const feed = new FeedView('Messages', t);
  const screen = h('main', { className: 'screen' }, h('div', { className: 'conversation' }, feed.element));
  document.getElementById('ui')?.replaceChildren(screen);
  const context = { cast, t, isGroup: true, time: '17:40', onHelp: () => {}, onFlag: () => {} };
  for (let i = 1; i <= count; i++) feed.append(message(i), context, false);
  void document.body.offsetHeight;
  return feed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Median ms to append one message and lay it out, with `count` messages already in the feed. Timers are coarse in
 * browsers (about 0.1 ms), so each sample times a round of 20 appends, each followed by a forced layout.
 */
function appendTime(count: number, rounds = 15, perRound = 20): number {
  const feed = mount(count);
  const context = { cast, t, isGroup: true, time: '17:41', onHelp: () => {}, onFlag: () => {} };
  const samples: number[] = [];
  let next = count + 1;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) {
      feed.append(message(next++), context, true);
      void document.body.offsetHeight;
    }
    samples.push((performance.now() - start) / perRound);
  }
  return median(samples);
}

/** Frame times (ms) over `ms` while the typing dots animate at the end of a 1,000-message feed. */
function frameTimes(ms: number): Promise<{ median: number; p95: number }> {
  const feed = mount(1000);
  feed.showTyping('Karim');
  return new Promise((resolve) => {
    const deltas: number[] = [];
    let last = performance.now();
    const end = last + ms;
    const tick = (now: number) => {
      deltas.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else {
        const sorted = [...deltas].sort((a, b) => a - b);
        resolve({ median: median(deltas), p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0 });
      }
    };
    requestAnimationFrame(tick);
  });
}

async function run() {
  const append10 = appendTime(10);
  const append1000 = appendTime(1000);
  mount(1000);
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  const heapMb = memory ? memory.usedJSHeapSize / 1048576 : Number.NaN;
  const frames = await frameTimes(2000);
  return { append10, append1000, ratio: append1000 / append10, heapMb, frames };
}

(window as unknown as { runFeedBench: typeof run }).runFeedBench = run;
