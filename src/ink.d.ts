/** A `.ink` import, compiled at build time by tools/vite-plugin-ink.ts. */
declare module '*.ink' {
  /** The compiled story as ink JSON text. */
  export const story: string;
  /** Hash of the compiled story; saves use it to notice a changed script. */
  export const contentHash: string;
}
