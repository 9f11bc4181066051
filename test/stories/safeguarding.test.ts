import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../src/engine/index.ts';
import { listScenarioDirs } from '../../tools/scenario-files.ts';
import { LANGS, recorded, replay, type StoryLang, storyDir, taggedTexts, textOf } from './replay.ts';

/**
 * Issue 13 (safeguarding), replayed as a player meets it, in every language: distress is answered by someone who
 * cares (not only by the recruiter), 2511 is offered for what it is, the trusted adult keeps the evidence and calls
 * 2511 or the police, and nothing in the scripts is a copyable recipe or a shared keyword.
 */

/** Compiling a story takes a few seconds on a loaded machine: a generous limit, not a timing assertion. */
const SLOW = 120_000;
const STORIES = ['the-squad', 'the-video', 'the-mentor', 'my-friend'] as const;
const RECRUITERS = new Set([
  'hamza',
  'walid',
  'grand_loup',
  'kroc',
  'zak',
  'debout',
  'soleil',
  'veilleur',
  'lynx',
  'loubna',
  'lys',
]);

function source(id: string, lang: StoryLang): string {
  const text = readFileSync(join(storyDir(id), `${lang}.ink`), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

function indexWhere(t: readonly TranscriptEntry[], test: (e: TranscriptEntry) => boolean, from = 0): number {
  for (let i = from; i < t.length; i++) {
    const entry = t[i];
    if (entry && test(entry)) return i;
  }
  return -1;
}

/** Every distress line shown on this path is followed by a check-in (not from a recruiter) and the distress card. */
function distressAnswered(id: string, lang: StoryLang, t: readonly TranscriptEntry[]): number {
  const distress = new Set(taggedTexts(id, lang, 'distress'));
  const checkins = new Set(taggedTexts(id, lang, 'checkin'));
  let seen = 0;
  t.forEach((entry, i) => {
    const text = textOf(entry);
    if (text === undefined || !distress.has(text)) return;
    seen++;
    const checkin = indexWhere(t, (e) => e.kind === 'message' && checkins.has(e.text), i + 1);
    const card = indexWhere(t, (e) => e.kind === 'help' && e.topic === 'distress', i + 1);
    expect(checkin, `${id}/${lang}: a check-in after "${text}"`).toBeGreaterThan(i);
    expect(card, `${id}/${lang}: a distress card after "${text}"`).toBeGreaterThan(i);
    const from = t[checkin];
    expect(from?.kind === 'message' && RECRUITERS.has(from.from)).toBe(false);
  });
  return seen;
}

describe('distress is answered by someone who cares, before the recruiter', { timeout: SLOW }, () => {
  for (const lang of LANGS) {
    it(`the-mentor (${lang}): Idir checks in and the distress card shows before Hamza's first message`, () => {
      for (const path of Object.values(recorded['the-mentor'] ?? {})) {
        const t = replay('the-mentor', lang, path.choices);
        const post = new Set(taggedTexts('the-mentor', lang, 'distress'));
        const postAt = indexWhere(t, (e) => e.kind === 'system' && post.has(e.text));
        const hamzaAt = indexWhere(t, (e) => e.kind === 'message' && e.from === 'hamza');
        const checkins = new Set(taggedTexts('the-mentor', lang, 'checkin'));
        const idirAt = indexWhere(t, (e) => e.kind === 'message' && e.from === 'idir' && checkins.has(e.text));
        const cardAt = indexWhere(t, (e) => e.kind === 'help' && e.topic === 'distress');
        expect(postAt).toBeGreaterThanOrEqual(0);
        expect(idirAt).toBeGreaterThan(postAt);
        expect(cardAt).toBeGreaterThan(idirAt);
        expect(hamzaAt).toBeGreaterThan(cardAt);
        expect(textOf(t[cardAt] as TranscriptEntry)).toContain('Stop Silence');
        expect(distressAnswered('the-mentor', lang, t)).toBe(1);
      }
    });

    it(`my-friend (${lang}): Adam's "nobody" lines get a check-in and the distress card`, () => {
      // The friend who writes privately, asks about his dad and why he likes the channel, and talks it through: the
      // path to friend-helped that meets both of Adam's distress lines (the recorded shortest path meets one).
      const bothLines = [3, 0, 0, 0, 1, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0];
      const t = replay('my-friend', lang, bothLines);
      expect(t.find((e) => e.kind === 'ending')).toMatchObject({ ending: 'friend-helped' });
      expect(distressAnswered('my-friend', lang, t)).toBe(2);
    });

    it(`every recorded path (${lang}) answers each distress line it shows`, () => {
      for (const id of STORIES) {
        for (const path of Object.values(recorded[id] ?? {}))
          distressAnswered(id, lang, replay(id, lang, path.choices));
      }
    });
  }
});

const FEEL_BAD: Record<StoryLang, RegExp> = {
  fr: /horaires|te sens mal|besoin d'en parler|besoin de parler/i,
  ar: /أوقات العمل|بالضيق|تحتاج إلى الحديث|تهضر مع شي حد/,
  en: /opening hours|check the hours|feel bad|need to talk|want to talk/i,
};

describe('2511 is offered for what it is: reporting an adult who targets a child, free, 24/7', {
  timeout: SLOW,
}, () => {
  for (const lang of LANGS) {
    it(`no line (${lang}) offers 2511 as a "feel bad" line or sends the player to check its hours`, () => {
      for (const dir of listScenarioDirs()) {
        const id = dir.split('/').at(-1) ?? dir;
        for (const line of source(id, lang)
          .split('\n')
          .filter((l) => l.includes('2511'))) {
          expect(line, `${id}/${lang}`).not.toMatch(FEEL_BAD[lang]);
        }
      }
    });

    it(`help cards (${lang}): 2511 on the helpline card with "24", Stop Silence on the distress card`, () => {
      let cards = 0;
      for (const id of STORIES) {
        for (const path of Object.values(recorded[id] ?? {})) {
          for (const entry of replay(id, lang, path.choices)) {
            if (entry.kind !== 'help') continue;
            if (entry.text.includes('2511')) expect(['helpline', 'report']).toContain(entry.topic);
            if (entry.text.includes('2511') && entry.topic === 'helpline') {
              cards++;
              expect(entry.text).toContain('24');
            }
            if (entry.text.includes('Stop Silence')) expect(entry.topic).toBe('distress');
          }
        }
      }
      expect(cards).toBeGreaterThanOrEqual(5);
    });
  }
});

const NOT_YOUR_FAULT: Record<StoryLang, RegExp> = {
  fr: /pas toi|pas nous|pas vous|pas adam/i,
  ar: /ماشي نتا|ماشي نتي|ماشي حنا|ماشي نتوما|ماشي آدم/,
  en: /not you|not us|not adam/i,
};

/** The endings where an adult recruiter targeted the player or a friend, and a trusted adult must escalate. */
const ESCALATED: readonly (readonly [string, string])[] = [
  ['the-mentor', 'talked-to-parent'],
  ['the-mentor', 'imam-helped'],
  ['the-mentor', 'counsellor'],
  ['the-mentor', 'sister-reached-out'],
  ['the-mentor', 'aunt-listened'],
  ['the-mentor', 'lost-friend-trust'],
  ['the-squad', 'blocked-early'],
  ['the-squad', 'pulled-back'],
  ['the-squad', 'warned-friend'],
  ['the-squad', 'said-stop'],
  ['my-friend', 'told-adult'],
  ['my-friend', 'friendship-cooled'],
  ['my-friend', 'drifted-apart'],
  ['the-sisters', 'left-early'],
  ['the-sisters', 'aunt-stepped-in'],
  ['the-sisters', 'mourchida'],
  ['the-sisters', 'former-member'],
  ['the-sisters', 'lost-friend'],
  ['the-video', 'checked-first'],
  ['the-video', 'shared-then-corrected'],
  ['the-video', 'lost-a-friend'],
  ['the-video', 'anger-into-action'],
];

describe('the trusted adult keeps the evidence and calls 2511; the adult recruiter is the one in trouble', {
  timeout: SLOW,
}, () => {
  for (const lang of LANGS) {
    for (const [id, ending] of ESCALATED) {
      it(`${id} · ${ending} (${lang})`, () => {
        const path = recorded[id]?.[ending];
        if (!path) throw new Error(`no recorded path for ${id}/${ending}`);
        const said = replay(id, lang, path.choices).filter(
          (e) => (e.kind === 'message' && !RECRUITERS.has(e.from) && e.from !== 'me') || e.kind === 'counter',
        );
        const escalation = said.find((e) => textOf(e)?.includes('2511'));
        expect(escalation, `someone who cares calls 2511 in ${id}/${ending}/${lang}`).toBeDefined();
        const blame = said.slice(
          said.indexOf(escalation as TranscriptEntry),
          said.indexOf(escalation as TranscriptEntry) + 2,
        );
        expect(blame.map(textOf).join(' '), 'and says the adult is the one in the wrong').toMatch(NOT_YOUR_FAULT[lang]);
      });
    }
  }
});

describe('weakened dose: no recipe, and each movement its own words', { timeout: SLOW }, () => {
  const RECIPE = /offre-lui un skin|give him a skin|عطيه سكين/;
  const SHARED: Record<string, RegExp> = {
    'the-squad': /mouton|éveill|réveil|sheep|awake|خروف|خرفان/i,
    'the-video':
      /mouton|éveill|réveil|sheep|awake|vallée|valley|plateau|pont|bridge|الوادي|الهضبة|القنطرة|يقظة|الموقظ/i,
    'the-mentor': /mouton|éveillés|endormis|sheep|but awake|who are asleep|ناعسين/i,
  };
  for (const lang of LANGS) {
    it(`the squad (${lang}) asks to recruit a friend without a step-by-step recipe`, () => {
      expect(source('the-squad', lang)).not.toMatch(RECIPE);
    });
    for (const [id, words] of Object.entries(SHARED)) {
      it(`${id} (${lang}) does not borrow the sheep/awake words of another movement, nor a real city pair`, () => {
        expect(source(id, lang)).not.toMatch(words);
      });
    }
  }
});
