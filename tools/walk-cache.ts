import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Walking every choice of a story takes seconds, and `npm test` needs the same walk several times (stories:check, the
 * build's teacher pages, the teacher-guide test). `cachedWalk` keeps a walk's result on disk under a key made of
 * everything the walk reads: the inputs it is given and the source of the code that walks (the walkers and every file they import). A
 * changed story, option or walker gives a new key, so a stale result is never read. `BYR_NO_CACHE=1` turns it off.
 */
const ROOT = resolve(import.meta.dirname, '..');
/** Default place: next to other tools' caches, ignored by git with node_modules. */
export const WALK_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'before-you-reply', 'walks');
/** Bump when the file format changes. */
const FORMAT = 1;
const MAX_AGE_MS = 14 * 24 * 3600 * 1000;
/** The walkers: their files and every file they import (followed at run time) make the code fingerprint. */
const WALKERS = [
  'tools/story-walk.ts',
  'tools/scenario-check.ts',
  'tools/teacher/story-facts.ts',
  'tools/teacher/gender-lines.ts',
  'tools/walk-cache.ts',
];
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]/g;

/** Where and how to cache (tests give their own folder and code fingerprint). */
export interface WalkCacheOptions {
  readonly dir?: string;
  readonly code?: string;
}

/** JSON with Maps, Sets and non-finite numbers kept (walk results use all three). */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value] };
  if (value instanceof Set) return { $set: [...value] };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $num: String(value) };
  if (typeof value === 'function') return undefined;
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  if ('$map' in value && Array.isArray(value.$map)) return new Map(value.$map);
  if ('$set' in value && Array.isArray(value.$set)) return new Set(value.$set);
  if ('$num' in value && typeof value.$num === 'string') return Number(value.$num);
  return value;
}

/** Serialises a value the way the cache stores it (exported for the round-trip test). */
export function toCacheText(value: unknown): string {
  return JSON.stringify(value, replacer);
}

/** Reads back what `toCacheText` wrote. */
export function fromCacheText(text: string): unknown {
  return JSON.parse(text, reviver);
}

/** A file and every file it imports by a relative path (code and JSON data), in a stable order. */
export function importGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((e) => join(ROOT, e));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) pending.push(resolve(dirname(file), m[1] ?? ''));
  }
  return [...seen].sort();
}

/** The files whose change invalidates cached walks. */
export function walkerFiles(): string[] {
  return importGraph(WALKERS);
}

let codeFingerprint: string | undefined;

/** A hash of the walkers' code and all it imports, computed once per process. */
function fingerprintOfCode(): string {
  if (codeFingerprint !== undefined) return codeFingerprint;
  const hash = createHash('sha256');
  for (const file of walkerFiles()) {
    hash.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  codeFingerprint = hash.digest('hex');
  return codeFingerprint;
}

function removeOldEntries(dir: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (now - statSync(file).mtimeMs > MAX_AGE_MS) rmSync(file, { force: true });
  }
}

/**
 * Returns `walk()`'s result for these inputs, from disk when the same inputs and code were walked before. `name` says
 * which walk (e.g. 'check', 'teacher'); `inputs` is everything the walk reads (functions in it are ignored: pass the
 * data they are made from too). The result must be made of JSON values, Maps, Sets and numbers.
 */
export function cachedWalk<T>(name: string, inputs: unknown, walk: () => T, options: WalkCacheOptions = {}): T {
  if (process.env.BYR_NO_CACHE === '1') return walk();
  const dir = options.dir ?? WALK_CACHE_DIR;
  const key = createHash('sha256')
    .update(`${FORMAT}\0${name}\0${options.code ?? fingerprintOfCode()}\0`)
    .update(toCacheText(inputs))
    .digest('hex')
    .slice(0, 32);
  const file = join(dir, `${name}-${key}.json`);
  try {
    return fromCacheText(readFileSync(file, 'utf8')) as T;
  } catch {
    // No entry yet, or one cut short by a killed process: walk again and write it whole.
  }
  const result = walk();
  mkdirSync(dir, { recursive: true });
  removeOldEntries(dir);
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, toCacheText(result));
  renameSync(partial, file);
  return result;
}
