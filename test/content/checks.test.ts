import { describe, expect, it } from 'vitest';
import { parseChecks } from '../../src/content/checks.ts';
import checksJson from '../../src/content/data/checks.json' with { type: 'json' };
import { LANGUAGES } from '../../src/content/languages.ts';
import { TECHNIQUE_IDS } from '../../src/content/techniques.ts';

const parsed = parseChecks(checksJson);
if (!parsed.ok) throw new Error(`checks.json does not fit the schema the game loads it with: ${parsed.error}`);
const checks = parsed.value;
type Item = (typeof checks.before)[number];
const SETS = { before: checks.before, after: checks.after, booster: checks.booster } as const;
const ALL = [...checks.before, ...checks.after, ...checks.booster];
const TEXT_FIELDS = ['from', 'text', 'why'] as const;

/** Every string of an item, in every language, with a label for failure messages. */
function strings(item: Item): [string, string][] {
  return TEXT_FIELDS.flatMap((field) =>
    LANGUAGES.map((lang): [string, string] => [`${item.id}.${field}.${lang}`, String(item[field][lang] ?? '')]),
  );
}

/** A phone-number-like run of digits (Latin or Arabic-Indic), possibly split by spaces, dots or dashes. */
const PHONE = /[+]?[0-9٠-٩](?:[\s.-]?[0-9٠-٩]){5,}/;
/** A URL with a scheme (https://, ftp://…) or a link-like scheme without slashes (tel:, mailto:…). */
const URL_SCHEME = /\b[a-z][a-z0-9+.-]*:\/\/|\b(?:tel|mailto|sms|callto):/i;
/** Real apps whose names are not everyday words ("signal" is French): the fiction uses invented ones such as ChatApp. */
const REAL_APPS = /\b(?:whatsapp|telegram|discord|instagram|tiktok|snapchat|facebook)\b/i;

describe('checks.json', () => {
  it('has version 1 and a neutral intro in every language', () => {
    expect(checks.version).toBe(1);
    for (const lang of LANGUAGES) {
      const intro = checks.intro[lang];
      expect(typeof intro === 'string' && intro.trim().length > 0, `intro.${lang}`).toBe(true);
    }
    expect(Object.keys(checks).sort()).toEqual(['after', 'before', 'booster', 'intro', 'version']);
  });

  it('has 6 items before and after, 8 in the booster round: half manipulative, half ordinary', () => {
    const sizes = { before: 6, after: 6, booster: 8 };
    for (const [name, set] of Object.entries(SETS)) {
      const size = sizes[name as keyof typeof sizes];
      expect(set, name).toHaveLength(size);
      expect(
        set.filter((item) => item.manipulative === true),
        name,
      ).toHaveLength(size / 2);
      expect(
        set.filter((item) => item.manipulative === false),
        name,
      ).toHaveLength(size / 2);
    }
  });

  it('gives every item a unique id across all sets', () => {
    const ids = ALL.map((item) => item.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has only the expected fields on every item', () => {
    for (const item of ALL) {
      const expected = ['from', 'id', 'manipulative', 'text', 'why', ...(item.manipulative ? ['technique'] : [])];
      expect(Object.keys(item).sort(), item.id).toEqual(expected.sort());
    }
  });

  it('fills from, text and why in every language', () => {
    for (const item of ALL) {
      for (const field of TEXT_FIELDS) {
        expect(Object.keys(item[field]).sort(), `${item.id}.${field}`).toEqual([...LANGUAGES].sort());
      }
      for (const [label, text] of strings(item)) expect(text.trim().length > 0, label).toBe(true);
    }
  });

  it('tags manipulative items, and only them, with a valid technique, different within a set', () => {
    const valid: readonly string[] = TECHNIQUE_IDS;
    for (const [name, set] of Object.entries(SETS)) {
      const techniques: string[] = [];
      for (const item of set) {
        if (item.manipulative) {
          expect(valid, `${item.id}.technique`).toContain(item.technique);
          techniques.push(String(item.technique));
        } else {
          expect('technique' in item, `${item.id}.technique`).toBe(false);
        }
      }
      expect(new Set(techniques).size, name).toBe(techniques.length);
    }
  });

  it('shares no message text or sender between sets: the booster round is fresh', () => {
    for (const lang of LANGUAGES) {
      const seen = new Map<string, string>();
      for (const item of ALL) {
        for (const key of [String(item.text[lang]), String(item.from[lang])].map((s) => s.trim().toLowerCase())) {
          expect(seen.get(key), `${item.id}.${lang}: "${key}" also in ${seen.get(key)}`).toBeUndefined();
          seen.set(key, item.id);
        }
      }
    }
  });

  it('tags booster techniques that the before/after check does not already use', () => {
    const used = new Set([...checks.before, ...checks.after].map((item) => (item.manipulative ? item.technique : '')));
    for (const item of checks.booster) {
      if (item.manipulative) expect(used.has(item.technique), `${item.id}.technique`).toBe(false);
    }
  });

  it('contains no phone numbers, no URLs with a scheme and no real app names', () => {
    const all: [string, string][] = [
      ...LANGUAGES.map((lang): [string, string] => [`intro.${lang}`, String(checks.intro[lang])]),
      ...ALL.flatMap(strings),
    ];
    for (const [label, text] of all) {
      expect(text, label).not.toMatch(PHONE);
      expect(text, label).not.toMatch(URL_SCHEME);
      expect(text, label).not.toMatch(REAL_APPS);
    }
  });

  it('is refused at load when an item lacks a language, has a stray field or an unknown technique', () => {
    const item = checks.before[0];
    const broken = (patch: object) => ({ ...checks, before: [{ ...item, ...patch }, ...checks.before.slice(1)] });
    expect(parseChecks(broken({ why: { fr: 'x', en: 'y' } }))).toEqual({
      ok: false,
      error: 'before.0.why.ar: Invalid key: Expected "ar" but received undefined',
    });
    expect(parseChecks(broken({ note: 'x' })).ok).toBe(false);
    expect(parseChecks(broken({ manipulative: true, technique: 'hypnosis' })).ok).toBe(false);
    expect(parseChecks(broken({ manipulative: false, technique: 'secrecy' })).ok).toBe(false);
  });

  it('the guards catch what they are for', () => {
    expect('appelle le 0612345678').toMatch(PHONE);
    expect('call 06 12 34 56 78').toMatch(PHONE);
    expect('اتصل ب ٠٦١٢٣٤٥٦٧٨').toMatch(PHONE);
    expect('500 crédits à 16h').not.toMatch(PHONE);
    expect('va sur https://example.org').toMatch(URL_SCHEME);
    expect('tel:19').toMatch(URL_SCHEME);
    expect('Bonjour, c’est M. Benali : rien à signaler').not.toMatch(URL_SCHEME);
    expect('viens sur WhatsApp').toMatch(REAL_APPS);
    expect('sur ChatApp').not.toMatch(REAL_APPS);
    expect('pas un signal d’alarme').not.toMatch(REAL_APPS);
  });
});
