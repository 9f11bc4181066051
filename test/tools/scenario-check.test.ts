import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../tools/scenario-check.ts';
import { writeScenario } from '../helpers/scenario-dir.ts';

const GOOD = `
-> start
=== start ===
salut #from: karim #stage: target
t'es trop fort #from: karim #flag: flattery #aim: te faire sentir unique
Tu peux en parler à un adulte de confiance. #help: trusted-adult
* merci
  -> thanks
* [Bloquer] -> blocked
=== thanks ===
de rien #from: karim
Ta sœur : fais gaffe. #counter: sara
Tu en as parlé. #ending: good
-> END
=== blocked ===
Bloqué #system
Tu l'as bloqué. #ending: bad
-> END
`;

const problemsOf = (dir: string) => checkScenario(dir).problems.join('\n');

describe('checkScenario', () => {
  it('passes a well-formed scenario and reports its figures', () => {
    const check = checkScenario(writeScenario('good', GOOD));
    expect(check.problems).toEqual([]);
    const fr = check.languages[0]?.report;
    expect(fr?.choicePoints.size).toBe(1);
    expect([...(fr?.endings.keys() ?? [])].sort()).toEqual(['bad', 'good']);
    expect(fr?.span).toMatchObject({ paths: 2, shortest: 2, longest: 4 });
  });

  it('reports a dead end with the choices that reach it', () => {
    const ink = GOOD.replace('Tu en as parlé. #ending: good\n', '');
    expect(
      problemsOf(writeScenario('dead', ink, { endings: { bad: { title: { fr: 'x', ar: 'x', en: 'x' } } } })),
    ).toMatch(/fr\.ink:\d+: dead end: the story stops here without an #ending line \(after choices 1\)/);
  });

  it('reports choices after an ending', () => {
    const ink = GOOD.replace(
      "Tu l'as bloqué. #ending: bad\n-> END",
      "Tu l'as bloqué. #ending: bad\n* [encore] -> thanks",
    );
    expect(problemsOf(writeScenario('after', ink))).toMatch(/choices after an #ending line/);
  });

  it('reports a line with no sender that is not a choice echo', () => {
    const ink = GOOD.replace('de rien #from: karim', 'de rien');
    expect(problemsOf(writeScenario('untagged', ink))).toMatch(/fr\.ink:11: a line without #from/);
  });

  it('reports an unknown tag and an unknown id with file and line', () => {
    const ink = GOOD.replace('salut #from: karim', 'salut #from: walid #mood: ok');
    const problems = problemsOf(writeScenario('tags', ink));
    expect(problems).toMatch(/fr\.ink:4: error: #from: walid: unknown character "walid"/);
    expect(problems).toMatch(/fr\.ink:4: error: unknown tag "#mood: ok"/);
  });

  it('reports a knot no path reaches and an ending never reached', () => {
    const ink = `${GOOD}\n=== lost ===\nperdu #from: karim\n-> END\n`;
    const problems = problemsOf(
      writeScenario('lost', ink, {
        endings: {
          good: { title: { fr: 'x', ar: 'x', en: 'x' } },
          bad: { title: { fr: 'x', ar: 'x', en: 'x' } },
          other: { title: { fr: 'x', ar: 'x', en: 'x' } },
        },
      }),
    );
    expect(problems).toMatch(/knot or stitch "lost" is never reached/);
    expect(problems).toMatch(/ending "other" is never reached/);
  });

  it('reports techniques and voices listed in scenario.json but never used', () => {
    const problems = problemsOf(writeScenario('unused', GOOD, { techniques: ['flattery', 'gifts'] }));
    expect(problems).toMatch(/technique "gifts" is listed in scenario.json but never tagged/);
  });

  it('reports a listed picture with no file and a picture file nobody lists', () => {
    const dir = writeScenario('pictures', GOOD, { images: ['trophy'] });
    mkdirSync(join(dir, 'pictures'));
    writeFileSync(join(dir, 'pictures', 'stray.svg'), '<svg viewBox="0 0 1 1"/>');
    const problems = problemsOf(dir);
    expect(problems).toMatch(/pictures[\\/]trophy\.svg is missing: scenario\.json lists the image "trophy"/);
    expect(problems).toMatch(/pictures[\\/]stray\.svg: no image "stray" in scenario\.json "images"/);
  });

  it('reports a missing language and languages whose structure differs', () => {
    const ar = GOOD.replace('* [Bloquer] -> blocked', '* [Bloquer] -> blocked\n* [Rien] -> blocked');
    const en = GOOD.replace('#flag: flattery #aim: te faire sentir unique', '');
    const problems = problemsOf(writeScenario('differs', { fr: GOOD, ar, en }));
    expect(problems).toMatch(/ar\.ink: differs from fr\.ink: choice points missing: start#1 \(2 options\)/);
    expect(problems).toMatch(/en\.ink: differs from fr\.ink: tags in "start"/);
    expect(problemsOf(writeScenario('missing', { fr: GOOD, ar: GOOD }))).toMatch(/en\.ink: missing/);
  });

  it('fails a manipulative line without an aim, with its file and line, and an aim without a flag', () => {
    const fr = GOOD.replace(' #aim: te faire sentir unique', '');
    const en = GOOD.replace('de rien #from: karim', 'you are welcome #from: karim #aim: to keep you talking');
    const problems = problemsOf(writeScenario('aims', { fr, ar: GOOD, en }));
    expect(problems).toMatch(/fr\.ink:5: a #flag line needs an #aim on the same line/);
    expect(problems).toMatch(/en\.ink:11: #aim goes on a manipulative line, next to its #flag/);
    // The languages disagree on which lines have an aim: the knot's tags differ too.
    expect(problems).toMatch(
      /fr\.ink: differs from ar\.ink: tags in "start"|ar\.ink: differs from fr\.ink: tags in "start"/,
    );
    expect(problems).not.toMatch(/ar\.ink:\d+: a #flag line/);
  });

  it('compares aims by where they are written, not by their words', () => {
    const ar = GOOD.replace('#aim: te faire sentir unique', '#aim: إشعارك بأنك مميز');
    expect(checkScenario(writeScenario('aim-words', { fr: GOOD, ar, en: GOOD })).problems).toEqual([]);
  });

  it('ignores pacing tags when comparing languages', () => {
    const en = GOOD.replace('salut #from: karim', 'hi #from: karim #typing: 3');
    expect(checkScenario(writeScenario('paced', { fr: GOOD, ar: GOOD, en })).problems).toEqual([]);
  });

  it('names the field of an invalid scenario.json', () => {
    const problems = problemsOf(
      writeScenario('meta', GOOD, { characters: { karim: { name: { fr: 'K' }, color: 'red' } } }),
    );
    expect(problems).toMatch(/scenario\.json: characters\.karim\.name\.ar/);
    expect(problems).toMatch(/characters\.karim\.color/);
  });

  it('stops at the state bound with a clear message', () => {
    const loop = `VAR n = 0\n-> l\n=== l ===\n~ n = n + 1\n{n} #from: karim #flag: flattery #aim: te flatter #stage: target\n+ [a] -> l\n* [b] -> e\n=== e ===\nfin #counter: sara\nfin #ending: good\n-> END\n`;
    const check = checkScenario(
      writeScenario('big', loop, { endings: { good: { title: { fr: 'x', ar: 'x', en: 'x' } } } }),
      50,
    );
    expect(check.problems.join('\n')).toMatch(/stopped after 50 distinct states/);
  });
});
