import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/content/index.ts';
import { alignScripts, type ReviewRow } from '../../tools/review/align.ts';
import { renderReviewPage } from '../../tools/review/page.ts';

const FIXTURE = 'test/fixtures/review';
const scripts = { fr: [join(FIXTURE, 'fr.ink')], ar: [join(FIXTURE, 'ar.ink')], en: [join(FIXTURE, 'en.ink')] };
const texts = (row: ReviewRow | undefined, lang: string) => row?.cells[lang]?.map((l) => l.text);

describe('alignScripts', () => {
  const { rows, misaligned } = alignScripts(scripts);
  const row = (flow: string, part: number) => rows.find((r) => r.flow === flow && r.part === part);

  it('pairs the lines before the first option of a knot, whatever each language’s line count', () => {
    expect(texts(row('start', 0), 'fr')).toEqual(['', 'salut !', "t'es le meilleur", 'du serveur']);
    expect(texts(row('start', 0), 'ar')).toEqual(['', 'سلام!', 'نتا أحسن واحد فالسيرفر', 'زعما']);
    expect(row('start', 0)?.cells.fr?.[1]?.tags).toEqual(['from: karim', 'flag: flattery']);
    expect(row('start', 0)?.cells.fr?.[0]?.tags).toEqual(['chat: squad']);
  });

  it('pairs each option with the same option in the other languages, offered text and echo shown', () => {
    const option = row('start', 1);
    expect(option?.cells.fr?.[0]).toMatchObject({ kind: 'option', text: 'Répondre ⟶ merci 🙂' });
    expect(option?.cells.ar?.[0]).toMatchObject({ kind: 'option', text: 'جاوب ⟶ شكرا 🙂' });
    expect(option?.cells.en?.[0]).toMatchObject({ kind: 'option', text: 'Reply ⟶ thanks 🙂' });
    expect(texts(option, 'en')).toEqual(['Reply ⟶ thanks 🙂', 'cool']);
    expect(texts(row('start', 2), 'fr')).toEqual(['Ignorer']);
  });

  it('keeps knots in order with their tags, and skips logic and diverts', () => {
    expect([...new Set(rows.map((r) => r.flow))]).toEqual(['start', 'fin']);
    expect(row('fin', 0)?.cells.ar?.[0]).toMatchObject({ text: 'النهاية.', tags: ['ending: told'] });
    expect(rows.flatMap((r) => Object.values(r.cells).flat()).some((l) => l.text.includes('->'))).toBe(false);
  });

  it('reports a knot that one language splits differently (an extra option)', () => {
    expect(misaligned).toEqual([{ flow: 'start', parts: { fr: 4, ar: 4, en: 5 } }]);
    expect(texts(row('start', 3), 'en')).toEqual(['Block']);
    expect(texts(row('start', 3), 'fr')).toEqual([]);
  });
});

describe('renderReviewPage', () => {
  const scenario = {
    id: 'fixture',
    title: { fr: 'Titre <b>', ar: 'عنوان', en: 'Title' },
    characters: { karim: { name: { fr: 'Karim', ar: 'كريم', en: 'Karim' } } },
  } as unknown as Scenario;
  const { rows, misaligned } = alignScripts(scripts);
  const page = renderReviewPage(scenario, ['fr', 'ar', 'en'], rows, misaligned);

  it('writes the Arabic column right to left, in Arabic, with speakers’ names in each language', () => {
    expect(page).toContain('<td lang="ar" dir="rtl"><p class="line"><span class="tags">');
    expect(page).toContain('<span class="who">كريم:</span> سلام!');
    expect(page).toContain('<span class="who">Karim:</span> salut !');
    expect(page).toContain('<span class="tag">#flag: flattery</span>');
  });

  it('escapes script text and names the knots split differently', () => {
    expect(page).toContain('Titre &lt;b&gt;');
    expect(page).toMatch(/<li class="warn">start: fr 4 · ar 4 · en 5 parts/);
  });
});
