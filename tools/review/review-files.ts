import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { LANGUAGES } from '../../src/content/index.ts';
import { compileInkCached } from '../compile-cache.ts';
import { formatProblem } from '../ink-compiler.ts';
import { listScenarioDirs, loadScenarioFile } from '../scenario-files.ts';
import { alignScripts } from './align.ts';
import { renderReviewPage } from './page.ts';

const FONTS = resolve(import.meta.dirname, '..', '..', 'assets', 'fonts');
const FONT_FILES = ['noto-sans-arabic-regular.woff2', 'noto-sans-arabic-bold.woff2'];

/** What writing the review pages did: one line per page written, and the problems that kept a script out. */
export interface ReviewOutcome {
  readonly written: string[];
  readonly problems: string[];
}

/** Writes `<out>/<id>.html` for each scenario folder, and the Arabic font beside them so the pages work offline. */
export function writeReviewPages(out: string, dirs: readonly string[] = listScenarioDirs()): ReviewOutcome {
  mkdirSync(join(out, 'fonts'), { recursive: true });
  for (const font of FONT_FILES) copyFileSync(join(FONTS, font), join(out, 'fonts', font));
  const outcome: ReviewOutcome = { written: [], problems: [] };
  for (const dir of dirs) {
    const loaded = loadScenarioFile(dir);
    if (!loaded.ok) {
      outcome.problems.push(...loaded.error);
      continue;
    }
    const scripts: Record<string, readonly string[]> = {};
    for (const lang of LANGUAGES) {
      const compiled = compileInkCached(join(dir, `${lang}.ink`));
      if (!compiled.ok) outcome.problems.push(...compiled.problems.map(formatProblem));
      scripts[lang] = compiled.files;
    }
    const { rows, misaligned } = alignScripts(scripts);
    const file = join(out, `${basename(dir)}.html`);
    writeFileSync(file, renderReviewPage(loaded.value, LANGUAGES, rows, misaligned));
    const note = misaligned.length > 0 ? ` (${misaligned.length} knot(s) split differently: see the page)` : '';
    outcome.written.push(`${file}: ${rows.length} rows${note}`);
  }
  return outcome;
}
