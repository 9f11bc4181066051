import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from '@swc/core';

/**
 * `npx tsx tools/function-sizes.ts [root] [count]`: the longest functions (declarations, methods, arrow and function
 * expressions) across src/, server/ and tools/, by lines, to see where the code is hard to read. Prints figures only.
 */
const root = process.argv[2] ?? '.';
const count = Number(process.argv[3] ?? 10);

interface Found {
  readonly where: string;
  readonly name: string;
  readonly lines: number;
}

const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ClassMethod',
  'PrivateMethod',
  'Constructor',
]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

function nameOf(node: Record<string, unknown>, parentKey: string | undefined): string {
  const ident = (node.identifier ?? node.key) as { value?: string } | undefined;
  return ident?.value ?? parentKey ?? '(anonymous)';
}

function walk(node: unknown, visit: (n: Record<string, unknown>, name: string | undefined) => void, name?: string) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, name);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  if (typeof n.type === 'string' && FUNCTION_TYPES.has(n.type)) visit(n, name);
  // A variable's or property's name names the arrow function assigned to it.
  const id = (n.id ?? n.key) as { value?: string } | undefined;
  const childName = n.type === 'VariableDeclarator' || n.type === 'KeyValueProperty' ? id?.value : name;
  for (const [key, value] of Object.entries(n)) if (key !== 'span') walk(value, visit, childName);
}

const found: Found[] = [];
for (const file of ['src', 'server', 'tools'].flatMap((d) => filesUnder(join(root, d)))) {
  // A leading ';' makes the module's span start at the file's first byte (swc starts it at the first token, after any
  // comments); swc's spans are byte offsets, counted across parses.
  const bytes = Buffer.from(`;${readFileSync(file, 'utf8')}`);
  const module = parseSync(bytes.toString(), { syntax: 'typescript', target: 'es2022' });
  const base = module.span.start;
  const lineAt = (offset: number) =>
    bytes
      .subarray(0, offset - base)
      .toString()
      .split('\n').length;
  walk(module.body, (n, parentName) => {
    const span = n.span as { start: number; end: number };
    const first = lineAt(span.start);
    const lines = lineAt(span.end) - first + 1;
    found.push({ where: `${relative(root, file)}:${first}`, name: nameOf(n, parentName), lines });
  });
}
for (const f of found.sort((a, b) => b.lines - a.lines).slice(0, count)) {
  console.log(`${String(f.lines).padStart(4)}  ${f.name}  ${f.where}`);
}
