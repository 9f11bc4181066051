import type { Plugin } from 'vite';
import { buildTeacherFile, buildTeacherFiles, type TeacherSources } from './teacher-files.ts';

/** The folder of the build (and URL path of the dev server) where the teacher pages go. */
export const TEACHERS_DIR = 'teachers';

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * Generates the teacher pages from the stories: at build, `teachers/<scenario>-<lang>.html` (the printable guide),
 * `teachers/<scenario>-<lang>-map.svg` (the story map), `teachers/<scenario>-<lang>-points.json` (choice points and
 * their options, for the live dashboard), `teachers/index.html` and `teachers/guide.css`; in dev, the same pages built on
 * request, so an edited story or question shows on reload. Missing discussion questions are build warnings.
 */
export function teacherPlugin(sources: TeacherSources = {}): Plugin {
  return {
    name: 'before-you-reply:teacher',
    generateBundle() {
      const { files, problems } = buildTeacherFiles(sources);
      for (const problem of problems) this.warn(problem);
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: `${TEACHERS_DIR}/${file.fileName}`, source: file.source });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const match = new RegExp(`^/${TEACHERS_DIR}(/.*)?$`).exec(path);
        if (!match) return next();
        if (match[1] === undefined) {
          res.writeHead(301, { Location: `/${TEACHERS_DIR}/` }).end();
          return;
        }
        try {
          const file = buildTeacherFile(match[1].slice(1), sources);
          if (!file) return next();
          const type = TYPES[file.fileName.split('.').pop() ?? ''] ?? 'text/plain; charset=utf-8';
          res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(file.source);
        } catch (e) {
          next(e);
        }
      });
    },
  };
}
