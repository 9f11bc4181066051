import { connectEmbedBridge, type GameMessage, hostOrigin } from '../platform/index.ts';
import type { PlayReport } from '../protocol/index.ts';
import { type Core, choose } from './core.ts';
import { toHostMessage } from './host-messages.ts';
import { allowedHostOrigins } from './partner-setup.ts';

/** The partner page's commands (language, story, pause), when the game is framed by an allowed host. */
export function connectBridge(c: Core, pause: (paused: boolean) => void, switchLanguage: (code: string) => void) {
  const parentOrigin = hostOrigin();
  const declared = new URLSearchParams(location.search).get('origins');
  return connectEmbedBridge({
    parentOrigin,
    allowedOrigins: allowedHostOrigins(c.launch.partner, parentOrigin, declared),
    onCommand: (command) => {
      if (command.type === 'set-language') switchLanguage(command.lang);
      else if (command.type === 'start-scenario' && c.launch.registry.has(command.scenario))
        choose(c, { kind: 'story', id: command.scenario, mode: 'new' });
      else if (command.type === 'pause') pause(command.paused);
    },
  });
}

/**
 * Where play reports go: the host page and the class session (ids and counts only), endings found and the booster
 * offer's date (on the device), offline timing.
 */
export function reporter(c: Core, send: (message: GameMessage) => void) {
  return (event: PlayReport) => {
    const message = toHostMessage(event);
    if (message) send(message);
    c.launch.classSession?.report(event);
    if (event.kind === 'scenarioStarted') c.offline.storyShown();
    if (event.kind === 'scenarioEnded' && event.ending) {
      c.endings.add(event.scenario, event.ending);
      c.booster.storyFinished();
    }
  };
}
