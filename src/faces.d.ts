/** The cast's faces, the stories' covers and pictures, drawn at build time by tools/vite-plugin-faces.ts. */
declare module 'virtual:faces' {
  /** A character's face by "story/character": the address of an SVG file. */
  export const avatars: Readonly<Record<string, string>>;
  /** A story's cover by story id: the address of an SVG file. */
  export const covers: Readonly<Record<string, string>>;
  /** A story picture (`#image:`) by "story/image id": the address of an SVG file. */
  export const pictures: Readonly<Record<string, string>>;
}
