import { describe, expect, it } from 'vitest';
import helpMaJson from '../../src/content/data/help-ma.json';
import helpMaAdultsJson from '../../src/content/data/help-ma-adults.json';
import {
  adultHelpDirectoryMa,
  type HelpDirectory,
  helpDirectoryMa,
  helpFor,
  parseHelpDirectory,
} from '../../src/content/help-directory.ts';
import { HELP_TOPICS } from '../../src/engine/index.ts';

// The only numbers CONTENT.md allows in the student panel: ONDE (2511, 0800 00 2511), police, gendarmerie, ambulance.
// Plus 24 and 7, the only other figures a student reads ("24 hours a day, 7 days a week").
const ALLOWED_NUMBERS = new Set(['2511', '0800002511', '19', '177', '15', '24', '7']);
/** Fields the student panel never shows: dates, and the source and verification notes for teachers. */
const NOT_SHOWN = new Set(['lastVerified', 'source', 'verification']);

const L = (s: string) => ({ fr: s, ar: s, en: s });

/** A valid entry of a partner directory, with overrides. */
function makeEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'line',
    kind: 'phone',
    name: L('Line'),
    for: L('Listening'),
    contacts: [{ label: L('Call'), href: 'tel:2511' }],
    hours: L('Always'),
    cost: L('Free'),
    lastVerified: '2026-11-29',
    source: 'https://partner.example/help',
    topics: ['helpline'],
    ...overrides,
  };
}

/** A valid adults directory (adult directories need not cover every topic), with entries. */
function makeDirectory(entries: readonly Record<string, unknown>[]): Record<string, unknown> {
  return { region: 'MA', audience: 'adults', entries };
}

/** Every string in a JSON value with the field it sits under. */
function stringsOf(value: unknown, key = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item) => stringsOf(item, key));
  if (typeof value === 'object' && value !== null) {
    // A language key keeps the field it belongs to ("verification" for verification.fr).
    return Object.entries(value).flatMap(([k, item]) => stringsOf(item, ['fr', 'ar', 'en'].includes(k) ? key : k));
  }
  return [];
}

/** Runs of digits (any script), with spaces inside a number joined: "0800 00 2511" → "0800002511". */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\p{Nd}+(?:[ \u00a0]\p{Nd}+)*/gu)].map((m) =>
    m[0]
      .replace(/\s/g, '')
      // Arabic-Indic and Extended Arabic-Indic digits; any other script stays as is and fails the allow-list.
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0)),
  );
}

function contactsOf(directory: HelpDirectory) {
  return directory.entries.flatMap((e) => e.contacts);
}

describe('help directory files', () => {
  it('parse against the help directory schema', () => {
    for (const raw of [helpMaJson, helpMaAdultsJson]) {
      const parsed = parseHelpDirectory(raw);
      expect(parsed.ok ? [] : parsed.error).toEqual([]);
    }
  });

  it('link only to tel:, sms: or https:', () => {
    const hrefs = [...contactsOf(helpDirectoryMa), ...contactsOf(adultHelpDirectoryMa)].map((c) => c.href);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(tel:|sms:|https:\/\/)/);
  });

  it('the student panel shows no phone number that CONTENT.md does not list', () => {
    const found = stringsOf(helpMaJson)
      .filter((s) => !NOT_SHOWN.has(s.key))
      .flatMap((s) => numbersIn(s.text));
    expect(found).toContain('2511');
    expect(found).toContain('0800002511');
    expect(found.filter((n) => !ALLOWED_NUMBERS.has(n))).toEqual([]);
  });

  it('finds numbers written with spaces or in Arabic-Indic digits', () => {
    expect(numbersIn('appelle le 0800 00 2511 ou le ١٩')).toEqual(['0800002511', '19']);
  });

  it('e-Blagh is in the adult guide only, never in the student panel', () => {
    const student = JSON.stringify(helpMaJson).toLowerCase();
    expect(student).not.toMatch(/blagh|إي-?بلاغ|dgsn/);
    expect(adultHelpDirectoryMa.audience).toBe('adults');
    expect(adultHelpDirectoryMa.entries.map((e) => e.id)).toContain('e-blagh');
  });

  it('marks what CONTENT.md does not confirm as needing a check, with no fresh date and a note for teachers', () => {
    const unchecked = helpDirectoryMa.entries.filter((e) => e.needsCheck);
    expect(unchecked.map((e) => e.id)).toEqual(['onde-portal', 'stop-silence']);
    for (const e of unchecked) {
      // The December 2026 check did not confirm them: they keep the date of the newest source that did.
      expect(e.lastVerified < '2026', e.id).toBe(true);
      expect(e.verification?.en, e.id).toMatch(/not confirmed/);
    }
    const byId = (id: string) => helpDirectoryMa.entries.find((e) => e.id === id);
    expect(byId('stop-silence')?.hours).toBe('check');
    expect(byId('onde-portal')?.hours).toBe('check');
    const emergency = byId('emergency');
    expect(emergency?.needsCheck).toBeUndefined();
    expect(emergency?.contacts.map((c) => c.href)).toEqual(['tel:19', 'tel:177', 'tel:15']);
  });

  it('says 2511 is for reporting a child in danger, free and 24/7 as onde.ma says, and not the distress line', () => {
    const line = helpDirectoryMa.entries.find((e) => e.id === 'onde-2511');
    expect(line?.source).toBe('https://www.onde.ma/fr/onde/protection');
    expect(line?.needsCheck).toBeUndefined();
    expect(line?.for.en).toMatch(/report.*mistreated, exploited or put in danger/);
    expect(line?.hours).toEqual({
      fr: '24 heures sur 24, 7 jours sur 7',
      ar: '24 ساعة في اليوم، 7 أيام في الأسبوع',
      en: '24 hours a day, 7 days a week',
    });
    expect(line?.cost).toMatchObject({ en: expect.stringMatching(/^Free/) });
    expect(line?.topics).not.toContain('distress');
  });

  it('gives Stop Silence its web address as the distress entry: free, anonymous, confidential, by chat', () => {
    const chat = helpDirectoryMa.entries.find((e) => e.id === 'stop-silence');
    expect(chat?.contacts.map((c) => c.href)).toEqual(['https://www.stopsilence.org']);
    expect(chat?.for.en).toMatch(/Free, anonymous and confidential/);
    expect(chat?.kind).toBe('chat');
    expect(helpFor('distress').map((e) => e.id)).toEqual(['trusted-adult', 'stop-silence', 'emergency']);
  });

  it('gives every entry of both directories an https source and a lastVerified date', () => {
    for (const raw of [helpMaJson, helpMaAdultsJson]) {
      for (const e of raw.entries as { id: string; source?: unknown; lastVerified?: unknown }[]) {
        expect(e.source, e.id).toMatch(/^https:\/\//);
        expect(e.lastVerified, e.id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      }
    }
  });
});

describe('helpFor', () => {
  it('offers at least one entry for every help topic, a trusted adult first', () => {
    for (const topic of HELP_TOPICS) {
      const entries = helpFor(topic);
      expect(entries.length, topic).toBeGreaterThan(0);
      expect(entries[0]?.kind, topic).toBe('person');
    }
  });

  it('puts person entries first and keeps the rest in directory order', () => {
    const person = makeEntry({
      id: 'adult',
      kind: 'person',
      contacts: [],
      steps: { fr: ['a'], ar: ['a'], en: ['a'] },
      starters: { fr: ['b'], ar: ['b'], en: ['b'] },
    });
    const parsed = parseHelpDirectory(makeDirectory([makeEntry({ id: 'one' }), makeEntry({ id: 'two' }), person]));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(helpFor('helpline', parsed.value).map((e) => e.id)).toEqual(['adult', 'one', 'two']);
  });
});

describe('parseHelpDirectory', () => {
  it('rejects a partner directory with an http: link and a missing language, naming the fields', () => {
    const name = { fr: 'Ligne', en: 'Line' };
    const bad = makeDirectory([makeEntry({ name, contacts: [{ label: L('Site'), href: 'http://partner.example' }] })]);
    const parsed = parseHelpDirectory(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      const errors = parsed.error.join('\n');
      expect(errors).toMatch(/^entries\.0\.contacts\.0\.href \(entry "line"\): must be a tel:, sms: or https:/m);
      expect(errors).toMatch(/^entries\.0\.name\.ar \(entry "line"\): /m);
    }
  });

  it('rejects an entry without a source, with a source that is not an https address, or without lastVerified', () => {
    const { source: _source, ...noSource } = makeEntry();
    const { lastVerified: _date, ...noDate } = makeEntry();
    const cases = [noSource, makeEntry({ source: 'onde.ma' }), makeEntry({ source: 'http://onde.ma' }), noDate];
    const errors = cases.map((entry) => {
      const parsed = parseHelpDirectory(makeDirectory([entry]));
      return parsed.ok ? '' : parsed.error.join('\n');
    });
    expect(errors[0]).toMatch(/^entries\.0\.source \(entry "line"\): /m);
    expect(errors[1]).toMatch(/^entries\.0\.source \(entry "line"\): needs the https:\/\/ address/m);
    expect(errors[2]).toMatch(/^entries\.0\.source /m);
    expect(errors[3]).toMatch(/^entries\.0\.lastVerified /m);
  });

  it('accepts a day, a month or a year as lastVerified, and nothing else', () => {
    for (const date of ['2026-12-01', '2026-12', '2020']) {
      expect(parseHelpDirectory(makeDirectory([makeEntry({ lastVerified: date })])).ok, date).toBe(true);
    }
    for (const date of ['2026-13', 'Dec 2026', '26-12-01', '']) {
      expect(parseHelpDirectory(makeDirectory([makeEntry({ lastVerified: date })])).ok, date).toBe(false);
    }
  });

  it('accepts "check" for hours or cost only on an entry marked as needing a check, with a note saying what', () => {
    const unmarked = parseHelpDirectory(makeDirectory([makeEntry({ hours: 'check' })]));
    expect(unmarked.ok ? [] : unmarked.error).toEqual([
      'entries.0.hours (entry "line"): "check" needs "needsCheck": true',
    ]);
    const noNote = parseHelpDirectory(makeDirectory([makeEntry({ hours: 'check', needsCheck: true })]));
    expect(noNote.ok ? '' : noNote.error.join('\n')).toMatch(/entries\.0\.verification \(entry "line"\): /);
    const good = makeEntry({ hours: 'check', needsCheck: true, verification: L('Hours not confirmed') });
    expect(parseHelpDirectory(makeDirectory([good])).ok).toBe(true);
  });

  it('rejects javascript: and other schemes', () => {
    for (const href of ['javascript:alert(1)', 'mailto:a@b.example', 'tel:08 00', 'https://']) {
      const parsed = parseHelpDirectory(makeDirectory([makeEntry({ contacts: [{ label: L('x'), href }] })]));
      expect(parsed.ok, href).toBe(false);
    }
  });

  it('rejects a phone entry with no contact unless it is marked as needing a check', () => {
    const noContact = parseHelpDirectory(makeDirectory([makeEntry({ contacts: [] })]));
    expect(noContact.ok ? [] : noContact.error).toEqual([
      'entries.0.contacts (entry "line"): a phone entry needs a contact (or "needsCheck": true until it is confirmed)',
    ]);
    const marked = makeEntry({ contacts: [], needsCheck: true, verification: L('No contact confirmed') });
    expect(parseHelpDirectory(makeDirectory([marked])).ok).toBe(true);
  });

  it('rejects duplicate ids, unknown topics and steps that differ between languages', () => {
    const steps = makeEntry({ id: 'steps', kind: 'steps', steps: { fr: ['a', 'b'], ar: ['a'], en: ['a', 'b'] } });
    const parsed = parseHelpDirectory(makeDirectory([makeEntry(), makeEntry(), steps]));
    expect(parsed.ok ? [] : parsed.error).toEqual([
      'entries.1.id (entry "line"): "line" is used twice',
      'entries.2.steps.ar (entry "steps"): has 1 items but fr has 2',
    ]);
    const topic = parseHelpDirectory(makeDirectory([makeEntry({ topics: ['police'] })]));
    expect(topic.ok ? '' : topic.error.join('\n')).toMatch(/^entries\.0\.topics\.0 /);
  });

  it('requires a student directory to start from a trusted adult and to cover every topic', () => {
    const parsed = parseHelpDirectory({ region: 'MA', audience: 'students', entries: [makeEntry()] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain(
        'entries: a student directory needs a "person" entry for the topic "trusted-adult"',
      );
      expect(parsed.error.join('\n')).toMatch(/no entry serves the topic "emergency"/);
    }
  });
});
