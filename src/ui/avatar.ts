import './phone.css';
import type { Person } from './cast.ts';
import { h } from './dom.ts';
import { initials } from './initials.ts';

/**
 * An avatar: the person's drawn face (an SVG made at build time, loaded lazily) on their colour, with their initials
 * underneath, so that a face that fails to load (offline, blocked) leaves the initials showing. Decorative: the name
 * is always next to it.
 */
export function avatar(person: Person, size: '' | 'small' | 'large' = ''): HTMLElement {
  const face = person.face
    ? h('img', {
        src: person.face,
        alt: '',
        loading: 'lazy',
        decoding: 'async',
        draggable: 'false',
        onerror: (e) => (e.currentTarget as HTMLElement).remove(),
      })
    : false;
  return h(
    'span',
    {
      className: `avatar ${size}${face ? ' has-face' : ''}`.replace(/\s+/g, ' ').trim(),
      style: `background:${person.color}`,
      'aria-hidden': 'true',
    },
    h('span', { className: 'initials' }, initials(person.name)),
    face,
  );
}
