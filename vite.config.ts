import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { teacherPlugin } from './tools/teacher/vite-plugin-teacher.ts';
import { bootPlugin } from './tools/vite-plugin-boot.ts';
import { facesPlugin } from './tools/vite-plugin-faces.ts';
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

/** inkjs and the engine modules that run it: their own chunk, loaded when a story opens (Home paints without it). */
const INK_RUNTIME = /[\\/]node_modules[\\/]inkjs[\\/]|[\\/]src[\\/]engine[\\/](runner|save-policy)\.ts$/;

/**
 * The HTML layer's views: their only side effect is importing their own stylesheet, so a view the entry does not use
 * (the teacher dashboard, the debrief…) stays in the chunk that uses it, and its CSS with it (Vite loads a lazy
 * chunk's CSS before running it). Home's views are used by the entry, so their CSS is in the first load.
 */
const UI_VIEW = /[\\/]src[\\/]ui[\\/][\w-]+\.ts$/;

export default defineConfig({
  // Sound sprite, fonts, icon and the static privacy/neutral pages live in the top-level assets/ folder and are served
  // as-is at the site's root (assets/fonts/x.woff2 -> /fonts/x.woff2); the build's hashed bundles go to dist/assets/.
  publicDir: 'assets',
  plugins: [
    inkPlugin(),
    // boot.js: the page's first script (strings preloaded, the Home kept from last visit painted at once).
    bootPlugin(),
    // The cast's faces and the stories' covers, drawn at build time (assets/faces/), and the stories' pictures
    // (stories/*/pictures/, checked, assets/pictures/): each loaded when shown.
    facesPlugin(),
    // Teacher guides and story maps, generated from the scripts at build time (dist/teachers/).
    teacherPlugin(),
    // Offline after one visit, even one the worker never controlled (a first visit, a host sending no-store): the
    // shell, the game, every language's UI strings (a few kB each) and the Arabic font are precached when the worker
    // installs, which main.ts delays until the first story's first message is shown (or Home has been quiet a moment);
    // stories, sounds and teacher guides are cached as they are used, so a phone on mobile data downloads only what
    // the player uses. Keep this list explicit and small. A new version waits (see platform/updates.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: [
          'index.html',
          'boot.js',
          'assets/index-*.{js,css}',
          // Loaded after Home is painted: the game (Phaser, the scenes), the ink runtime and the sound player.
          'assets/{game,audio,story-runner,chat-session,shared}-*.{js,css}',
          'assets/strings-*.js',
          // The recognition check's messages (10 kB gzip): a class takes the check offline too.
          'assets/checks-*.js',
          'fonts/*.woff2',
          'icon.svg',
          'neutral.{html,css}',
          'privacy.{html,css}',
        ],
        // The worker takes the first visit's page at once, so the story opened then is cached as it loads. It does
        // not skip waiting: an update still waits for the player on Home.
        clientsClaim: true,
        // Only the game's own address (`…/` or `…/index.html`, any query) is answered with the game offline; the
        // teacher guides, privacy and neutral pages are never replaced by it.
        navigateFallback: 'index.html',
        navigateFallbackAllowlist: [/^(?:[^?]*\/)?(?:index\.html)?(?:\?.*)?$/],
        navigateFallbackDenylist: [/\/teachers\//],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/(?:fr|ar|en)-[\w-]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'stories', expiration: { maxEntries: 60 } },
          },
          {
            // Faces and covers: cached as they are shown; offline, a face never seen shows its initials.
            urlPattern: /\/assets\/faces\//,
            handler: 'CacheFirst',
            options: { cacheName: 'faces', expiration: { maxEntries: 80 } },
          },
          {
            // Story pictures (#image:): cached as they are shown; offline, one never seen shows its card and text.
            urlPattern: /\/assets\/pictures\//,
            handler: 'CacheFirst',
            options: { cacheName: 'pictures', expiration: { maxEntries: 60 } },
          },
          {
            urlPattern: /\/(?:fonts|sounds)\//,
            handler: 'CacheFirst',
            options: { cacheName: 'media', expiration: { maxEntries: 10 } },
          },
          {
            // Guides change with each version: fresh when online, the last one read when offline.
            urlPattern: /\/teachers\//,
            handler: 'NetworkFirst',
            options: { cacheName: 'teachers', expiration: { maxEntries: 60 } },
          },
        ],
      },
    }),
  ],
  base: './',
  resolve: { alias: { phaser: phaserCore } },
  define: phaserFlags,
  // The dev server pre-bundles Phaser separately: it needs the same flags (else it pulls in WebGL debug tools).
  optimizeDeps: { rolldownOptions: { transform: { define: phaserFlags } } },
  build: {
    target: 'es2022',
    // No public source maps (issue 19): `vite build --sourcemap` makes them for local debugging.
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    // tools/size-check.ts reads which files the entry loads at start.
    manifest: true,
    rolldownOptions: {
      // inkjs has no side effects at import: the entry, which needs the engine's types and helpers but not the ink
      // runtime, leaves it to the chunk that opens a story (Home paints before inkjs is downloaded).
      // Everything else keeps the bundler's own side-effect analysis (a module only re-exported or never used by Home
      // stays out of the entry).
      treeshake: { moduleSideEffects: (id: string) => (INK_RUNTIME.test(id) || UI_VIEW.test(id) ? false : undefined) },
      // The partner loader is its own entry with a stable name: partners link /embed.js.
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./src/embed/embed.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js'),
        codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'ink', test: INK_RUNTIME }] },
        // The UI strings get their own prefix so the service worker can precache them (and not the stories), and so
        // does code shared between lazy chunks (the ink runtime…). The game (`src/game/index.ts`: Phaser and the
        // scenes) and the sound player (`src/audio/`) are named after their folders: `game-…`, `audio-…`.
        chunkFileNames: (chunk) => {
          if (/[\\/]src[\\/]content[\\/]locales[\\/]/.test(chunk.facadeModuleId ?? ''))
            return 'assets/strings-[name]-[hash].js';
          return chunk.facadeModuleId ? 'assets/[name]-[hash].js' : 'assets/shared-[name]-[hash].js';
        },
      },
    },
  },
});
