/** How the stories address the player in French and Arabic: the player's own answer, asked once, never sent. */
export const PLAYER_GENDERS = ['girl', 'boy', 'unsaid'] as const;
export type PlayerGender = (typeof PLAYER_GENDERS)[number];

/** What the player can set, kept on the device (src/platform stores it; the settings dialog in src/ui edits it). */
export interface Settings {
  readonly pacing: 'relaxed' | 'normal' | 'fast' | 'instant';
  readonly muted: boolean;
  readonly volume: number;
  readonly theme: 'system' | 'light' | 'dark';
  /** Text size as a share of the browser's: 1 to 2 (100–200%). */
  readonly textSize: number;
  /** Motion: like the device (prefers-reduced-motion), reduced, or full. */
  readonly motion: 'system' | 'reduced' | 'full';
  readonly contrast: 'normal' | 'high';
  readonly lang?: 'fr' | 'ar' | 'en';
  /** Absent until the player has been asked (the content note of their first story asks; Settings changes it). */
  readonly playerGender?: PlayerGender;
}
