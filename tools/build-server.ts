import { build } from 'esbuild';

/**
 * `npm run build:server`: compiles the class-session service (server/ and the content it shares) into one ES module,
 * dist-server/main.js, that plain `node` runs: `npm run serve` then needs only the runtime dependencies
 * (`npm ci --omit=dev`). Packages stay outside the bundle (better-sqlite3 is native) and must be `dependencies`.
 */
export async function buildServer(outfile = 'dist-server/main.js'): Promise<string> {
  await build({
    entryPoints: ['server/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wrote ${await buildServer()}`);
}
