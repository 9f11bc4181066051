import { relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileInkCached } from './compile-cache.ts';
import { formatProblem, type InkProblem } from './ink-compiler.ts';
import { lintInkTags } from './ink-lint.ts';
import { scenarioContextOf } from './scenario-files.ts';
import { openingOf } from './story-opening.ts';

/** Ink files that each compiled script read (itself and its INCLUDEs), to reload the script when any changes. */
type Dependents = Map<string, Set<string>>;

function fail(problems: readonly InkProblem[]): {
  message: string;
  loc: { file: string; line: number; column: number };
} {
  const first = problems[0];
  const root = process.cwd();
  const message = problems.map((p) => formatProblem({ ...p, file: relative(root, p.file) })).join('\n');
  return { message, loc: { file: first?.file ?? '', line: first?.line ?? 1, column: 0 } };
}

function reloadDependents(server: ViteDevServer, dependents: Dependents, file: string): void {
  const mains = dependents.get(resolve(file));
  if (!mains) return;
  for (const main of mains) {
    for (const mod of server.moduleGraph.getModulesByFile(main) ?? []) server.moduleGraph.invalidateModule(mod);
  }
  server.ws.send({ type: 'full-reload' });
}

/**
 * Lets the game `import { story, contentHash } from './fr.ink'`, and `import { opening } from './fr.ink?opening'` (the
 * first batch a new game plays, src/engine/opening.ts; null outside a scenario folder or without a first choice): the script is compiled at build time with inkjs's
 * compiler (never shipped), its tags are checked, and an error fails the build or shows in the dev overlay with file
 * and line. In dev, an edit to the script or any file it INCLUDEs reloads the page.
 */
export function inkPlugin(): Plugin {
  const dependents: Dependents = new Map();
  return {
    name: 'before-you-reply:ink',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.endsWith('.ink')) reloadDependents(server, dependents, file);
      });
    },
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      // Cached on disk by content: the script and its opening (`?opening`) are two modules of one compile.
      const outcome = compileInkCached(file);
      for (const f of outcome.files) {
        this.addWatchFile(f);
        const set = dependents.get(f) ?? new Set<string>();
        set.add(resolve(file));
        dependents.set(f, set);
      }
      if (!outcome.ok) this.error(fail(outcome.problems));
      const tagProblems = lintInkTags(file, outcome.files);
      if (tagProblems.length > 0) this.error(fail(tagProblems));
      for (const w of outcome.warnings) this.warn(formatProblem(w));
      if (new URLSearchParams(id.split('?')[1] ?? '').has('opening')) {
        const context = scenarioContextOf(file);
        const opening = context && openingOf(context.scenario, context.lang, outcome);
        return { code: `export const opening = ${JSON.stringify(opening ?? null)};\n`, map: null };
      }
      return {
        code: `export const story = ${JSON.stringify(outcome.json)};\nexport const contentHash = ${JSON.stringify(outcome.hash)};\n`,
        map: null,
      };
    },
  };
}
