import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** The settings the dialog edits (the platform stores them). */
export interface SettingsValues {
  readonly pacing: 'relaxed' | 'normal' | 'fast' | 'instant';
  readonly muted: boolean;
  readonly volume: number;
  readonly theme: 'system' | 'light' | 'dark';
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

/**
 * A modal settings dialog (native `<dialog>`: focus stays inside, Escape closes). Every change applies at once
 * through `onChange`.
 */
export function openSettings(
  t: Translate,
  values: SettingsValues,
  onChange: (values: SettingsValues) => void,
  container: HTMLElement = document.body,
): HTMLDialogElement {
  let current = values;
  const update = (patch: Partial<SettingsValues>) => {
    current = { ...current, ...patch };
    onChange(current);
  };
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const dialog = h(
    'dialog',
    { 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title' }, t('settings.heading')),
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
      h('legend', {}, t('settings.sound')),
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          checked: !current.muted,
          onchange: (e: Event) => update({ muted: !(e.target as HTMLInputElement).checked }),
        }),
        t('settings.sound'),
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
    radios(
      'theme',
      t('settings.theme'),
      ['system', 'light', 'dark'] as const,
      current.theme,
      (v) => t(`settings.theme.${v}`),
      (theme) => update({ theme }),
    ),
    h('button', { type: 'button', className: 'btn', onclick: () => dialog.close() }, t('settings.close')),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  container.append(dialog);
  dialog.showModal();
  return dialog;
}
