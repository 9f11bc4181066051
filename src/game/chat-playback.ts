import type { SoundPlayer } from '../audio/index.ts';
import {
  assertNever,
  type ChatEvent,
  type MessageId,
  type OpeningBatch,
  type Pacing,
  paceBatch,
  type ScenarioRunner,
  sameEvents,
  type TranscriptEntry,
} from '../engine/index.ts';
import type { Cast, ChatView, Translate } from '../ui/index.ts';
import type { Clock } from './clock.ts';
import { CLOCK_START, formatClock, gapLabelKey, tickClock, timeGap } from './fictional-clock.ts';
import type { PlayReport } from './ports.ts';

/** What the playback needs from the scene, besides the story. */
export interface PlaybackParts {
  readonly view: ChatView;
  readonly cast: Cast;
  readonly t: Translate;
  readonly sounds: SoundPlayer;
  readonly clock: Clock;
  readonly pacing: () => Pacing;
  /** Called after every choice and at the end: the scene saves. */
  readonly onProgress: () => void;
  readonly onFinished: () => void;
  readonly onHome: () => void;
  /** A banner was shown: the scene hides it later on its own clock. */
  readonly onBanner: () => void;
  /**
   * A red flag caught right, for the field guide: returns what to say about it (the new cards), nothing when the
   * guide already had them.
   */
  readonly onSpotted?: (entry: { readonly text: string }, techniques: readonly string[]) => readonly string[];
  /** A choice made or a red flag spotted, for a class session (ids only). */
  readonly onReport?: (report: PlayReport) => void;
}

/** A story opened (new or restored): the playback plays its runner. */
export interface PlaybackOptions extends PlaybackParts {
  readonly runner: ScenarioRunner;
}

/**
 * A new story whose script is still on its way: the playback starts with its opening as the build played it
 * (src/engine/opening.ts, up to the first choice), and `attach` later gives the runner.
 */
export interface OpeningOptions extends PlaybackParts {
  readonly opening: OpeningBatch;
}

/**
 * Plays a scenario's events into the chat screen at the chosen pacing: typing dots before incoming messages, a beat
 * after the player's, notifications for other chats, reply options, and the end. The engine decides what happens;
 * this decides when.
 */
export class ChatPlayback {
  readonly #o: PlaybackParts;
  /** Undefined while a new story's opening plays before its runner is there (`OpeningOptions`). */
  #runner: ScenarioRunner | undefined;
  /** That opening's events (to the first choice, which waits for the runner), and red flags tapped meanwhile. */
  #early: { readonly events: readonly ChatEvent[]; readonly flags: MessageId[] } | undefined;
  #queue: ChatEvent[] = [];
  /** The wait before each queued event (the batch's pacing, `paceBatch`). */
  #waits: number[] = [];
  #chat: string;
  #cancel: (() => void) | undefined;
  /** Ends the current wait now (a tap or Space on the feed). */
  #hurry: (() => void) | undefined;
  #stopped = false;
  /** The story clock at the last entry shown (entries are shown in transcript order). */
  #minutes = CLOCK_START;
  /** No entry is stamped yet: the story's first time (its opening line) is where it starts, not a jump. */
  #first = true;

  constructor(o: PlaybackOptions | OpeningOptions) {
    this.#o = o;
    if ('runner' in o) {
      this.#runner = o.runner;
      this.#chat = o.runner.chat;
    } else {
      this.#early = { events: o.opening.events, flags: [] };
      this.#chat = o.opening.firstChat;
    }
  }

  /** Shows what a restored game already had, at once, then plays on (a new story's opening: up to its choice). */
  start(): void {
    const { view } = this.#o;
    view.setClock(formatClock(this.#minutes, this.#o.cast.lang));
    const runner = this.#runner;
    if (!runner) {
      const events = this.#early?.events ?? [];
      view.open(this.#chat);
      // Paced as the whole batch will be once the runner is there; the choice at its end waits for it.
      this.#play(events.slice(0, -1), paceBatch(events, this.#o.pacing()));
      return;
    }
    for (const entry of runner.transcript) {
      if (entry.kind === 'message' || entry.kind === 'system') this.#chat = entry.chat;
      view.append(entry, this.#chat, this.#stamp(entry), false);
    }
    for (const id of runner.flags) {
      const entry = runner.transcript.find((e) => e.id === id);
      const outcome = runner.flag(id);
      if (entry?.kind === 'message' && outcome.ok) view.showFlag(entry.chat, id, outcome.value);
    }
    view.open(this.#chat);
    this.#play(runner.next());
  }

  /**
   * The runner of a story that started with its opening: it plays its first batch, and when that is the opening shown,
   * what follows it (the first choice) comes next, and the red flags tapped meanwhile are answered. False when it is
   * not (a script that changed since the build): the caller starts the chat again from the runner.
   */
  attach(runner: ScenarioRunner): boolean {
    const early = this.#early;
    if (!early || this.#runner) return false;
    this.#early = undefined;
    const played = runner.next();
    if (!sameEvents(played, early.events)) return false;
    this.#runner = runner;
    const shown = early.events.length - 1;
    this.#queue.push(...played.slice(shown));
    this.#waits.push(...paceBatch(played, this.#o.pacing()).slice(shown));
    for (const id of early.flags) this.flag(id);
    // Not waiting on the clock: the opening has all been shown, so the choice shows now.
    if (!this.#cancel) this.#drain();
    return true;
  }

  stop(): void {
    this.#stopped = true;
    this.#cancel?.();
  }

  /** Skips the current wait (typing dots, a pause): the next event shows now. */
  skip(): void {
    this.#hurry?.();
  }

  #play(events: readonly ChatEvent[], waits = paceBatch(events, this.#o.pacing())): void {
    this.#queue = [...events];
    this.#waits = waits.slice(0, events.length);
    this.#drain();
  }

  #drain(): void {
    while (!this.#stopped) {
      const event = this.#queue.shift();
      const wait = this.#waits.shift() ?? 0;
      if (!event) return;
      if (wait <= 0) {
        this.#show(event, false);
        continue;
      }
      const typing = event.kind === 'message' && event.from !== 'me';
      if (typing) {
        this.#o.view.typing(event.chat, this.#o.cast.person(event.from).name);
        if (event.chat === this.#o.view.openChat) this.#o.sounds.play('typing');
      }
      const run = () => {
        this.#cancel = undefined;
        this.#hurry = undefined;
        if (typing) this.#o.view.typing(event.chat, undefined);
        this.#show(event, true);
        this.#drain();
      };
      this.#cancel = this.#o.clock(wait, run);
      this.#hurry = () => {
        this.#cancel?.();
        run();
      };
      return;
    }
  }

  #show(event: ChatEvent, animate: boolean): void {
    const o = this.#o;
    switch (event.kind) {
      case 'message':
      case 'system':
      case 'counter':
      case 'help':
      case 'ending':
        this.#append(event, animate);
        break;
      case 'stage':
        break;
      case 'choices':
        o.view.offer(this.#chat, event.options, (index) => this.#choose(index), event.point);
        break;
      case 'end':
        o.onProgress();
        o.sounds.play('ending');
        o.view.action(o.t('chat.toDebrief'), o.onFinished);
        break;
      case 'error':
        console.error(
          `Story error in ${this.#runner?.options.scenario}/${this.#runner?.options.lang}: ${event.message}`,
        );
        o.view.action(o.t('chat.home'), o.onHome, o.t('chat.storyError'));
        break;
      default:
        assertNever(event);
    }
  }

  #append(entry: TranscriptEntry, animate: boolean): void {
    const o = this.#o;
    if (entry.kind === 'message' || entry.kind === 'system') this.#chat = entry.chat;
    if (!o.view.openChat) o.view.open(this.#chat);
    const elsewhere = o.view.append(entry, this.#chat, this.#stamp(entry), animate);
    if (entry.kind !== 'message') return;
    if (entry.from === 'me') o.sounds.play('messageOut');
    // On the lock screen a message is a notification there (no banner).
    else if (o.view.locked) o.sounds.play('notification');
    else if (!elsewhere) o.sounds.play('messageIn');
    else {
      o.sounds.play('notification');
      const chat = o.cast.chats.find((c) => c.id === entry.chat);
      o.view.banner.show(o.cast.person(entry.from), chat?.title ?? entry.chat, entry.text, () =>
        o.view.open(entry.chat),
      );
      o.onBanner();
    }
  }

  /** Moves the story clock to this entry and returns its time; a long jump first puts a divider in the chat. */
  #stamp(entry: TranscriptEntry): string {
    const before = this.#minutes;
    this.#minutes = tickClock(before, entry);
    const gap = this.#first ? undefined : timeGap(before, this.#minutes);
    this.#first = false;
    if (gap) this.#o.view.timeDivider(this.#chat, this.#o.t(gapLabelKey(gap)));
    return formatClock(this.#minutes, this.#o.cast.lang);
  }

  /** Marks a message as a red flag, shows the answer and saves. */
  flag(id: string): void {
    const o = this.#o;
    const runner = this.#runner;
    if (!runner) {
      // The opening's message: answered once the runner is there (it knows the message's techniques).
      if (this.#early?.events.some((e) => e.kind === 'message' && e.id === id)) this.#early.flags.push(id as MessageId);
      return;
    }
    const entry = runner.transcript.find((e) => e.id === id);
    if (entry?.kind !== 'message') return;
    const already = runner.flags.includes(entry.id);
    const outcome = runner.flag(entry.id);
    if (!outcome.ok || already) return;
    o.view.showFlag(entry.chat, id, outcome.value);
    // An ordinary message flagged is the player's business: nothing is reported.
    if (outcome.value.kind === 'spotted') {
      for (const technique of outcome.value.techniques) o.onReport?.({ kind: 'flag', technique, spotted: true });
      const lines = o.onSpotted?.(entry, outcome.value.techniques) ?? [];
      if (lines.length) o.view.reward(entry.chat, entry.id, lines);
    }
    o.sounds.play('redFlag');
    o.onProgress();
  }

  #choose(index: number): void {
    const runner = this.#runner;
    if (!runner) return;
    const chosen = runner.choose(index);
    if (!chosen.ok) return;
    const record = runner.choices.at(-1);
    if (record) this.#o.onReport?.({ kind: 'choice', point: record.point, option: record.index });
    this.#o.onProgress();
    this.#play(runner.next());
  }
}
