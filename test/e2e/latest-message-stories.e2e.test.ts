import { describe } from 'vitest';
import { useBuiltGame } from './browser.ts';
import { latestMessageAtEveryChoice, PHONE } from './playthrough.ts';

const game = useBuiltGame();

// Every choice of a full playthrough of the other stories where it is hardest: 200 % text on a phone, in both languages.
describe('the conversation, as a sighted player sees it: the-mentor, the-video and the-sisters', () => {
  latestMessageAtEveryChoice(
    game,
    ['the-mentor', 'the-video', 'the-sisters'].flatMap((story) =>
      ['fr', 'ar'].map((lang) => ({ story, lang, viewport: PHONE, textSize: 2 })),
    ),
  );
});
