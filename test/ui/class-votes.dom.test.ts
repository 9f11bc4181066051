import { describe, expect, it } from 'vitest';
import { renderClassVotes } from '../../src/ui/index.ts';

const t = (key: string, vars: Record<string, string | number> = {}) => `${key}${Object.values(vars).join('|')}`;

describe('the class votes table (projector mode)', () => {
  it('lists each decision in order with the option chosen and its hands, or says they were not counted', () => {
    const table = renderClassVotes(
      [
        { point: 'lobby#1', index: 0, n: 2, text: 'I ask why', hands: 14 },
        { point: undefined, index: 1, n: 1, text: '<b>not markup</b>' },
      ],
      t,
    );
    expect(table.querySelector('caption')?.textContent).toBe('debrief.votes');
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['1', 'debrief.votes.chosen2|I ask why', '14'],
      ['2', 'debrief.votes.chosen1|<b>not markup</b>', 'debrief.votes.notCounted'],
    ]);
    expect(table.querySelector('b')).toBeNull();
  });
});
