import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CompileOutcome, compileInkFile } from './ink-compiler.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Default place, ignored by git with node_modules. */
export const COMPILE_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'before-you-reply', 'compiled');

type Entry = { readonly sources: readonly (readonly [string, string])[]; readonly outcome: CompileOutcome };

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

let compilerFingerprint: string | undefined;

/** The compiler's code and inkjs's version: a new one of either compiles again. */
function fingerprintOfCompiler(): string {
  compilerFingerprint ??= sha(
    readFileSync(join(ROOT, 'tools', 'ink-compiler.ts'), 'utf8') +
      readFileSync(join(ROOT, 'node_modules', 'inkjs', 'package.json'), 'utf8'),
  );
  return compilerFingerprint;
}

function isFresh(entry: Entry): boolean {
  return entry.sources.every(([file, hash]) => existsSync(file) && sha(readFileSync(file)) === hash);
}

/**
 * `compileInkFile`, kept on disk: a script compiles once until it or one of its INCLUDEs changes (each file read is
 * checked by its content hash), so the check, the teacher pages and the story tests stop compiling the same ink again.
 * Only successful compiles are kept. `BYR_NO_CACHE=1` turns it off (and the walk cache).
 */
export function compileInkCached(file: string, dir = COMPILE_CACHE_DIR): CompileOutcome {
  if (process.env.BYR_NO_CACHE === '1') return compileInkFile(file);
  const entryFile = join(dir, `${sha(`${resolve(file)}\0${fingerprintOfCompiler()}`).slice(0, 32)}.json`);
  if (existsSync(entryFile)) {
    try {
      const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
      if (isFresh(entry)) return entry.outcome;
    } catch {
      // An entry cut short by a killed process: compile again and write it whole.
    }
  }
  const outcome = compileInkFile(file);
  if (!outcome.ok) return outcome;
  const entry: Entry = { sources: outcome.files.map((f) => [f, sha(readFileSync(f))] as const), outcome };
  mkdirSync(dir, { recursive: true });
  const partial = `${entryFile}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(entry));
  renameSync(partial, entryFile);
  return outcome;
}
