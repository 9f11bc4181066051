import { checkTag } from '../src/engine/index.ts';
import type { InkProblem } from './ink-compiler.ts';
import { readOutline } from './ink-source.ts';
import { scenarioContextOf } from './scenario-files.ts';

/**
 * Checks every tag written in a script and its INCLUDEs against the grammar and, for a scenario script, against the
 * ids its scenario.json declares. Each problem points at the tag's file and line.
 */
export function lintInkTags(mainFile: string, files: readonly string[]): InkProblem[] {
  const context = scenarioContextOf(mainFile);
  const problems: InkProblem[] = [];
  for (const t of readOutline(files).tags) {
    const problem = checkTag(t.tag, context?.vocabulary);
    if (problem) problems.push({ severity: 'error', file: t.file, line: t.line, message: problem });
  }
  return problems;
}
