import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../tools/scenario-check.ts';
import { writeScenario } from '../helpers/scenario-dir.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ink', 'safeguarding');
const L = (s: string) => ({ fr: s, ar: s, en: s });

/** Karim is the recruiter; Nadia is a friend who can check in. */
const CAST = {
  characters: {
    karim: { name: L('Karim'), color: '#336699', role: 'recruiter' },
    nadia: { name: L('Nadia'), color: '#aa3366' },
  },
  chats: { dm: { kind: 'dm', with: 'karim' } },
  voices: {},
};

function problemsOf(fixture: string, overrides: Record<string, unknown> = {}): string[] {
  const ink = readFileSync(join(FIXTURES, `${fixture}.ink`), 'utf8');
  const endings = { good: { title: L('Good') }, bad: { title: L('Bad') } };
  const used = fixture === 'ending-without-help' ? endings : { good: endings.good };
  return checkScenario(writeScenario(fixture, { fr: ink }, { ...CAST, endings: used, ...overrides })).problems.filter(
    (p) => !/ar\.ink|en\.ink|listed in scenario\.json but never/.test(p),
  );
}

describe('stories:check safeguarding rules', () => {
  it('passes a #distress line answered in its knot, on every path, by a check-in and the distress card', () => {
    expect(problemsOf('distress-answered')).toEqual([]);
  });

  it('reports a #distress line that one branch leaves unanswered, at the line, with the choices', () => {
    const problems = problemsOf('distress-one-branch').join('\n');
    expect(problems).toMatch(
      /fr\.ink:4: a #distress line must be answered in its own knot "start" .* this path leaves the knot \(to "next"\) without a #checkin line and a `#help: distress` card \(after choices 2\)/,
    );
    expect(problems).not.toMatch(/after choices 1\)/);
  });

  it('reports a check-in and a card that come only after the story left the knot', () => {
    expect(problemsOf('distress-other-knot').join('\n')).toMatch(
      /fr\.ink:4: a #distress line must be answered in its own knot "start"/,
    );
  });

  it('reports a #checkin from a character marked as a recruiter', () => {
    expect(problemsOf('checkin-from-recruiter').join('\n')).toMatch(
      /fr\.ink:5: #checkin from "karim", a recruiter in scenario\.json: a check-in comes from a friend or family member/,
    );
  });

  it('reports an ending whose path shows no #help card, and not the path that does', () => {
    const problems = problemsOf('ending-without-help');
    expect(problems.join('\n')).toMatch(
      /fr\.ink:10: the path to ending "bad" shows no #help card.*\(after choices 2\)/,
    );
    expect(problems.join('\n')).not.toMatch(/ending "good"/);
  });

  it('requires a scenario to mark at least one recruiter', () => {
    const cast = { ...CAST, characters: { ...CAST.characters, karim: { name: L('Karim'), color: '#336699' } } };
    expect(problemsOf('distress-answered', cast).join('\n')).toMatch(
      /scenario\.json: no character has "role": "recruiter"/,
    );
  });

  it('rejects an unknown role in scenario.json', () => {
    const cast = { ...CAST, characters: { karim: { name: L('Karim'), color: '#336699', role: 'villain' } } };
    expect(problemsOf('distress-answered', cast).join('\n')).toMatch(/characters\.karim\.role/);
  });
});
