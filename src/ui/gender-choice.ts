import './gender-choice.css';
import { PLAYER_GENDERS, type PlayerGender } from '../protocol/index.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/**
 * The player's answer to "how do the messages address you": a radio group with a visible legend and a hint saying
 * that the answer stays on the device. The content note of a first story asks it; Settings changes it.
 */
export function genderChoice(o: {
  readonly t: Translate;
  /** The radio group's name (unique in the page). */
  readonly name: string;
  readonly current: PlayerGender;
  readonly onPick: (gender: PlayerGender) => void;
}): HTMLElement {
  const hintId = `${o.name}-hint`;
  return h(
    'fieldset',
    { className: 'gender-choice', 'aria-describedby': hintId },
    h('legend', {}, o.t('gender.legend')),
    ...PLAYER_GENDERS.map((gender) =>
      h(
        'label',
        {},
        h('input', {
          type: 'radio',
          name: o.name,
          value: gender,
          checked: gender === o.current,
          onchange: () => o.onPick(gender),
        }),
        o.t(`gender.${gender}`),
      ),
    ),
    h('p', { id: hintId, className: 'hint' }, o.t('gender.hint')),
  );
}
