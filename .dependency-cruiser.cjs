/** Layer rules from STYLE.md: imports point down the layer list, never up. Run by `npm run deps` in `npm test`. */
const layer = (name) => `^src/${name}/`;
const forbidden = (name, from, to, comment) => ({
  name,
  severity: 'error',
  comment,
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    forbidden(
      'engine-is-pure',
      layer('engine'),
      '^src/(?!engine/)|node_modules/(phaser|howler|valibot)/|^tools/',
      'src/engine imports only inkjs and itself: no DOM layers, Phaser, audio or tools.',
    ),
    forbidden(
      'no-ink-compiler-in-game',
      '^src/',
      'inkjs/dist/ink-full|inkjs/full|inkjs/compiler',
      'The browser bundle ships the ink runtime only; the compiler belongs to tools/ and tests.',
    ),
    forbidden(
      'content-layer',
      layer('content'),
      '^src/(platform|ui|audio|game|embed)/|node_modules/(phaser|howler)/',
      'src/content is data and typed loaders; it may use engine types only.',
    ),
    forbidden(
      'platform-layer',
      layer('platform'),
      '^src/(content|ui|audio|game)/|node_modules/(phaser|howler)/',
      'src/platform implements ports with browser APIs; it knows no other layer.',
    ),
    forbidden(
      'audio-layer',
      layer('audio'),
      '^src/(content|platform|ui|game)/|node_modules/phaser/',
      'src/audio wraps howler; it may use engine types only.',
    ),
    forbidden(
      'ui-layer',
      layer('ui'),
      '^src/(content|platform|audio|game)/|node_modules/(phaser|howler)/',
      'src/ui is the HTML layer; it may use engine types and port types.',
    ),
    forbidden(
      'game-layer',
      layer('game'),
      '^src/(content|platform)/',
      'src/game orchestrates engine, ui and audio; main.ts wires content and platform in.',
    ),
    forbidden(
      'boot-is-standalone',
      '^src/boot/',
      '^src/(?!boot/)|node_modules/',
      'boot.js runs before anything else and is built on its own: it imports nothing (the build gives it its data).',
    ),
    forbidden(
      'embed-is-tiny',
      layer('embed'),
      '^src/(?!embed/)|node_modules/',
      'The partner loader stays tiny: no other layer, no dependency.',
    ),
    forbidden(
      'tools-stay-out-of-the-browser-layers',
      '^tools/(?!bench/)',
      '^src/(platform|ui|audio|game|embed)/|^src/main',
      'tools/ may use engine and content only (tools/bench/ pages run in the browser to measure the HTML layer).',
    ),
    forbidden(
      'only-main-imports-app',
      '^src/(?!main\\.ts$|app/)',
      '^src/app/',
      'src/app holds the adapters main.ts wires together; no layer reaches up into it.',
    ),
    forbidden(
      'app-does-not-import-game',
      layer('app'),
      layer('game'),
      'src/app adapts content, platform and services for the game; the game is wired in by main.ts, not imported.',
    ),
    forbidden(
      'protocol-is-schemas-only',
      layer('protocol'),
      '^src/(?!protocol/)|^server/|^tools/|node_modules/(?!valibot/)',
      'src/protocol holds the shapes game and service share: it imports valibot only.',
    ),
    forbidden('src-does-not-import-tools', '^src/', '^tools/', 'The game never imports build tools.'),
    forbidden(
      'server-uses-content-and-engine-only',
      '^server/',
      '^src/(?!content/|engine/|protocol/)|^tools/',
      'The class-session service shares only content data, engine types and the protocol schemas with the game.',
    ),
    forbidden('game-does-not-import-server', '^src/', '^server/', 'The game talks to the service over HTTP only.'),
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|scratch|node_modules)/' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
