import { describe, expect, it } from 'vitest';
import { connectEmbedBridge, type HostCommand } from '../../src/platform/index.ts';

/** A fake window whose parent records what it is sent. */
function fakeWindow() {
  const listeners: ((e: MessageEvent) => void)[] = [];
  const sent: { data: unknown; origin: string }[] = [];
  const parent = { postMessage: (data: unknown, origin: string) => sent.push({ data, origin }) };
  const win = {
    parent,
    addEventListener: (_: string, l: (e: MessageEvent) => void) => listeners.push(l),
    removeEventListener: () => {},
  } as unknown as Window;
  const receive = (data: unknown, origin: string, source: unknown = parent) => {
    for (const l of listeners) l({ data, origin, source } as MessageEvent);
  };
  return { win, sent, receive };
}

const cmd = (extra: Record<string, unknown>) => ({ protocol: 'before-you-reply', version: 1, ...extra });

describe('connectEmbedBridge', () => {
  it('sends to the host’s exact origin when it is allowed, and not at all otherwise', () => {
    const ok = fakeWindow();
    connectEmbedBridge({
      win: ok.win,
      parentOrigin: 'https://asso.example',
      allowedOrigins: ['https://asso.example'],
      onCommand: () => {},
    }).send({ type: 'leave' });
    expect(ok.sent).toEqual([
      { data: { protocol: 'before-you-reply', version: 1, type: 'leave' }, origin: 'https://asso.example' },
    ]);
    const no = fakeWindow();
    connectEmbedBridge({
      win: no.win,
      parentOrigin: 'https://other.example',
      allowedOrigins: ['https://asso.example'],
      onCommand: () => {},
    }).send({ type: 'leave' });
    expect(no.sent).toEqual([]);
  });

  it('accepts valid commands from the parent at an allowed origin only', () => {
    const f = fakeWindow();
    const got: HostCommand[] = [];
    connectEmbedBridge({
      win: f.win,
      parentOrigin: 'https://asso.example',
      allowedOrigins: ['https://asso.example'],
      onCommand: (c) => got.push(c),
    });
    f.receive(cmd({ type: 'pause', paused: true }), 'https://asso.example');
    f.receive(cmd({ type: 'pause', paused: true }), 'https://evil.example');
    f.receive(cmd({ type: 'pause', paused: true }), 'https://asso.example', {});
    f.receive(cmd({ type: 'pause', paused: 'yes' }), 'https://asso.example');
    f.receive(cmd({ type: 'set-language', lang: 'ar', extra: 1 }), 'https://asso.example');
    f.receive({ type: 'pause', paused: false }, 'https://asso.example');
    expect(got).toEqual([cmd({ type: 'pause', paused: true })]);
  });
});
