/** The audio layer: the SoundPlayer port, its howler implementation and our generated sound sprite. */

import { toSoundSprite } from './sound-player.ts';
import spriteJson from './sprite.json';

export {
  type AudioContextLike,
  type AudioHost,
  createHowlerSoundPlayer,
  type HowlerPlayerOptions,
  type HowlerSoundPlayer,
  type HowlLike,
  type HowlSetup,
} from './howler-player.ts';
export {
  clampVolume,
  createMemorySoundPlayer,
  type MemorySoundPlayer,
  SOUND_CUES,
  type SoundCue,
  type SoundPlayer,
  type SoundSprite,
  toSoundSprite,
} from './sound-player.ts';

/** Where each cue sits in assets/sounds/sprite.wav; both files come from `npm run sounds`. */
export const SOUND_SPRITE = toSoundSprite(spriteJson);
/** URL of the sprite audio under the site's base (Vite copies the top-level assets/ folder to the build's root). */
export const SOUND_SPRITE_URL = `${import.meta.env.BASE_URL}sounds/sprite.wav`;
