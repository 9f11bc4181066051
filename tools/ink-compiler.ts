import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';

/** A problem in an ink source, located by file and line when ink says where. */
export interface InkProblem {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

/** The result of compiling one ink file (and its INCLUDEs). */
export type CompileOutcome =
  | {
      readonly ok: true;
      readonly json: string;
      /** sha256 of the compiled JSON, 16 hex digits: saves use it to notice a changed script. */
      readonly hash: string;
      /** Every file read, the main file first: what a watcher must watch. */
      readonly files: readonly string[];
      readonly warnings: readonly InkProblem[];
    }
  | { readonly ok: false; readonly problems: readonly InkProblem[]; readonly files: readonly string[] };

const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?(?:line (\d+):\s*)?(.*)$/s;

/** Formats a problem as `file:line: message`, the form editors and terminals link. */
export function formatProblem(p: InkProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.severity}: ${p.message}`;
}

/**
 * Compiles an ink file in-process with inkjs's compiler. INCLUDE paths resolve relative to the including file.
 * Never throws for bad ink: problems come back with file and line.
 */
export function compileInkFile(file: string, source?: string): CompileOutcome {
  const main = resolve(file);
  const files: string[] = [main];
  // inkjs hands included parsers the raw INCLUDE text as their file name; map it back to the real path.
  const resolved = new Map<string, string>([[main, main]]);
  const problems: InkProblem[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string, from?: string | null) => {
      const base = from ? (resolved.get(from) ?? resolve(from)) : main;
      const full = name === main ? main : resolve(dirname(base), name);
      if (!resolved.has(name)) resolved.set(name, full);
      return full;
    },
    LoadInkFileContents: (full: string) => {
      if (!files.includes(full)) files.push(full);
      return readFileSync(full, 'utf8');
    },
  };
  const onError = (message: string, type: number) => {
    const m = MESSAGE.exec(message);
    const named = m?.[2];
    problems.push({
      severity: type === 2 ? 'error' : 'warning',
      file: named ? (resolved.get(named) ?? named) : main,
      ...(m?.[3] ? { line: Number(m[3]) } : {}),
      message: (m?.[4] ?? message).trim(),
    });
  };
  let text: string;
  try {
    text = source ?? readFileSync(main, 'utf8');
  } catch (e) {
    return { ok: false, problems: [{ severity: 'error', file: main, message: String(e) }], files };
  }
  const compiler = new Compiler(text, new CompilerOptions(main, [], false, onError, fileHandler));
  let json: string | undefined;
  try {
    json = compiler.Compile()?.ToJson() ?? undefined;
  } catch (e) {
    if (!problems.some((p) => p.severity === 'error')) {
      problems.push({ severity: 'error', file: main, message: e instanceof Error ? e.message : String(e) });
    }
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !json) return { ok: false, problems: errors.length ? errors : problems, files };
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
  return { ok: true, json, hash, files, warnings: problems };
}
