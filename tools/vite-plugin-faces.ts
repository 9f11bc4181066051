import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { castFaces, contentHash, coverSvg } from './faces.ts';
import { loadStoryPictures } from './pictures.ts';
import { listScenarioDirs, loadScenarioFile } from './scenario-files.ts';

const VIRTUAL = 'virtual:faces';
const RESOLVED = `\0${VIRTUAL}`;
/** Where the faces and covers are served, next to the build's other hashed files. */
const FOLDER = 'assets/faces';
/** Where the story pictures (`#image:`) are served. */
const PICTURES = 'assets/pictures';

/** Every face and cover: file name → SVG, and the addresses the game looks them up by. */
export interface FaceFiles {
  readonly files: ReadonlyMap<string, string>;
  /** "story/character" → address. */
  readonly avatars: Readonly<Record<string, string>>;
  /** story id → address. */
  readonly covers: Readonly<Record<string, string>>;
  /** "story/image id" → address of the story picture (stories/<story>/pictures/<id>.svg, checked). */
  readonly pictures: Readonly<Record<string, string>>;
}

/**
 * Draws the faces and covers of every scenario under `root` and takes in its pictures; a scenario.json that does not
 * validate, or a picture that is missing, unlisted or unsafe, fails with every problem named.
 */
export function buildFaces(root?: string): FaceFiles {
  const files = new Map<string, string>();
  const avatars: Record<string, string> = {};
  const covers: Record<string, string> = {};
  const pictures: Record<string, string> = {};
  const problems: string[] = [];
  const add = (name: string, svg: string, folder = FOLDER) => {
    const file = `${folder}/${name}-${contentHash(svg)}.svg`;
    files.set(file, svg);
    return `./${file}`;
  };
  for (const dir of listScenarioDirs(root)) {
    const loaded = loadScenarioFile(dir);
    if (!loaded.ok) throw new Error(loaded.error.join('\n'));
    const s = loaded.value;
    const faces = castFaces(s);
    for (const [id, svg] of faces) avatars[`${s.id}/${id}`] = add(`${s.id}-${id}`, svg);
    covers[s.id] = add(`cover-${s.id}`, coverSvg(s, faces));
    const drawn = loadStoryPictures(dir, s.images);
    if (!drawn.ok) problems.push(...drawn.error);
    else for (const [id, svg] of drawn.value) pictures[`${s.id}/${id}`] = add(`${s.id}-${id}`, svg, PICTURES);
  }
  if (problems.length > 0) throw new Error(`Story pictures:\n${problems.join('\n')}`);
  return { files, avatars, covers, pictures };
}

/**
 * `import { avatars, covers, pictures } from 'virtual:faces'`: the addresses of the cast's faces and the stories'
 * covers, drawn at build time (tools/faces.ts), and of the stories' pictures (tools/pictures.ts), emitted as SVG files
 * under assets/faces/ and assets/pictures/ (served from memory in dev). The game loads each one only when it shows it.
 */
export function facesPlugin(): Plugin {
  let faces: FaceFiles | undefined;
  let isBuild = false;
  const current = () => {
    faces ??= buildFaces();
    return faces;
  };
  return {
    name: 'before-you-reply:faces',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      faces = undefined;
      const built = current();
      for (const dir of listScenarioDirs()) {
        this.addWatchFile(join(dir, 'scenario.json'));
        const folder = join(dir, 'pictures');
        if (existsSync(folder)) for (const f of readdirSync(folder)) this.addWatchFile(join(folder, f));
      }
      if (isBuild) for (const [fileName, source] of built.files) this.emitFile({ type: 'asset', fileName, source });
      return [
        `export const avatars = ${JSON.stringify(built.avatars)};`,
        `export const covers = ${JSON.stringify(built.covers)};`,
        `export const pictures = ${JSON.stringify(built.pictures)};`,
        '',
      ].join('\n');
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        const ours = path.startsWith(`${FOLDER}/`) || path.startsWith(`${PICTURES}/`);
        const svg = ours ? current().files.get(path) : undefined;
        if (!svg) return next();
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end(svg);
      });
    },
  };
}
