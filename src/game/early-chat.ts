import { renderChatLoading } from '../ui/index.ts';
import type { ChatExits, ChatHandOver, ChatRun, ChatStart, GameContext } from './ports.ts';

/**
 * A story the app plays before the game (Phaser) has loaded: on a slow phone link the player reads the first messages
 * while Phaser is still on its way, and the game's chat scene then takes the same chat over, without redrawing it.
 */
export interface EarlyChat {
  /** Plays a story (its content note first when it needs one). */
  play(start: ChatStart): void;
  /** The game has arrived: what it takes over, once. From then on nothing plays here. */
  handOver(): ChatHandOver | undefined;
  /** Pauses or resumes the chat playing here: false when none is. */
  setPaused(paused: boolean): boolean;
  /** Plays the chat again in the new language, at the same point: false when none is playing here. */
  restartInNewLanguage(): boolean;
}

/** The chat's code (chat-session.ts), in its own small chunk: loaded when the first story opens. */
export interface ChatModule {
  startChat(ctx: GameContext, start: ChatStart, exits: ChatExits): ChatRun;
}

export function createEarlyChat(o: {
  readonly ctx: GameContext;
  readonly load: () => Promise<ChatModule>;
  /** Home again (the app's HTML), with a notice's string key. */
  readonly home: (notice?: string) => void;
  /** The chat needs the game now (its debrief is a scene): load it at once. */
  readonly needGame: () => void;
}): EarlyChat {
  const state: { handedOver: boolean; loading?: ChatStart; run?: ChatRun; debrief?: string; tries: number } = {
    handedOver: false,
    tries: 0,
  };
  const loadingLine = () => o.ctx.ui.replaceChildren(renderChatLoading(o.ctx.t()('chat.loading')));
  const leave = () => {
    state.run?.stop();
    state.run = undefined;
    state.loading = undefined;
    state.tries++;
  };
  const exits: ChatExits = {
    home: (notice) => {
      leave();
      o.home(notice);
    },
    debrief: (id) => {
      leave();
      state.debrief = id;
      loadingLine();
      o.needGame();
    },
    restart: (start) => play(start),
  };
  function play(start: ChatStart): void {
    leave();
    state.debrief = undefined;
    state.loading = start;
    const attempt = state.tries;
    loadingLine();
    o.load()
      .then((chat) => {
        if (state.handedOver || attempt !== state.tries) return;
        state.loading = undefined;
        state.run = chat.startChat(o.ctx, start, exits);
      })
      .catch((e: unknown) => {
        console.error('The chat could not load.', e);
        if (!state.handedOver && attempt === state.tries) exits.home('story.needsConnection');
      });
  }
  return {
    play,
    handOver() {
      if (state.handedOver) return undefined;
      state.handedOver = true;
      if (state.run) return { kind: 'chat', run: state.run };
      if (state.loading) return { kind: 'story', start: state.loading };
      if (state.debrief) return { kind: 'debrief', id: state.debrief };
      return undefined;
    },
    setPaused(paused) {
      if (state.handedOver || !state.run) return false;
      state.run.setPaused(paused);
      return true;
    },
    restartInNewLanguage() {
      if (state.handedOver) return false;
      // A chat that has started has its save (and its note is read); one still loading starts as it was asked to.
      if (state.run) play({ id: state.run.start.id, mode: 'continue' });
      else if (state.loading) play(state.loading);
      else return false;
      return true;
    },
  };
}
