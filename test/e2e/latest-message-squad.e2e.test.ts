import { describe } from 'vitest';
import { useBuiltGame } from './browser.ts';
import { DESKTOP, latestMessageAtEveryChoice, PHONE } from './playthrough.ts';

const game = useBuiltGame();

// Every choice of a full playthrough of the-squad in both languages, on a phone and a school PC, at 100 % and 200 %
// text: each language on each screen once, and each text size in each language once (a covering set: the four other
// pairings add little and cost a playthrough each); and my-friend where it is hardest (200 % text on a phone). The other
// stories are in latest-message-stories.e2e (two files run side by side).
describe('the conversation, as a sighted player sees it: the-squad and my-friend', () => {
  latestMessageAtEveryChoice(game, [
    { story: 'the-squad', lang: 'fr', viewport: PHONE, textSize: 1 },
    { story: 'the-squad', lang: 'fr', viewport: DESKTOP, textSize: 2 },
    { story: 'the-squad', lang: 'ar', viewport: PHONE, textSize: 2 },
    { story: 'the-squad', lang: 'ar', viewport: DESKTOP, textSize: 1 },
    { story: 'my-friend', lang: 'fr', viewport: PHONE, textSize: 2 },
    { story: 'my-friend', lang: 'ar', viewport: PHONE, textSize: 2 },
  ]);
});
