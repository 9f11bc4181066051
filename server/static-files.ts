import { createReadStream, type Stats, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';

/** Content types of what `vite build` writes to dist/. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.webm': 'audio/webm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The file a URL path names inside `root`, or undefined (missing, a directory, or outside `root`). */
export function resolveStaticFile(root: string, urlPath: string): { path: string; stats: Stats } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = resolve(root);
  const path = resolve(base, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  try {
    const stats = statSync(path);
    return stats.isFile() ? { path, stats } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves the built game from `distDir` on every GET outside /api/, so one laptop runs game and service on one port.
 * Hashed files under assets/ are cached for a year; everything else is revalidated, so an update shows at once.
 */
export function registerStaticFiles(app: FastifyInstance, distDir: string): void {
  app.get('/*', (request, reply) => {
    const urlPath = request.url.split('?')[0] ?? '/';
    if (urlPath.startsWith('/api/')) return reply.callNotFound();
    const file = resolveStaticFile(distDir, urlPath);
    if (!file) {
      return reply.code(404).type('text/plain; charset=utf-8').send('Not found. Was the game built (npm run build)?');
    }
    const immutable = urlPath.startsWith('/assets/');
    return reply
      .header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .header('Content-Length', file.stats.size)
      .header('Last-Modified', file.stats.mtime.toUTCString())
      .header('X-Content-Type-Options', 'nosniff')
      .type(CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream')
      .send(createReadStream(file.path));
  });
}
