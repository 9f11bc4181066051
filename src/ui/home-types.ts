import type { CheckRound, StoryMood } from '../protocol/index.ts';
import type { Translate } from './strings.ts';

/** A story as the home screen lists it, in the current language, with the player's progress on this device. */
export interface StoryCard {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number;
  readonly age: number;
  readonly contentNote: string;
  readonly hasSave: boolean;
  /** Different endings this device has reached, and how many the story has. */
  readonly endingsFound: number;
  readonly endings: number;
  /** The address of the story's cover picture (drawn at build time), when it has one. */
  readonly cover?: string;
  /** The desk scene's mood around the phone on a desktop, when the story sets one. */
  readonly mood?: StoryMood;
}

/** What the player chose on Home (the app routes it to the game's screens, loading them first if needed). */
export type HomeChoice =
  /** `noted`: the player has read the story's content note (shown by the app before the game had loaded). */
  | { readonly kind: 'story'; readonly id: string; readonly mode: 'new' | 'continue' | 'noted' }
  | { readonly kind: 'projector'; readonly id: string }
  | { readonly kind: 'check'; readonly phase: CheckRound }
  | { readonly kind: 'teacher' };

/** Home's entry to the field guide: the cards found on this device out of all techniques, and how to open it. */
export interface HomeGuide {
  readonly found: number;
  readonly total: number;
  /** Opens the guide over Home; focus goes back to `opener` when it closes. */
  readonly onOpen: (opener: HTMLElement) => void;
}

/** What the home screen needs and reports. */
export interface HomeViewOptions {
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly stories: readonly StoryCard[];
  /** Each language's name in that language. */
  readonly languages: readonly { readonly code: string; readonly name: string }[];
  readonly notice?: string;
  readonly onChoose: (choice: HomeChoice) => void;
  readonly onLanguage: (code: string) => void;
  /** A new version is ready: Home offers to switch to it. */
  readonly onUpdate?: () => void;
  /** The partner offering the game, shown on Home. */
  readonly brand?: { readonly name?: string; readonly logo?: string };
  /** Teacher mode with a class-session service: the teachers' entry opens the class-session screen. */
  readonly hasTeacherScreen?: boolean;
  /** The check: results so far on this device, per round. */
  readonly check?: { readonly [R in CheckRound]?: { readonly correct: number; readonly total: number } };
  /** The booster round is due (a week after the last finished story): Home offers it; "Not now" calls this. */
  readonly onDismissBooster?: () => void;
  /** A student joins a live class session with the code the teacher shows. */
  readonly onJoin?: (code: string) => void;
  /** Teacher mode: each story card also has its own "Play on the projector" button. */
  readonly projectorOnCards?: boolean;
  /** The player's field guide (cards found n of 15), opened from Home. */
  readonly guide?: HomeGuide;
  /**
   * The covers below the first card wait for this (what a chosen story needs has arrived), or until they show on
   * screen: on a slow link they would share it with the story's script. Without it they load with Home.
   */
  readonly coversAfter?: Promise<void>;
}
