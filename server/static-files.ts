import { relative, resolve, sep } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Files whose name never changes but whose content does: always revalidated (cheap with ETag and 304). */
const REVALIDATED = /(?:^|\/)(?:[^/]+\.html|sw\.js|embed\.js|manifest\.webmanifest|registerSW\.js)$/;

/**
 * The Cache-Control of a file of dist/: hashed files under assets/ for a year (their names change with their content),
 * everything else revalidated, so an update (index.html, the service worker, embed.js) shows at once.
 */
export function cacheControlFor(root: string, path: string): string {
  const rel = relative(root, path).split(sep).join('/');
  return rel.startsWith('assets/') && !REVALIDATED.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Response compression (brotli, then gzip) for everything but the event stream; registered before the routes so its
 * hooks apply to them.
 */
export function registerCompression(app: FastifyInstance): void {
  app.register(fastifyCompress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
}

/**
 * Serves the built game from `distDir` on every GET outside /api/, so one laptop runs game and service on one port:
 * @fastify/static (ETag, Last-Modified, 304, ranges; no path outside `distDir`, no dotfiles).
 */
export function registerStaticFiles(app: FastifyInstance, distDir: string): void {
  const root = resolve(distDir);
  // A 304 has no body: none for the compressor to encode (it would send gzip bytes after a bodiless status).
  app.addHook('onSend', async (_request, reply, payload) => (reply.statusCode === 304 ? null : payload));
  app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    dotfiles: 'ignore',
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', cacheControlFor(root, path));
    },
  });
}
