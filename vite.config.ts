import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

// Phaser is built from its sources with only what the game uses: the core entry (no physics, tilemaps…),
// the Canvas renderer only, no Phaser sound (howler plays our sounds). Stock Phaser is ~357 kB gzip; this is ~150.
const phaserCore = fileURLToPath(new URL('./node_modules/phaser/src/phaser-core.js', import.meta.url));

const phaserFlags = {
  'typeof WEBGL_RENDERER': 'false',
  'typeof CANVAS_RENDERER': '"boolean"',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  'typeof EXPERIMENTAL': 'false',
  // Phaser's sources assign `global.Phaser`.
  global: 'globalThis',
};

export default defineConfig({
  plugins: [inkPlugin()],
  base: './',
  resolve: { alias: { phaser: phaserCore } },
  define: phaserFlags,
  // The dev server pre-bundles Phaser separately: it needs the same flags (else it pulls in WebGL debug tools).
  optimizeDeps: { rolldownOptions: { transform: { define: phaserFlags } } },
  build: {
    target: 'es2020',
    sourcemap: true,
    chunkSizeWarningLimit: 700,
    // tools/size-check.ts reads which files the entry loads at start.
    manifest: true,
    rolldownOptions: {
      // The partner loader is its own entry with a stable name: partners link /embed.js.
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./src/embed/embed.ts', import.meta.url)),
      },
      output: { entryFileNames: (chunk) => (chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js') },
    },
  },
});
