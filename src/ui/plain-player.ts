import type { ChatEvent, ScenarioRunner } from '../engine/index.ts';

/** What the plain player needs to show names: resolved by the caller from scenario metadata. */
export interface PlainNames {
  readonly person: (id: string) => string;
  readonly voice: (id: string) => string;
  readonly you: string;
  readonly choicesLabel: string;
  readonly endLabel: string;
}

function line(e: ChatEvent, names: PlainNames): HTMLElement | undefined {
  const p = document.createElement('p');
  switch (e.kind) {
    case 'message':
      p.className = e.from === 'me' ? 'msg out' : 'msg in';
      p.textContent = `${e.from === 'me' ? names.you : names.person(e.from)} : ${e.text}`;
      return p;
    case 'system':
      p.className = 'system';
      p.textContent = e.text;
      return p;
    case 'counter':
      p.className = 'counter';
      p.textContent = `${names.voice(e.voice)} : ${e.text}`;
      return p;
    case 'help':
    case 'ending':
      p.className = e.kind;
      p.textContent = e.text;
      return p;
    case 'error':
      p.className = 'error';
      p.textContent = e.message;
      return p;
    default:
      return undefined;
  }
}

/**
 * A plain, accessible text player for a scenario: a `role="log"` feed and native buttons for choices. It is what
 * `npm run dev` shows until the Phaser messaging feed replaces it.
 */
export function mountPlainPlayer(root: HTMLElement, runner: ScenarioRunner, names: PlainNames): void {
  const log = document.createElement('div');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.className = 'log';
  const choices = document.createElement('div');
  choices.setAttribute('role', 'group');
  choices.setAttribute('aria-label', names.choicesLabel);
  choices.className = 'choices';
  root.replaceChildren(log, choices);

  const step = () => {
    choices.replaceChildren();
    for (const e of runner.next()) {
      const el = line(e, names);
      if (el) log.append(el);
      if (e.kind === 'choices') {
        for (const option of e.options) {
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = option.text;
          button.addEventListener('click', () => {
            runner.choose(option.index);
            step();
          });
          choices.append(button);
        }
        choices.querySelector('button')?.focus();
      }
      if (e.kind === 'end') {
        const done = document.createElement('p');
        done.className = 'system';
        done.textContent = names.endLabel;
        log.append(done);
      }
    }
  };
  step();
}
