/** The manipulation techniques the game teaches (CONTENT.md); names and explanations are in data/techniques.json. */
export const TECHNIQUE_IDS = [
  'flattery',
  'belonging',
  'grievance',
  'us-vs-them',
  'disinformation',
  'false-authority',
  'isolation',
  'secrecy',
  'channel-switch',
  'gifts',
  'urgency',
  'escalation',
  'loyalty-test',
  'heroism',
  'normalising-violence',
] as const;
export type TechniqueName = (typeof TECHNIQUE_IDS)[number];
