import type { DebriefModel } from '../engine/index.ts';
import type { Cast } from './cast.ts';
import type { Translate } from './strings.ts';

/** What the debrief screen shows and reports. */
export interface DebriefViewOptions {
  readonly t: Translate;
  readonly cast: Cast;
  readonly model: DebriefModel;
  /** Who said a message and what, for quoting it. */
  readonly quote: (id: string) => { readonly name: string; readonly text: string } | undefined;
  readonly onReplayFrom: (choice: number) => void;
  readonly onReplay: () => void;
  readonly onHome: () => void;
  readonly onHelp: (topic?: string) => void;
  readonly onSort: () => void;
  /** "See what he was doing": the button's label (it names the sender) and how to open the playbook; absent when no
   * line of the path was manipulative. */
  readonly playbook?: { readonly label: string; readonly open: () => void };
  /** The player's field guide: progress across all stories, the cards this story added, and how to open it. */
  readonly guide?: {
    readonly found: number;
    readonly total: number;
    readonly fromThisStory: readonly string[];
    readonly open: (opener: HTMLElement | null) => void;
  };
}

/** One part of the debrief; `false` when it has nothing to show for this game. */
export type DebriefSection = (o: DebriefViewOptions) => HTMLElement | false;
