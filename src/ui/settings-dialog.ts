import './settings-dialog.css';
import type { Settings } from '../protocol/index.ts';
import { h } from './dom.ts';
import { genderChoice } from './gender-choice.ts';
import type { Translate } from './strings.ts';

/** The settings the dialog edits (the language has its own control). */
export type SettingsValues = Omit<Settings, 'lang'>;

/** What the dialog needs besides the values. */
export interface SettingsDialogOptions {
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly languages: readonly { readonly code: string; readonly name: string }[];
  readonly values: SettingsValues;
  readonly onChange: (values: SettingsValues) => void;
  readonly onLanguage: (code: string) => void;
  /** Clears every saved game and set-aside save on this device. */
  readonly onClearProgress: () => void;
}

function radios<T extends string>(
  name: string,
  legend: string,
  values: readonly T[],
  current: T,
  label: (v: T) => string,
  onPick: (v: T) => void,
): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, legend),
    ...values.map((v) =>
      h(
        'label',
        {},
        h('input', { type: 'radio', name, value: v, checked: v === current, onchange: () => onPick(v) }),
        label(v),
      ),
    ),
  );
}

const TEXT_SIZES = [1, 1.25, 1.5, 1.75, 2] as const;

/** "Clear my progress" asks once more before it clears. */
function clearButton(t: Translate, onClear: () => void): HTMLElement {
  const status = h('p', { role: 'status' });
  const button = h('button', { type: 'button', className: 'btn secondary' }, t('settings.clear'));
  let armed = false;
  button.addEventListener('click', () => {
    if (!armed) {
      armed = true;
      button.textContent = t('settings.clearConfirm');
      return;
    }
    onClear();
    armed = false;
    button.textContent = t('settings.clear');
    status.textContent = t('settings.cleared');
  });
  return h('fieldset', {}, h('legend', {}, t('settings.progress')), button, status);
}

/**
 * A modal settings dialog (native `<dialog>`: focus stays inside, Escape closes), reachable from every screen.
 * Every change applies at once.
 */
export function openSettings(o: SettingsDialogOptions): HTMLDialogElement {
  const t = o.t;
  let current = o.values;
  const update = (patch: Partial<SettingsValues>) => {
    current = { ...current, ...patch };
    o.onChange(current);
  };
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const close = h('button', { type: 'button', className: 'btn', onclick: () => dialog.close() }, t('settings.close'));
  const dialog = h(
    'dialog',
    { 'aria-labelledby': 'settings-title', lang: o.lang, dir: o.dir, className: 'settings' },
    h('h2', { id: 'settings-title' }, t('settings.heading')),
    h(
      'fieldset',
      {},
      h('legend', {}, t('settings.language')),
      h(
        'select',
        {
          'aria-label': t('settings.language'),
          onchange: (e: Event) => o.onLanguage((e.target as HTMLSelectElement).value),
        },
        ...o.languages.map((l) => h('option', { value: l.code, lang: l.code, selected: l.code === o.lang }, l.name)),
      ),
    ),
    genderChoice({
      t,
      name: 'settings-gender',
      current: current.playerGender ?? 'unsaid',
      onPick: (playerGender) => update({ playerGender }),
    }),
    radios(
      'pacing',
      t('settings.pacing'),
      ['relaxed', 'normal', 'fast', 'instant'] as const,
      current.pacing,
      (v) => t(`settings.pacing.${v}`),
      (pacing) => update({ pacing }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('settings.textSize')),
      h(
        'select',
        {
          'aria-label': t('settings.textSize'),
          onchange: (e: Event) => update({ textSize: Number((e.target as HTMLSelectElement).value) }),
        },
        ...TEXT_SIZES.map((size) =>
          h('option', { value: size, selected: size === current.textSize }, `${size * 100} %`),
        ),
      ),
    ),
    radios(
      'motion',
      t('settings.motion'),
      ['system', 'reduced', 'full'] as const,
      current.motion,
      (v) => t(`settings.motion.${v}`),
      (motion) => update({ motion }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('settings.display')),
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          checked: current.contrast === 'high',
          onchange: (e: Event) => update({ contrast: (e.target as HTMLInputElement).checked ? 'high' : 'normal' }),
        }),
        t('settings.contrast'),
      ),
    ),
    radios(
      'theme',
      t('settings.theme'),
      ['system', 'light', 'dark'] as const,
      current.theme,
      (v) => t(`settings.theme.${v}`),
      (theme) => update({ theme }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('settings.sound')),
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          checked: !current.muted,
          onchange: (e: Event) => update({ muted: !(e.target as HTMLInputElement).checked }),
        }),
        t('settings.soundOn'),
      ),
      h(
        'label',
        {},
        t('settings.volume'),
        h('input', {
          type: 'range',
          min: 0,
          max: 100,
          step: 5,
          value: Math.round(current.volume * 100),
          oninput: (e: Event) => update({ volume: Number((e.target as HTMLInputElement).value) / 100 }),
        }),
      ),
    ),
    clearButton(t, o.onClearProgress),
    h('p', {}, h('a', { href: './privacy.html', target: '_blank', rel: 'noopener' }, t('settings.privacy'))),
    close,
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
