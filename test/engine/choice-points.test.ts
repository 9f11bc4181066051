import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowOfPath, labelChoices } from '../../src/engine/index.ts';
import { compile } from '../helpers/ink.ts';

describe('labelChoices', () => {
  it('labels choices by knot and stitch, counting in document order', () => {
    const json = JSON.parse(compile('-> k\n=== k ===\nhi\n* a\n* b\n- (g) mid\n* c -> s\n= s\nin s\n* d\n-> END'));
    expect([...labelChoices(json).values()]).toEqual(['k#1', 'k#2', 'k#3', 'k.s#1']);
  });

  it('gives the three languages of the sample scenario the same labels', () => {
    const labels = ['fr', 'ar', 'en'].map((lang) => {
      const json = JSON.parse(compile(readFileSync(`stories/sample/${lang}.ink`, 'utf8')));
      return [...labelChoices(json).values()];
    });
    expect(labels[1]).toEqual(labels[0]);
    expect(labels[2]).toEqual(labels[0]);
  });

  it('reads the knot and stitch from an ink path', () => {
    expect(flowOfPath('joined.left.0.c-0.5')).toBe('joined.left');
    expect(flowOfPath('lobby.0.35.8')).toBe('lobby');
    expect(flowOfPath('0.c-1')).toBe('_');
  });
});
