import type { SoundPlayer } from '../audio/index.ts';
import type {
  ChatEntry,
  OpenedStory,
  OpeningBatch,
  Pacing,
  Result,
  SaveEnvelope,
  SaveSlot,
  ScenarioRunner,
} from '../engine/index.ts';
import type {
  CheckItem,
  CheckRound,
  EarlierClass,
  FieldGuideCard,
  PlayReport,
  DashboardUpdate as ProtocolDashboardUpdate,
} from '../protocol/index.ts';
import type { Cast, DashboardData, HomeChoice, SettingsValues, StoryCard, Translate } from '../ui/index.ts';

/** The stories the game can play, resolved to one language (main.ts builds it from src/content). */
export interface StoryCatalog {
  readonly languages: readonly { readonly code: string; readonly name: string; readonly dir: 'ltr' | 'rtl' }[];
  has(id: string): boolean;
  cards(lang: string): readonly StoryCard[];
  /** A check round's messages in one language; loaded on demand. */
  check(round: CheckRound, lang: string): Promise<{ intro: string; items: readonly CheckItem[] }>;
  /** A scenario's discussion questions (per choice point, in one language); loaded on demand. */
  discussion(id: string, lang: string): Promise<Readonly<Record<string, string>>>;
  /** Any scenario's card, listed or not (the sample). */
  card(id: string, lang: string): StoryCard | undefined;
  cast(id: string, lang: string): Cast;
  /** The 15 techniques the game teaches, in one language (the field guide's cards). */
  techniques(lang: string): readonly { readonly id: string; readonly name: string; readonly short: string }[];
  /** Whether the content note asks the player's gender: not answered yet, and the story does not pin it. */
  asksGender(id: string): boolean;
  /** The player reads this story's content note: its script is made ready to open meanwhile (see story-catalog). */
  prepare(id: string, lang: string): void;
  /**
   * A new game's first batch (to its first choice) as the build played it, for the player's gender: the chat shows it
   * while the script is still on its way. Undefined when there is none or it could not load (the chat then waits).
   */
  opening(id: string, lang: string): Promise<OpeningBatch | undefined>;
  /** Loads a scenario's script and opens it from its save slot (engine/save-policy decides how). */
  open(id: string, lang: string, slot: SaveSlot): Promise<Result<OpenedStory, string>>;
  /** Loads a scenario's script and replays a game's first choices (replay from a choice in the debrief). */
  replay(id: string, lang: string, save: SaveEnvelope, choices: number): Promise<Result<ScenarioRunner, string>>;
}

/** Saves, one per scenario (platform/save-slots implements it). */
export interface SaveSlotsPort {
  read(scenario: string): SaveSlot;
  write(scenario: string, value: SaveEnvelope): boolean;
  /** False when the save could not be copied aside (storage full): it stays where it is and must not be overwritten. */
  setAside(scenario: string): boolean;
  clear(scenario: string): void;
}

/** The player's field guide on this device (platform/field-guide-store implements it). Never sent anywhere. */
export interface FieldGuidePort {
  cards(): readonly FieldGuideCard[];
  /** Keeps the first catch of a technique: `added`, `known` (already in the guide), or `notKept` (storage full). */
  add(card: FieldGuideCard): 'added' | 'known' | 'notKept';
  /** True once after a stored guide that could not be read was set aside. */
  takeSetAside(): boolean;
}

/** The teacher's earlier classes' before/after results, on this device (platform/class-history implements it). */
export interface ClassHistoryPort {
  list(): readonly EarlierClass[];
  keep(result: EarlierClass): boolean;
}

/** Where a chat goes next: the app's before the game has loaded, the chat scene's after. */
export interface ChatExits {
  /** Home, with a notice (a string key) when the story could not be opened. */
  home(notice?: string): void;
  debrief(id: string): void;
  /** The same story again, from the start it names (the player passed its content note). */
  restart(start: ChatStart): void;
}

/** One story on the chat screen: its content note, its loading line, then the conversation. */
export interface ChatRun {
  readonly start: ChatStart;
  /** Pauses or resumes the story (the ⏸ button does it too; so can the host page). */
  setPaused(paused: boolean): void;
  /** From now on the chat leaves through these exits (the game, arriving, takes over a chat the app started). */
  handTo(exits: ChatExits): void;
  /** Stops the playback and its clock (the screen is left). */
  stop(): void;
}

/** A story the app started before the game: the chat playing, the chat still loading, or the debrief it ended on. */
export type ChatHandOver =
  | { readonly kind: 'chat'; readonly run: ChatRun }
  | { readonly kind: 'story'; readonly start: ChatStart }
  | { readonly kind: 'debrief'; readonly id: string };

/** What the chat screen is started with: a scenario and how to open it (engine/save-policy says what each means). */
export interface ChatStart {
  readonly id: string;
  readonly mode: ChatEntry;
}

/** Everything the scenes use, built once by main.ts and handed to each scene. */
export interface GameContext {
  /** The HTML overlay the scenes render into. */
  readonly ui: HTMLElement;
  readonly catalog: StoryCatalog;
  readonly saves: SaveSlotsPort;
  readonly sounds: SoundPlayer;
  /** Current language and its strings. */
  lang(): string;
  t(): Translate;
  /** Switches language once its strings are loaded (resolves false if they could not be). */
  setLang(code: string): Promise<boolean>;
  settings(): SettingsValues;
  setSettings(values: SettingsValues): void;
  /** A message not yet said (storage unavailable…), shown once on the first screen that can. */
  takeNotice(): string | undefined;
  /** What the player chose before the game had loaded (a story tapped on Home, the URL's deep link), taken once. */
  takeStart(): HomeChoice | undefined;
  /**
   * A story the app started before the game had loaded, taken once by the game's first scene: the chat still playing
   * (the chat scene takes it over), or the debrief it finished on.
   */
  takeChat(): ChatHandOver | undefined;
  /** Stories whose content note the player has passed in this visit: a restart (new language) does not repeat it. */
  readonly notesRead: Set<string>;
  /** Shows Home (HTML the app owns, painted before the game loaded): kept as it is when already on screen. */
  showHome(notice?: string): void;
  /** Opens the help panel, at a topic when given. */
  openHelp(topic?: string): void;
  /** Tells the outside what happened in play: ids and counts only, never text (main.ts decides who hears what). */
  report(event: PlayReport): void;
  /**
   * Whether this game posts to a live class session (the chat screen shows a badge); with a report, whether that
   * report would go to it (a booster answer does not go to a story session).
   */
  isInClassSession(report?: PlayReport): boolean;
  /** Check results kept on this device (each answer also goes to a running class session whose kind it fits). */
  readonly checkResults: {
    get(round: CheckRound): { readonly correct: number; readonly total: number } | undefined;
    set(round: CheckRound, result: { readonly correct: number; readonly total: number }): void;
  };
  /** The techniques caught, one card each, across all stories: on this device only, in no report. */
  readonly fieldGuide: FieldGuidePort;
  /** Teacher mode only: a new connection to the class-session service, for the Teacher screen. */
  readonly teacherSessions?: () => TeacherSessionPort;
  /** Teacher mode only: earlier classes' before/after results on this device, for booster sessions. */
  readonly classHistory?: ClassHistoryPort;
}

/** A call to the class-session service: it never throws; a failure carries a message for the console. */
export type SessionResult<T> = Result<T, { readonly message: string }>;

/** What the live dashboard stream reports, with the dashboard as the teacher's screen reads it. */
export type DashboardUpdate = ProtocolDashboardUpdate<DashboardData>;

/** The teacher's side of a class session (platform/class-session-client implements it). */
export interface TeacherSessionPort {
  createSession(input: {
    kind: 'story' | 'booster';
    scenario: string;
    lang: string;
  }): Promise<SessionResult<{ readonly code: string; readonly joinUrl: string; readonly qrSvg: string }>>;
  /** Streams the dashboard until the returned function is called. */
  watch(onUpdate: (update: DashboardUpdate) => void): () => void;
  /** Closes the session to new students (`locked`), or opens it again; resolves to the state the service keeps. */
  lock(locked: boolean): Promise<SessionResult<{ readonly locked: boolean }>>;
  end(): Promise<SessionResult<void>>;
}

/** Pacing as the settings store it. */
export type { FieldGuideCard, Pacing, PlayReport };
