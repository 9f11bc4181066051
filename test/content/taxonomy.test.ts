import { describe, expect, it } from 'vitest';
import techniquesJson from '../../src/content/data/techniques.json';
import { LANGUAGES } from '../../src/content/languages.ts';
import { ordinaryInfo, parseTaxonomy, techniqueInfo } from '../../src/content/taxonomy.ts';
import { TECHNIQUE_IDS } from '../../src/content/techniques.ts';
import type { TechniqueId } from '../../src/engine/index.ts';

const FIELDS = ['name', 'short', 'explain', 'example', 'ask'] as const;
const raw = techniquesJson as Record<string, Record<string, Record<string, unknown>>>;

/** A deep copy of techniques.json to break in one place. */
function copy(): Record<string, Record<string, Record<string, unknown>>> {
  return structuredClone(raw);
}

describe('techniques.json', () => {
  it('parses against the taxonomy schema', () => {
    const parsed = parseTaxonomy(techniquesJson);
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
  });

  it('has exactly the technique ids of techniques.ts, in the same order, plus ordinary', () => {
    expect(Object.keys(raw)).toEqual([...TECHNIQUE_IDS, 'ordinary']);
  });

  it('gives every technique every field in every language, non-empty', () => {
    for (const id of TECHNIQUE_IDS) {
      expect(Object.keys(raw[id] ?? {}).sort(), id).toEqual([...FIELDS].sort());
      for (const field of FIELDS) {
        for (const lang of LANGUAGES) {
          const text = raw[id]?.[field]?.[lang];
          expect(typeof text === 'string' && text.trim().length > 0, `${id}.${field}.${lang}`).toBe(true);
        }
      }
    }
  });

  it('explains ordinary messages in every language', () => {
    for (const field of ['short', 'explain'] as const) {
      for (const lang of LANGUAGES) {
        const text = raw.ordinary?.[field]?.[lang];
        expect(typeof text === 'string' && text.trim().length > 0, `ordinary.${field}.${lang}`).toBe(true);
      }
    }
  });

  it('never tells a player that a flagged untagged line is harmless (it may be a probe: "how old are you?")', () => {
    const harmless =
      /just (friendly|nice)|simplement gentil|juste gentil|لطيفة فقط|nothing to worry|rien d'inquiétant/i;
    const askWhy = { fr: /pourquoi/, ar: /لماذا/, en: /why/ } as const;
    for (const lang of LANGUAGES) {
      const short = raw.ordinary?.short?.[lang] ?? '';
      expect(short, lang).not.toMatch(harmless);
      expect(short, lang).toMatch(askWhy[lang]);
    }
  });

  it('names every technique differently in each language, in one to four words', () => {
    for (const lang of LANGUAGES) {
      const names = TECHNIQUE_IDS.map((id) => techniqueInfo(id, lang).name);
      expect(new Set(names.map((n) => n.toLowerCase())).size, lang).toBe(TECHNIQUE_IDS.length);
      for (const name of names) expect(name.trim().split(/\s+/).length, name).toBeLessThanOrEqual(4);
    }
  });
});

describe('techniqueInfo', () => {
  it('returns the texts of one language', () => {
    expect(techniqueInfo('secrecy', 'en')).toEqual({
      id: 'secrecy',
      name: 'Keep it secret',
      short: raw.secrecy?.short?.en,
      explain: raw.secrecy?.explain?.en,
      example: raw.secrecy?.example?.en,
      ask: 'Would a real friend ask me to keep this secret?',
    });
    expect(techniqueInfo('flattery', 'ar').name).toBe('الإطراء المفرط');
  });

  it('accepts a technique id from a tag and rejects an unknown one', () => {
    expect(techniqueInfo('urgency' as TechniqueId, 'fr').name).toBe('Pression du temps');
    expect(() => techniqueInfo('bribery' as TechniqueId, 'fr')).toThrow(/unknown technique "bribery"/);
  });
});

describe('ordinaryInfo', () => {
  it('says no technique shows, and invites asking why', () => {
    expect(ordinaryInfo('en').short).toMatch(/none of the techniques/);
    expect(ordinaryInfo('fr').explain.length).toBeGreaterThan(0);
  });
});

describe('parseTaxonomy', () => {
  it('names the field of a missing language', () => {
    const broken = copy();
    delete broken.flattery?.name?.ar;
    const parsed = parseTaxonomy(broken);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.join('\n')).toMatch(/^flattery\.name\.ar: /m);
  });

  it('rejects a missing or an extra technique id', () => {
    const broken = copy();
    delete broken.gifts;
    broken.bribery = broken.urgency ?? {};
    const parsed = parseTaxonomy(broken);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      const errors = parsed.error.join('\n');
      expect(errors).toMatch(/^gifts: /m);
      expect(errors).toMatch(/bribery/);
    }
  });

  it('rejects two techniques with the same name in one language', () => {
    const broken = copy();
    const name = broken.gifts?.name;
    if (name) name.fr = 'Petit à petit';
    const parsed = parseTaxonomy(broken);
    expect(parsed.ok ? [] : parsed.error).toEqual(['escalation.name.fr: "petit à petit" is already the name of gifts']);
  });
});
