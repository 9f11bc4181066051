import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../src/engine/index.ts';
import { LANGS, recorded, replay, replayAs, type StoryLang, textOf } from './replay.ts';

/**
 * The squad (issue 14), replayed as a player meets it: Baba, the first adult, takes the phone without listening;
 * the player goes to Ms Alaoui (directly, or after Anas), who keeps the evidence with the parents and reports Walid
 * to 2511; Baba apologises. And the player's gender, which the fr and ar scripts follow on every recorded path.
 */

const SLOW = 120_000;
const ID = 'the-squad';
/**
 * Joins the server, then at the first ask tells Baba (choice 3), then goes to Ms Alaoui straight away; the first option
 * at each everyday scene (exam week, match day, the Lions night).
 */
const BABA_THEN_ALAOUI = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 3, 0, 0] as const;
/** The same, but writes to Anas from the library computer first, who sends the player to Ms Alaoui. */
const BABA_THEN_ANAS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 3, 1, 1] as const;
const TAKES_PHONE: Record<StoryLang, RegExp> = { fr: /téléphone/, ar: /التيليفون/, en: /phone/ };
const SORRY: Record<StoryLang, RegExp> = { fr: /désolé/, ar: /سمح ليا/, en: /sorry/i };
const NOT_YOUR_FAULT: Record<StoryLang, RegExp> = {
  fr: /pas toi le problème/,
  ar: /ماشي هو المشكل/,
  en: /you are not the problem/,
};

const fromMe = (e: TranscriptEntry) => e.kind === 'message' && e.from === 'me';
/** What others (and the app) say to the player. */
const saidToPlayer = (t: readonly TranscriptEntry[]) => t.filter((e) => !fromMe(e)).flatMap((e) => textOf(e) ?? []);
/** What the player says (about themselves, among other things). */
const saidByPlayer = (t: readonly TranscriptEntry[]) => t.filter(fromMe).flatMap((e) => textOf(e) ?? []);

describe('the squad: the first adult reacts badly, the second one acts', { timeout: SLOW }, () => {
  for (const lang of LANGS) {
    for (const [via, path] of [
      ['straight to Ms Alaoui', BABA_THEN_ALAOUI],
      ['via Anas', BABA_THEN_ANAS],
    ] as const) {
      it(`Baba takes the phone, Ms Alaoui keeps the evidence and reports to 2511, Baba apologises (${via}, ${lang})`, () => {
        const t = replay(ID, lang, path);
        // Baba also speaks on the night of the Lions match, weeks earlier; what counts is how he meets the news.
        const dadAt = t.findIndex(
          (e) => e.kind === 'message' && e.from === 'dad' && TAKES_PHONE[lang].test(textOf(e) ?? ''),
        );
        expect(dadAt).toBeGreaterThanOrEqual(0);
        const alaoui = t.filter((e) => e.kind === 'counter' && e.voice === 'alaoui').map((e) => e.text);
        expect(alaoui[0]).toMatch(NOT_YOUR_FAULT[lang]);
        const report = t.findIndex((e) => e.kind === 'system' && e.text.includes('2511'));
        expect(report).toBeGreaterThan(dadAt);
        const apology = t.findIndex((e) => e.kind === 'message' && e.from === 'dad' && SORRY[lang].test(e.text));
        expect(apology).toBeGreaterThan(report);
        const help = t.filter((e) => e.kind === 'help').map((e) => (e.kind === 'help' ? e.topic : ''));
        expect(help).toEqual(['trusted-adult', 'helpline']);
        expect(t.find((e) => e.kind === 'ending')).toMatchObject({ ending: 'pulled-back' });
      });
    }
  }
});

describe('the squad: the player is addressed as they said', { timeout: SLOW }, () => {
  const paths = [BABA_THEN_ALAOUI, BABA_THEN_ANAS, ...Object.values(recorded[ID] ?? {}).map((p) => p.choices)];
  const standalone = (word: string) => new RegExp(`(^|[\\s،.؟!])${word}([\\s،.؟!]|$)`, 'm');

  it('ar: a girl is never addressed, nor speaks of herself, in the masculine', () => {
    for (const choices of paths) {
      const girl = replayAs(ID, 'ar', 'girl', choices);
      const boy = replayAs(ID, 'ar', 'boy', choices);
      const toGirl = saidToPlayer(girl).join('\n');
      expect(toGirl).not.toMatch(standalone('نتا'));
      expect(toGirl).not.toMatch(/ما تقول والو|ما تخافش|تحمل هادشي|تكذب على|داير معاها|وانتا لاصق|متواضع /);
      expect(saidByPlayer(girl).join('\n')).not.toMatch(/^جاي |حاشم شوية|ما بقيتش عارف |ماشي ذيب\./m);
      expect(saidToPlayer(boy).join('\n')).not.toMatch(standalone('نتي'));
    }
    expect(saidToPlayer(replayAs(ID, 'ar', 'girl', BABA_THEN_ALAOUI)).join('\n')).toMatch(/ونتي لاصقة/);
  });

  it('fr: a girl is not called khoya nor "prévenu"; an unsaid player gets neither gender', () => {
    for (const choices of paths) {
      const girl = saidToPlayer(replayAs(ID, 'fr', 'girl', choices)).join('\n');
      const boy = saidToPlayer(replayAs(ID, 'fr', 'boy', choices)).join('\n');
      const unsaid = saidToPlayer(replayAs(ID, 'fr', 'unsaid', choices)).join('\n');
      expect(girl).not.toMatch(/\bkhoya\b|t'avais prévenu\b(?!e)|t'a lâché\b(?!e)|t'es un loup/);
      expect(boy).not.toMatch(/\bkhti\b|t'avais prévenue|t'a lâchée|\blouve\b/);
      expect(unsaid).not.toMatch(/\bkhoya\b|\bkhti\b|t'avais prévenue?\b|t'es (un|une) lou/);
    }
  });

  it('en needs no gender: the three transcripts are the same', () => {
    for (const choices of paths) {
      const girl = replayAs(ID, 'en', 'girl', choices).map(textOf);
      expect(replayAs(ID, 'en', 'boy', choices).map(textOf)).toEqual(girl);
      expect(replayAs(ID, 'en', 'unsaid', choices).map(textOf)).toEqual(girl);
    }
  });
});
