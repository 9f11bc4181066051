import { describe, expect, it } from 'vitest';
import { AIM_MAX_LENGTH, checkTag, parseTags, parseTagsStrict } from '../../src/engine/index.ts';
import { makeVocabulary } from '../helpers/ink.ts';

const vocab = makeVocabulary();

describe('parseTags', () => {
  it('reads who left or joined a group from a system line, and refuses it elsewhere', () => {
    expect(parseTags(['system', 'left: karim'], vocab)).toMatchObject({
      tags: { isSystem: true, membership: { kind: 'left', who: 'karim' } },
      problems: [],
    });
    expect(parseTags(['system', 'joined: karim'], vocab).tags.membership).toEqual({ kind: 'joined', who: 'karim' });
    expect(parseTags(['from: karim', 'left: karim'], vocab).problems).toEqual([
      '#left goes on a #system line ("Adam left")',
    ]);
    expect(parseTags(['system', 'left: nobody'], vocab).problems[0]).toMatch(/unknown character "nobody"/);
  });

  it('reads every tag of the grammar into typed values', () => {
    const { tags, problems } = parseTags(
      [
        'from: karim',
        'chat:dm',
        'flag: flattery',
        'flag: secrecy',
        'stage: trust',
        'typing: 2.5',
        'delay: 1',
        'prompt: flag',
        'image: meme',
      ],
      vocab,
    );
    expect(problems).toEqual([]);
    expect(tags).toMatchObject({
      from: 'karim',
      chat: 'dm',
      techniques: ['flattery', 'secrecy'],
      stages: ['trust'],
      typing: 2.5,
      delay: 1,
      promptFlag: true,
      image: 'meme',
      isSystem: false,
    });
  });

  it('reads the aim of a manipulative line as its prose, colons and all', () => {
    const { tags, problems } = parseTags([
      'from: karim',
      'flag: flattery',
      "aim: te faire sentir que personne d'autre ne te comprend : lui seul",
    ]);
    expect(problems).toEqual([]);
    expect(tags.aim).toBe("te faire sentir que personne d'autre ne te comprend : lui seul");
    expect(tags.techniques).toEqual(['flattery']);
  });

  it('refuses an aim without a flag, an empty aim, two aims and an aim too long to sit beside a message', () => {
    expect(parseTags(['from: karim', 'aim: te flatter']).problems).toEqual([
      '#aim says what the recruiter wanted with a manipulative line: it goes with #flag',
    ]);
    expect(parseTags(['from: karim', 'flag: flattery', 'aim:']).problems).toEqual([
      '#aim:: #aim needs a value: #aim: …',
    ]);
    expect(parseTags(['from: karim', 'flag: flattery', 'aim: a', 'aim: b']).problems).toEqual([
      '#aim: b: a line has one aim: two #aim tags',
    ]);
    const long = `aim: ${'x'.repeat(AIM_MAX_LENGTH + 1)}`;
    expect(parseTags(['from: karim', 'flag: flattery', long]).problems[0]).toMatch(/one short sentence/);
    expect(checkTag('aim: te flatter')).toBeUndefined();
  });

  it('accepts the player as a sender', () => {
    expect(parseTags(['from: me'], vocab).tags.from).toBe('me');
  });

  it('names an unknown tag and lists the known ones', () => {
    const { problems } = parseTags(['form: karim'], vocab);
    expect(problems[0]).toMatch(/unknown tag "#form: karim" \(known: from, chat/);
  });

  it('rejects ids the scenario does not declare', () => {
    expect(parseTags(['from: walid'], vocab).problems[0]).toMatch(/unknown character "walid"/);
    expect(parseTags(['flag: urgency'], vocab).problems[0]).toMatch(/unknown technique "urgency"/);
    expect(parseTags(['counter: nobody'], vocab).problems[0]).toMatch(/unknown voice/);
    expect(parseTags(['ending: maybe'], vocab).problems[0]).toMatch(/unknown ending/);
    expect(parseTags(['chat: other'], vocab).problems[0]).toMatch(/unknown chat/);
  });

  it('rejects malformed values', () => {
    expect(parseTags(['typing: soon'], vocab).problems[0]).toMatch(/typing takes a number of seconds from 0 to 30/);
    expect(parseTags(['typing: 99'], vocab).problems[0]).toMatch(/from 0 to 30/);
    expect(parseTags(['stage: recruit'], vocab).problems[0]).toMatch(/unknown stage "recruit"/);
    expect(parseTags(['help: police'], vocab).problems[0]).toMatch(/unknown help topic/);
    expect(parseTags(['system: yes'], vocab).problems[0]).toMatch(/takes no value/);
    expect(parseTags(['from:'], vocab).problems[0]).toMatch(/needs a value/);
    expect(parseTags(['from: Karim!'], vocab).problems[0]).toMatch(/not a valid character id/);
  });

  it('rejects lines that are two kinds of thing at once', () => {
    expect(parseTags(['system', 'counter: imane'], vocab).problems).toContainEqual(
      expect.stringMatching(/one kind of thing/),
    );
    expect(parseTags(['from: karim', 'ending: good'], vocab).problems).toContainEqual(
      expect.stringMatching(/#ending lines have no sender/),
    );
    expect(parseTags(['image: meme'], vocab).problems).toContainEqual(expect.stringMatching(/needs a sender/));
    expect(parseTags(['from: karim', 'from: sara'], vocab).problems[0]).toMatch(/two #from tags/);
  });

  it('checks ids by syntax only when no vocabulary is given', () => {
    expect(parseTags(['from: anyone', 'flag: whatever']).problems).toEqual([]);
  });

  it('returns a failure listing all problems in strict mode', () => {
    const result = parseTagsStrict(['bogus', 'from: walid'], vocab);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toHaveLength(2);
  });

  it('checks a single tag for build-time linting', () => {
    expect(checkTag('flag: gifts', vocab)).toBeUndefined();
    expect(checkTag('flag: money', vocab)).toMatch(/unknown technique "money"/);
  });
});
