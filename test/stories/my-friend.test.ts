import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../src/engine/index.ts';
import { optionsFor, replay, storyDir, textOf } from './replay.ts';

/**
 * "My friend is changing" after the issue-14 rewrite: the class-group dilemma speaks to the player in their own
 * gender (fr and ar, through the scripts' g() function), the mother who reacts badly sends the player to another
 * adult and later apologises, and the lasting-loss ending still reaches 2511, the help cards and a way out.
 */

const SLOW = 120_000;
/**
 * Laugh along, keep Aya's secret, ask about his dad, see the channel and leave it, then stand up for Adam in class; and, here
 * and in the paths below, the first option at each everyday scene (the Ramadan tournament, the test week, Rania).
 */
const TO_DEFEND = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0];
/**
 * Laugh along, shrug at Aya, answer Adam, stay quiet in class and with Hiba, leave him on read, hear the "test", say
 * an adult must know, tell anyway when he refuses, tell mum first, let the counsellor report: the bad-adult path.
 */
const BAD_ADULT = [0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 2, 0, 1, 0, 0, 1];

/** The lines an ink script prints along these choices, with player_gender set before the first line. */
function linesFor(lang: 'fr' | 'ar', gender: string, choices: readonly number[]): string[] {
  const source = optionsFor(storyDir('my-friend'), lang).story;
  const story = typeof source === 'string' ? new Story(source) : new Story(source as Record<string, unknown>);
  story.variablesState.$('player_gender', gender);
  const lines: string[] = [];
  const pending = [...choices];
  for (;;) {
    while (story.canContinue) lines.push((story.Continue() ?? '').trim());
    const next = pending.shift();
    if (next === undefined || story.currentChoices.length === 0) return lines;
    story.ChooseChoiceIndex(next);
  }
}

function indexOf(t: readonly TranscriptEntry[], test: (e: TranscriptEntry) => boolean): number {
  return t.findIndex(test);
}

describe('my-friend: the player is addressed in their own gender', { timeout: SLOW }, () => {
  const TEASE = {
    fr: { girl: "t'es sa copine ou quoi", boy: "t'es son garde du corps ou quoi", unsaid: 'il te paie combien' },
    ar: { girl: 'ها المحامية ديال آدم جات', boy: 'ها المحامي ديال آدم جا', unsaid: 'ها المحامي ديال آدم جا' },
  } as const;
  for (const lang of ['fr', 'ar'] as const) {
    for (const gender of ['girl', 'boy', 'unsaid'] as const) {
      it(`${lang}, ${gender}: Anir's teasing after the player stands up for Adam`, () => {
        const lines = linesFor(lang, gender, TO_DEFEND);
        expect(lines.join('\n')).toContain(TEASE[lang][gender]);
        if (gender !== 'girl' && lang === 'ar') expect(lines.join('\n')).not.toContain('المحامية');
      });
    }
  }
});

/**
 * Write to Adam in private, keep Aya's secret, ask about his dad, see the channel and speak up there, stay quiet in
 * class, unsure with Hiba, tell Adam you don't want to lose him, then promise to keep the "test" secret: mum's note,
 * the Watcher's welcome and sneer, Adam's reproach and his thanks all speak to the player.
 */
const SPEAK_UP_THEN_PROMISE = [3, 0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 2, 1, 0, 0, 0, 0, 1];
/** Write to Adam in private, keep Aya's secret, ask about his dad, refuse the channel: his apology at 1 a.m. */
const REFUSE_CHANNEL = [3, 0, 0, 0, 1, 0, 2, 0, 0, 0];

describe('my-friend: lines that speak to a girl use the feminine, to a boy the masculine', { timeout: SLOW }, () => {
  const FORMS = {
    ar: [
      { path: SPEAK_UP_THEN_PROMISE, girl: 'ما تنسايش الساروت', boy: 'ما تنساش الساروت' },
      { path: SPEAK_UP_THEN_PROMISE, girl: 'وقولي لآدم', boy: 'وقول لآدم' },
      { path: SPEAK_UP_THEN_PROMISE, girl: 'مرحبا بالجديدة', boy: 'مرحبا بالجديد ' },
      { path: SPEAK_UP_THEN_PROMISE, girl: 'هادي صاحبتك؟', boy: 'هادا صاحبك؟' },
      { path: SPEAK_UP_THEN_PROMISE, girl: 'كان خاصك تقولي', boy: 'كان خاصك تقول ' },
      { path: SPEAK_UP_THEN_PROMISE, girl: 'غير نتي اللي نقدر نهضر معاها', boy: 'غير نتا اللي نقدر نهضر معاه' },
      { path: REFUSE_CHANNEL, girl: 'سمحي ليا على قبيلة', boy: 'سمح ليا على قبيلة' },
    ],
    fr: [
      { path: SPEAK_UP_THEN_PROMISE, girl: 'Bienvenue à la nouvelle', boy: 'Bienvenue au nouveau' },
      { path: SPEAK_UP_THEN_PROMISE, girl: "c'est ton amie ?", boy: "c'est ton ami ?" },
      { path: REFUSE_CHANNEL, girl: "sm7ili pour tout à l'heure", boy: "sm7li pour tout à l'heure" },
    ],
  } as const;
  for (const lang of ['ar', 'fr'] as const) {
    for (const { path, girl, boy } of FORMS[lang]) {
      it(`${lang}: "${girl}" to a girl, "${boy}" to a boy`, () => {
        const asGirl = linesFor(lang, 'girl', path).join('\n');
        const asBoy = linesFor(lang, 'boy', path).join('\n');
        expect(asGirl).toContain(girl);
        expect(asGirl).not.toContain(boy);
        expect(asBoy).toContain(boy);
      });
    }
  }
});

describe('my-friend: the first adult reacts badly, the player goes to another', { timeout: SLOW }, () => {
  for (const lang of ['fr', 'ar', 'en'] as const) {
    it(`${lang}: the phone is taken, the trusted-adult card, the counsellor, then mum apologises`, () => {
      const t = replay('my-friend', lang, BAD_ADULT);
      const taken = indexOf(
        t,
        (e) => e.kind === 'message' && e.from === 'mom' && /📱|phone|téléphone|التيليفون/i.test(e.text),
      );
      const card = indexOf(t, (e) => e.kind === 'help' && e.topic === 'trusted-adult');
      const counsellor = indexOf(t, (e) => e.kind === 'counter' && e.voice === 'bennani');
      const apology = indexOf(t, (e) => e.kind === 'message' && e.from === 'mom' && /pardon|sorry|سمح/i.test(e.text));
      expect(taken).toBeGreaterThanOrEqual(0);
      expect(card).toBeGreaterThan(taken);
      expect(counsellor).toBeGreaterThan(card);
      expect(apology).toBeGreaterThan(counsellor);
      expect(t.find((e) => e.kind === 'ending')).toMatchObject({ ending: 'friendship-cooled' });
    });
  }
});

describe('my-friend: the lasting loss still ends in a way out', { timeout: SLOW }, () => {
  for (const lang of ['fr', 'ar', 'en'] as const) {
    it(`${lang}: 2511 and the emergency card before the ending, and a support-friend card`, () => {
      const t = replay('my-friend', lang, BAD_ADULT);
      const topics = t.filter((e) => e.kind === 'help').map((e) => (e.kind === 'help' ? e.topic : ''));
      expect(topics).toEqual(expect.arrayContaining(['helpline', 'emergency', 'support-friend']));
      const helpline = t.find((e) => e.kind === 'help' && e.topic === 'helpline');
      expect(helpline && textOf(helpline)).toContain('2511');
    });
  }
});
