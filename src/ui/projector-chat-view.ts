import type { ChoiceOption } from '../engine/index.ts';
import { ChatView, type ChatViewOptions } from './chat-view.ts';

/** The chat screen for projector mode: choices go to the class vote instead of reply buttons. */
export class ProjectorChatView extends ChatView {
  readonly #onVote: (
    point: string | undefined,
    options: readonly ChoiceOption[],
    choose: (index: number) => void,
  ) => void;

  constructor(
    o: ChatViewOptions,
    onVote: (point: string | undefined, options: readonly ChoiceOption[], choose: (index: number) => void) => void,
  ) {
    super(o);
    this.#onVote = onVote;
    this.element.classList.add('projector');
  }

  /** Opens the chat the choice is in, and asks the class instead of showing reply buttons. */
  override offer(
    chat: string,
    options: readonly ChoiceOption[],
    onChoose: (index: number) => void,
    point?: string,
  ): void {
    this.open(chat);
    this.#onVote(point, options, onChoose);
  }
}
