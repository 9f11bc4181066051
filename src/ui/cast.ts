/** A person as the HTML layer shows them: display name, avatar colour and, when one was drawn, their face. */
export interface Person {
  readonly name: string;
  readonly color: string;
  /** The address of the person's avatar picture (generated at build time); initials show without it. */
  readonly face?: string;
}

/** A conversation in the chat list. */
export interface ChatInfo {
  readonly id: string;
  readonly kind: 'dm' | 'group';
  readonly title: string;
  /** Who the avatar shows: the other person of a DM, or the group. */
  readonly avatar: Person;
  /** For groups: the members' names, shown under the title. */
  readonly members?: string;
  /** For groups: the members' character ids at the start (the player aside); the story may add or remove some. */
  readonly roster?: readonly string[];
}

/** A technique in the player's language (from the taxonomy file). */
export interface TechniqueText {
  readonly name: string;
  readonly short: string;
  readonly explain: string;
  readonly ask: string;
}

/** Everyone and everything a scenario's chat screen names, resolved to one language by the caller. */
export interface Cast {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly chats: readonly ChatInfo[];
  person(id: string): Person;
  voice(id: string): { readonly name: string; readonly role: string; readonly color: string };
  endingTitle(id: string): string;
  /** A technique's name and explanations, for red-flag feedback and the debrief. */
  technique(id: string): TechniqueText;
  /** What to say when the player flags an ordinary message. */
  readonly ordinary: { readonly short: string; readonly explain: string };
  /**
   * A story picture by image id: the address of its drawing (stories/<story>/pictures/, made at build time), and the
   * card shown while it loads or if it cannot (an emoji on a gradient of two colours).
   */
  picture(id: string): {
    readonly src?: string;
    readonly symbol: string;
    readonly from: string;
    readonly to: string;
  };
}

export { initials } from './initials.ts';
