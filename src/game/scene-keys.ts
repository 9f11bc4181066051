/** The game's scenes. */
export const SceneKey = {
  Boot: 'boot',
  Home: 'home',
  Chat: 'chat',
  Debrief: 'debrief',
  Sort: 'sort',
  Playbook: 'playbook',
  Teacher: 'teacher',
  Projector: 'projector',
  Check: 'check',
} as const;
export type SceneKeyName = (typeof SceneKey)[keyof typeof SceneKey];
