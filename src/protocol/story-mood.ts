import * as v from 'valibot';

/** What stands on the desk beside the phone in a story's desk scene (drawn by the game, never readable). */
export const DESK_PROPS = ['books', 'gamepad', 'plant', 'headphones', 'sketchbook'] as const;
/** What the window behind the desk shows at night. */
export const DESK_WINDOWS = ['moon', 'city'] as const;

/**
 * A story's mood in the desk scene drawn around the phone on a desktop: the colour the phone's screen casts, the
 * object beside it and the view from the window (`scenario.json` `mood`, optional).
 */
export const StoryMoodSchema = v.object({
  glow: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a hex colour like #7b5cd6')),
  prop: v.picklist(DESK_PROPS),
  window: v.picklist(DESK_WINDOWS),
});

/** A story's desk-scene mood. */
export type StoryMood = v.InferOutput<typeof StoryMoodSchema>;
