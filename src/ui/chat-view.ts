import './chat.css';
import type { ChoiceOption, FlagOutcome, Membership, TranscriptEntry } from '../engine/index.ts';
import { avatar } from './avatar.ts';
import { BackButton } from './back-button.ts';
import { Banner } from './banner.ts';
import type { Cast, ChatInfo } from './cast.ts';
import { ChatListView } from './chat-list-view.ts';
import { Composer } from './composer.ts';
import { conjunctionList, h } from './dom.ts';
import { SKIP_HINT_ID } from './feed-marks.ts';
import { FeedView } from './feed-view.ts';
import { LockScreen } from './lock-screen.ts';
import { statusBar } from './status-bar.ts';
import type { Translate } from './strings.ts';

/** What the chat screen reports back to its scene. */
export interface ChatViewOptions {
  readonly cast: Cast;
  readonly t: Translate;
  readonly onHome: () => void;
  readonly onHelp: (topic: string) => void;
  readonly onPause: (paused: boolean) => void;
  /** The player marked an incoming message as a red flag. */
  readonly onFlag: (id: string) => void;
  /** This game posts to a live class session: a small badge says so. */
  readonly inClassSession?: boolean;
  /** Opens the player's field guide (the 🃏 button in both headers, and under a new card). */
  readonly onFieldGuide?: (opener: HTMLElement | null) => void;
  /** The player tapped the conversation (or pressed Space/Enter on it) to skip the current wait. */
  readonly onSkip?: () => void;
}

/**
 * The messaging screen: chat list, one conversation at a time (side by side on wide screens), header with status,
 * reply suggestions and notification banners. It shows what it is told; the scene decides when.
 */
export class ChatView {
  readonly element: HTMLElement;
  readonly banner: Banner;
  readonly #o: ChatViewOptions;
  readonly #list: ChatListView;
  readonly #feeds = new Map<string, FeedView>();
  readonly #composer: Composer;
  readonly #layout: HTMLElement;
  readonly #conversation: HTMLElement;
  readonly #header: HTMLElement;
  readonly #status: HTMLElement;
  readonly #pausedNote: HTMLElement;
  readonly #pauseButton: HTMLButtonElement;
  readonly #back: BackButton;
  #open: string | undefined;
  #paused = false;
  #typingIn: string | undefined;
  readonly #announcer = h('p', { className: 'visually-hidden', role: 'status' });
  readonly #announcedTyping = new Set<string>();
  /** Group members as the story has changed them (who left, who joined), by chat. */
  readonly #rosters = new Map<string, readonly string[]>();
  #pending: { chat: string; options: readonly ChoiceOption[]; onChoose: (index: number) => void } | undefined;
  /** The phone's status bar: the story clock, as on the lock screen. */
  readonly #statusBar = statusBar();
  /** The lock screen a new story starts on, until the player opens a notification. */
  #lock: LockScreen | undefined;

  constructor(o: ChatViewOptions) {
    this.#o = o;
    const t = o.t;
    this.#list = new ChatListView(o.cast.chats, t, (id) => this.open(id));
    this.#composer = new Composer(t);
    this.banner = new Banner(t);
    this.#status = h('span', { className: 'status' });
    this.#header = h('h2', { dir: 'auto' });
    this.#pausedNote = h('p', { className: 'paused-note', hidden: true }, t('chat.paused'));
    this.#pauseButton = h(
      'button',
      { type: 'button', className: 'icon-btn', 'aria-pressed': 'false', onclick: () => this.#togglePause() },
      '⏸',
    );
    this.#pauseButton.setAttribute('aria-label', t('chat.pause'));
    this.#back = new BackButton(t, o.cast.dir, () => this.showList());
    this.#conversation = h(
      'section',
      { className: 'conversation', 'aria-labelledby': 'conversation-title' },
      h(
        'div',
        { className: 'topbar' },
        this.#back.element,
        h('span', { className: 'conv-avatar' }),
        h('div', { style: 'flex:1;min-width:0' }, this.#header, this.#status),
        this.#guideButton(),
        this.#pauseButton,
      ),
      this.#pausedNote,
      h('div', { className: 'feed-slot', style: 'display:contents' }),
      this.#composer.element,
    );
    this.#header.id = 'conversation-title';
    this.#header.tabIndex = -1;
    const listPane = h(
      'section',
      { className: 'chat-list-pane', 'aria-label': t('chat.list') },
      h(
        'div',
        { className: 'topbar' },
        h('button', { type: 'button', className: 'icon-btn', 'aria-label': t('chat.home'), onclick: o.onHome }, '⌂'),
        h('h2', {}, t('chat.list')),
        o.inClassSession ? h('span', { className: 'class-badge' }, t('chat.classSession')) : false,
        this.#guideButton(),
      ),
      this.#list.element,
    );
    this.#layout = h('div', { className: 'chat-layout', 'data-view': 'list' }, listPane, this.#conversation);
    this.element = h(
      'main',
      { className: 'screen wide chat-screen', lang: o.cast.lang, dir: o.cast.dir },
      this.banner.element,
      this.#announcer,
      h('p', { className: 'visually-hidden', id: SKIP_HINT_ID }, t('chat.skipHint')),
      this.#statusBar.element,
      this.#layout,
    );
    this.#placeBanner();
  }

  /**
   * Heads-up banners slide in just below the conversation's top bar, not over it: over it they would hide Back,
   * Pause and the field guide (WCAG 2.5.8, a target must not be covered).
   */
  #placeBanner(): void {
    const topbar = this.#conversation.querySelector<HTMLElement>('.topbar');
    if (!topbar || typeof ResizeObserver !== 'function') return;
    const place = () =>
      this.element.style.setProperty(
        '--banner-top',
        `${topbar.getBoundingClientRect().bottom - this.element.getBoundingClientRect().top}px`,
      );
    new ResizeObserver(place).observe(topbar);
  }

  #guideButton(): HTMLButtonElement | false {
    const open = this.#o.onFieldGuide;
    if (!open) return false;
    return h(
      'button',
      {
        type: 'button',
        className: 'icon-btn guide-btn',
        'aria-label': this.#o.t('guide.open'),
        onclick: (e) => open(e.currentTarget as HTMLElement),
      },
      '🃏',
    );
  }

  /**
   * Shows the phone's lock screen in place of the chat app: incoming messages arrive on it as notifications until the
   * player opens one, which opens the chat app at that chat.
   */
  lock(date: string): void {
    const lock = new LockScreen({
      t: this.#o.t,
      time: this.#statusBar.time(),
      date,
      onOpen: (chat) => this.#unlock(chat),
    });
    this.#lock = lock;
    this.#layout.hidden = true;
    this.#layout.before(lock.element);
    this.element.classList.add('locked');
    lock.focus();
  }

  get locked(): boolean {
    return this.#lock !== undefined;
  }

  #unlock(chat: string): void {
    this.#lock?.element.remove();
    this.#lock = undefined;
    this.element.classList.remove('locked');
    this.#layout.hidden = false;
    this.open(chat);
    this.#header.focus();
  }

  /** Sets the story clock in the status bar (and on the lock screen). */
  setClock(time: string): void {
    this.#statusBar.setTime(time);
    this.#lock?.setTime(time);
  }

  get openChat(): string | undefined {
    return this.#open;
  }

  get paused(): boolean {
    return this.#paused;
  }

  #chat(id: string): ChatInfo {
    return (
      this.#o.cast.chats.find((c) => c.id === id) ?? { id, kind: 'dm', title: id, avatar: { name: id, color: '#667' } }
    );
  }

  #feed(id: string): FeedView {
    let feed = this.#feeds.get(id);
    if (!feed) {
      feed = new FeedView(`${this.#o.t('chat.log')}: ${this.#chat(id).title}`, this.#o.t, () => {
        if (!this.#paused) this.#o.onSkip?.();
      });
      this.#feeds.set(id, feed);
    }
    return feed;
  }

  /** Opens a conversation (on phones it replaces the list). */
  open(id: string): void {
    const chat = this.#chat(id);
    const unread = this.#list.unread(id);
    this.#open = id;
    this.#list.setCurrent(id);
    this.#list.markRead(id);
    this.#header.textContent = chat.title;
    this.#conversation.querySelector('.conv-avatar')?.replaceChildren(avatar(chat.avatar));
    this.#conversation.querySelector('.feed-slot')?.replaceChildren(this.#feed(id).element);
    this.#layout.dataset.view = 'conversation';
    this.#renderStatus();
    this.#feed(id).openAt(unread);
    if (unread > 0) this.#announcer.textContent = this.#o.t('chat.unread', { count: unread });
    this.banner.hide();
    // With unread messages the chat opens at the first of them: waiting options do not scroll it to the end.
    this.#renderComposer(unread === 0);
    this.#renderBack();
  }

  /** A divider in a chat where the story skips hours or days. */
  timeDivider(chat: string, label: string): void {
    this.#feed(chat).timeDivider(label);
  }

  /** The back arrow shows how many unread messages wait in the other chats. */
  #renderBack(): void {
    this.#back.render(this.#list.totalUnread(this.#open));
  }

  showList(): void {
    this.#layout.dataset.view = 'list';
    this.#list.element.querySelector<HTMLButtonElement>(`button[data-chat="${this.#open ?? ''}"]`)?.focus();
  }

  /** Shows or hides "typing…" for a sender in a chat. */
  typing(chat: string, name: string | undefined): void {
    for (const feed of this.#feeds.values()) feed.hideTyping();
    this.#typingIn = name ? chat : undefined;
    if (name) this.#feed(chat).showTyping(name);
    // Screen readers hear "… is typing" once per conversation, not before every message.
    if (name && chat === this.#open && !this.#lock && !this.#announcedTyping.has(chat)) {
      this.#announcedTyping.add(chat);
      this.#announcer.textContent = this.#o.t('chat.typingNamed', { name });
    }
    this.#renderStatus();
  }

  /** Adds an entry to a chat; returns whether it arrived in a chat the player is not looking at. */
  append(entry: TranscriptEntry, chat: string, time: string, animate: boolean): boolean {
    const info = this.#chat(chat);
    if (entry.kind === 'system' && entry.membership) this.#changeRoster(info, entry.membership);
    this.#feed(chat).append(
      entry,
      {
        cast: this.#o.cast,
        t: this.#o.t,
        isGroup: info.kind === 'group',
        time,
        onHelp: this.#o.onHelp,
        onFlag: this.#o.onFlag,
      },
      animate,
    );
    this.setClock(time);
    const elsewhere = this.#open !== chat || this.#layout.dataset.view === 'list';
    const incoming = entry.kind === 'message' && entry.from !== 'me';
    if (this.#lock && entry.kind === 'message' && incoming) {
      const from = this.#o.cast.person(entry.from);
      this.#lock.notify({ chat, chatTitle: info.title, from, text: entry.text, time });
    }
    this.#list.update(chat, 'text' in entry ? entry.text : '', elsewhere && incoming);
    if (entry.kind === 'message' && entry.from === 'me') this.#list.markRead(chat);
    this.#renderBack();
    return elsewhere && incoming;
  }

  /** Offers reply options in a chat; if the player is elsewhere, points them there. */
  offer(chat: string, options: readonly ChoiceOption[], onChoose: (index: number) => void, _point?: string): void {
    this.#pending = {
      chat,
      options,
      onChoose: (index) => {
        this.#pending = undefined;
        onChoose(index);
      },
    };
    this.#renderComposer();
  }

  /** Reply options show in their own chat; elsewhere, the reply area points there. */
  #renderComposer(reveal = true): void {
    const pending = this.#pending;
    if (!pending) return;
    if (this.#open === pending.chat) {
      this.#composer.offer(pending.options, pending.onChoose);
      // The question being answered stays whole in view above the options: the options give up room if it is tall.
      if (reveal) this.#feed(pending.chat).revealLatest((px) => this.#composer.shrinkBy(px));
    } else this.#composer.elsewhere(this.#chat(pending.chat).title, () => this.open(pending.chat));
  }

  /** Replaces the reply area with one action (see what happened, go home). */
  action(label: string, onClick: () => void, note?: string): void {
    this.#composer.action(label, onClick, note);
    if (this.#open) this.#feed(this.#open).revealLatest();
  }

  clearChoices(): void {
    this.#pending = undefined;
    this.#composer.clear();
  }

  /** A red flag caught right added cards to the field guide: the effect at the message; the log announces it. */
  reward(chat: string, id: string, lines: readonly string[]): void {
    const open = this.#o.onFieldGuide;
    this.#feed(chat).reward(
      id,
      lines,
      open ? { label: this.#o.t('guide.open'), onOpen: () => open(document.activeElement as HTMLElement) } : undefined,
    );
  }

  /** Shows the answer to a red flag under the message, in whichever chat it is. */
  showFlag(chat: string, id: string, outcome: FlagOutcome): void {
    this.#feed(chat).showFlag(id, outcome, this.#o.cast);
  }

  unread(chat: string): number {
    return this.#list.unread(chat);
  }

  feedSize(chat: string): number {
    return this.#feeds.get(chat)?.size ?? 0;
  }

  /** Pauses or resumes, as the ⏸ button does. */
  setPaused(paused: boolean): void {
    if (paused !== this.#paused) this.#togglePause();
  }

  #togglePause(): void {
    this.#paused = !this.#paused;
    this.#pauseButton.setAttribute('aria-pressed', String(this.#paused));
    this.#pauseButton.setAttribute('aria-label', this.#o.t(this.#paused ? 'chat.resume' : 'chat.pause'));
    this.#pauseButton.textContent = this.#paused ? '▶' : '⏸';
    this.#pausedNote.hidden = !this.#paused;
    this.#o.onPause(this.#paused);
  }

  #changeRoster(chat: ChatInfo, change: Membership): void {
    const now = (this.#rosters.get(chat.id) ?? chat.roster ?? []).filter((id) => id !== change.who);
    this.#rosters.set(chat.id, change.kind === 'joined' ? [...now, change.who] : now);
    this.#renderStatus();
  }

  /**
   * A group's members under its title: "Anas, Salma et Idir" (Arabic: "أنس وسلمى وإيدير"). Each name is isolated
   * (`<bdi>`): a Latin username in an Arabic list ("douceur.lys و a.lys") keeps its own direction and its place.
   */
  #members(chat: ChatInfo): (Node | string)[] {
    const roster = this.#rosters.get(chat.id) ?? chat.roster;
    if (!roster) return [chat.members ?? ''];
    const names = roster.map((id) => this.#o.cast.person(id).name);
    return conjunctionList(this.#o.cast.lang)
      .formatToParts(names)
      .map((part) => (part.type === 'element' ? h('bdi', {}, part.value) : part.value));
  }

  #renderStatus(): void {
    const chat = this.#open ? this.#chat(this.#open) : undefined;
    if (!chat) return;
    const t = this.#o.t;
    if (this.#typingIn === chat.id) this.#status.textContent = t('chat.typing');
    else if (chat.kind === 'group') this.#status.replaceChildren(...this.#members(chat));
    else this.#status.textContent = t('chat.online');
  }
}
