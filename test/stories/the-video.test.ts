import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../src/engine/index.ts';
import { LANGS, recorded, replay, replayAs, type StoryLang, textOf } from './replay.ts';

/**
 * The video (issue 14), replayed as a player meets it: the father who reacts badly and the teacher the player goes
 * to next, who keeps the evidence, calls 2511 and says the adult is the one in the wrong; the friend who stays
 * hurt; and the player's gender, which the fr and ar scripts follow while en needs none.
 */

const SLOW = 120_000;
const ID = 'the-video';
/**
 * Shares Zak's line, apologises, tells Dad first (who takes the phone), then goes to Mrs Berrada with Kenza; the first
 * option at each everyday scene (the sit-in day, the Ramadan evening at the aunt's).
 */
const BAD_ADULT_PATH = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] as const;
/**
 * Checks with Kenza, warns the class, blocks Zak, then tells no one and "just wants to forget" (checked-first); on
 * Monday answers the class's teasing with a joke.
 */
const FORGET_PATH = [0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 1, 0, 0, 0, 0, 0, 1, 0] as const;
const TELLS_PARENTS: Record<StoryLang, RegExp> = { fr: /papa et maman/, ar: /لبابا وماما/, en: /Mum and Dad/ };
const NOT_YOUR_FAULT: Record<StoryLang, RegExp> = { fr: /pas toi/i, ar: /ماشي نتوما/, en: /not you/i };
const TAKES_PHONE: Record<StoryLang, RegExp> = { fr: /téléphone/, ar: /التيليفون/, en: /phone/ };
const SORRY: Record<StoryLang, RegExp> = { fr: /Pardon/, ar: /سمح ليا/, en: /sorry/ };

/** What others say to the player (the player's own lines address Kenza or Zak, not the player). */
function saidToPlayer(t: readonly TranscriptEntry[]): string[] {
  return t.filter((e) => e.kind !== 'message' || e.from !== 'me').flatMap((e) => textOf(e) ?? []);
}

describe('the video: the first adult reacts badly, the second one acts', { timeout: SLOW }, () => {
  for (const lang of LANGS) {
    it(`Dad takes the phone, Mrs Berrada keeps the evidence and calls 2511, Dad apologises (${lang})`, () => {
      const t = replay(ID, lang, BAD_ADULT_PATH);
      const dad = t.filter((e) => e.kind === 'message' && e.from === 'papa').map((e) => textOf(e) ?? '');
      expect(dad.some((line) => TAKES_PHONE[lang].test(line))).toBe(true);
      const firstHelp = t.findIndex((e) => e.kind === 'help' && e.topic === 'trusted-adult');
      const dadAt = t.findIndex((e) => e.kind === 'message' && e.from === 'papa');
      expect(firstHelp).toBeGreaterThan(dadAt);
      const cards = t.filter((e) => e.kind === 'counter' && e.voice === 'berrada').map((e) => e.text);
      const call = cards.findIndex((text) => text.includes('2511'));
      expect(call).toBeGreaterThanOrEqual(0);
      expect(cards.slice(call, call + 2).join(' ')).toMatch(NOT_YOUR_FAULT[lang]);
      expect(dad.some((line) => SORRY[lang].test(line))).toBe(true);
      expect(t.find((e) => e.kind === 'ending')).toMatchObject({ ending: 'shared-then-corrected' });
    });
  }
});

describe('the video: a player who wants to forget it is not left alone with it', { timeout: SLOW }, () => {
  for (const lang of LANGS) {
    it(`Kenza keeps the screenshots and will tell the parents if Zak brings up the club again (${lang})`, () => {
      const t = replay(ID, lang, FORGET_PATH);
      const kenza = t.filter((e) => e.kind === 'message' && e.from === 'kenza').map((e) => textOf(e) ?? '');
      expect(kenza.some((line) => TELLS_PARENTS[lang].test(line))).toBe(true);
      expect(t.some((e) => e.kind === 'help' && e.topic === 'trusted-adult')).toBe(true);
      expect(t.find((e) => e.kind === 'ending')).toMatchObject({ ending: 'checked-first' });
    });
  }
});

describe('the video: the player is addressed as they said', { timeout: SLOW }, () => {
  const paths = [BAD_ADULT_PATH, ...Object.values(recorded[ID] ?? {}).map((p) => p.choices)];
  it('fr: a girl is never addressed in the masculine, a boy never in the feminine', () => {
    for (const choices of paths) {
      const girl = saidToPlayer(replayAs(ID, 'fr', 'girl', choices)).join('\n');
      const boy = saidToPlayer(replayAs(ID, 'fr', 'boy', choices)).join('\n');
      expect(girl).not.toMatch(/\bkhoya\b|\bt'es sûr\b(?!e)|\bdifférent\b(?!e)|t'es le seul/);
      expect(boy).not.toMatch(/\bkhti\b|\bt'es sûre\b|\bdifférente\b|t'es la seule/);
    }
  });

  it('ar: a girl is addressed with نتي, a boy and an unsaid player with the masculine', () => {
    const standalone = (word: string) => new RegExp(`(^|[\\s،.؟!])${word}([\\s،.؟!]|$)`, 'm');
    for (const choices of paths) {
      const girl = saidToPlayer(replayAs(ID, 'ar', 'girl', choices)).join('\n');
      const boy = saidToPlayer(replayAs(ID, 'ar', 'boy', choices)).join('\n');
      const unsaid = saidToPlayer(replayAs(ID, 'ar', 'unsaid', choices)).join('\n');
      expect(girl).not.toMatch(standalone('نتا'));
      expect(boy).not.toMatch(standalone('نتي'));
      // An unsaid player gets the masculine a group chat uses for someone it does not know, without "my brother".
      expect(unsaid).not.toMatch(standalone('نتي'));
      expect(unsaid).not.toMatch(/ضرّاتني (خويا|أختي)/);
    }
    const girl = saidToPlayer(replayAs(ID, 'ar', 'girl', BAD_ADULT_PATH)).join('\n');
    expect(girl).toMatch(standalone('نتي'));
    // Dad's apology and simo's mockery follow the gender too.
    expect(girl).toMatch(/سمحي ليا/);
    expect(girl).toMatch(/وحدة أخرى باغية/);
    expect(saidToPlayer(replayAs(ID, 'ar', 'unsaid', BAD_ADULT_PATH)).join('\n')).toMatch(/شي حد آخر باغي/);
  });

  it('fr: an unsaid player gets wording with no gender where the script can avoid it', () => {
    const unsaid = saidToPlayer(replayAs(ID, 'fr', 'unsaid', BAD_ADULT_PATH)).join('\n');
    const girl = saidToPlayer(replayAs(ID, 'fr', 'girl', BAD_ADULT_PATH)).join('\n');
    expect(unsaid).not.toMatch(/\bkhoya\b|\bkhti\b/);
    expect(girl).not.toBe(unsaid);
  });

  it('en needs no gender: the three transcripts are the same', () => {
    for (const choices of paths) {
      const girl = replayAs(ID, 'en', 'girl', choices).map(textOf);
      expect(replayAs(ID, 'en', 'boy', choices).map(textOf)).toEqual(girl);
      expect(replayAs(ID, 'en', 'unsaid', choices).map(textOf)).toEqual(girl);
    }
  });
});
