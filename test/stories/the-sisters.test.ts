import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstChatOf, vocabularyOf } from '../../src/content/index.ts';
import { type ChatId, ScenarioRunner, type TranscriptEntry } from '../../src/engine/index.ts';
import { compileInkCached } from '../../tools/compile-cache.ts';
import { loadScenarioFile } from '../../tools/scenario-files.ts';

/**
 * The fifth story (issue 14), replayed along the recorded path to each ending in fr, ar and en: the distress line is
 * answered by a friend and the distress card, 2511 is offered for what it is, and on every ending someone who cares
 * calls 2511 and says that the adult, not the girl, is in the wrong. The girl is addressed in the feminine.
 */

const DIR = join(import.meta.dirname, '..', '..', 'stories', 'the-sisters');
const LANGS = ['fr', 'ar', 'en'] as const;
type Lang = (typeof LANGS)[number];
const RECRUITERS = new Set(['loubna', 'lys']);
const NOT_HER_FAULT: Record<Lang, RegExp> = { fr: /pas toi/i, ar: /ماشي نتي/, en: /not you/i };
/** Masculine forms a girl must not be addressed with: "t'es seul", "tu es prêt"; "نتا". */
const MASCULINE: Record<Lang, RegExp | undefined> = {
  fr: /\bt(?:'es|u es) (?:seul|prêt|sûr|content|fier)\b(?!e)/i,
  ar: /(^|[\s،.؟!])نتا([\s،.؟!]|$)/,
  en: undefined,
};
const paths = (
  JSON.parse(readFileSync(join(import.meta.dirname, 'paths.json'), 'utf8')) as Record<
    string,
    Record<string, { choices: number[] }>
  >
)['the-sisters'];

function replay(lang: Lang, choices: readonly number[]): readonly TranscriptEntry[] {
  const scenario = loadScenarioFile(DIR);
  const compiled = compileInkCached(join(DIR, `${lang}.ink`));
  if (!scenario.ok || !compiled.ok) throw new Error('the-sisters does not load: run npm run stories:check');
  const runner = new ScenarioRunner({
    story: compiled.json,
    scenario: 'the-sisters',
    lang,
    contentHash: compiled.hash,
    firstChat: firstChatOf(scenario.value) as ChatId,
    vocabulary: vocabularyOf(scenario.value),
  });
  runner.next();
  for (const index of choices) {
    runner.choose(index);
    runner.next();
  }
  return runner.transcript;
}

function textOf(e: TranscriptEntry): string {
  return 'text' in e ? e.text : '';
}

describe('the sisters: safeguarding on every ending, in every language', { timeout: 120_000 }, () => {
  it('has a recorded path for each of its five endings', () => {
    expect(Object.keys(paths ?? {}).sort()).toEqual([
      'aunt-stepped-in',
      'former-member',
      'left-early',
      'lost-friend',
      'mourchida',
    ]);
  });

  for (const lang of LANGS) {
    for (const [ending, path] of Object.entries(paths ?? {})) {
      it(`${ending} (${lang})`, () => {
        const t = replay(lang, path.choices);
        // Meryem checks in after the girl's hopeless line, then the distress card, before any recruiter speaks.
        const source = readFileSync(join(DIR, `${lang}.ink`), 'utf8');
        const distressLine = source.split('\n').find((l) => l.includes('#distress'));
        const distressText = distressLine?.split(' #')[0]?.trim();
        const at = t.findIndex((e) => textOf(e) === distressText);
        const checkin = t.findIndex((e, i) => i > at && e.kind === 'message' && e.from === 'meryem');
        const card = t.findIndex((e) => e.kind === 'help' && e.topic === 'distress');
        const recruiter = t.findIndex((e) => e.kind === 'message' && RECRUITERS.has(e.from));
        expect(at).toBeGreaterThanOrEqual(0);
        expect(checkin).toBeGreaterThan(at);
        expect(card).toBeGreaterThan(checkin);
        expect(recruiter).toBeGreaterThan(card);
        expect(textOf(t[card] as TranscriptEntry)).toContain('Stop Silence');

        // 2511 only on helpline or report cards; someone who cares calls it and says the adult is in the wrong.
        for (const e of t) if (e.kind === 'help' && e.text.includes('2511')) expect(e.topic).toBe('helpline');
        const said = t.filter(
          (e) => (e.kind === 'message' && e.from !== 'me' && !RECRUITERS.has(e.from)) || e.kind === 'counter',
        );
        const call = said.findIndex((e) => textOf(e).includes('2511'));
        expect(call, 'someone who cares calls 2511').toBeGreaterThanOrEqual(0);
        const blame = said
          .slice(call, call + 2)
          .map(textOf)
          .join(' ');
        expect(blame, 'and says the adult is the one in the wrong').toMatch(NOT_HER_FAULT[lang]);

        // Every ending is a way out: it comes with a help card.
        expect(t.some((e) => e.kind === 'help' && e.topic !== 'distress')).toBe(true);
        const masculine = MASCULINE[lang];
        if (masculine) for (const e of t) expect(textOf(e)).not.toMatch(masculine);
      });
    }
  }
});
