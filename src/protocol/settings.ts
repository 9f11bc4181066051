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
}
