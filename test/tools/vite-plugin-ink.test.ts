import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkPlugin } from '../../tools/vite-plugin-ink.ts';
import { makeScenarioJson } from '../helpers/scenario-dir.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'byr-vite-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const MAIN = "import { story, contentHash } from './s/fr.ink';\nconsole.log(story, contentHash);\n";

async function bundle(root: string): Promise<string> {
  const output = await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [inkPlugin()],
    build: { write: false, lib: { entry: join(root, 'main.js'), formats: ['es'], fileName: 'out' } },
  });
  const first = Array.isArray(output) ? output[0] : output;
  if (!first || !('output' in first)) throw new Error('no build output');
  return first.output.map((o) => ('code' in o ? o.code : '')).join('\n');
}

describe('inkPlugin', () => {
  it('compiles an imported .ink (with its INCLUDE) to story JSON and a content hash', async () => {
    const root = project({
      'main.js': MAIN,
      's/fr.ink': 'INCLUDE part.ink\n-> k\n',
      's/part.ink': '=== k ===\nHi\n-> END\n',
    });
    const code = await bundle(root);
    expect(code).toContain('inkVersion');
    expect(code).toMatch(/[0-9a-f]{16}/);
    expect(code).not.toContain('InkParser');
  });

  it('fails the build with file, line and message on broken ink', async () => {
    const root = project({ 'main.js': MAIN, 's/fr.ink': 'Hello\n-> nowhere\n' });
    await expect(bundle(root)).rejects.toThrow(/s\/fr\.ink:2: error: .*nowhere/);
  });

  it('fails the build on an unknown tag in a scenario script, naming file and line', async () => {
    const root = project({
      'main.js': MAIN,
      's/scenario.json': JSON.stringify(makeScenarioJson('s')),
      's/fr.ink': 'Salut #from: karim\nÇa va #from: walid\n-> END\n',
    });
    await expect(bundle(root)).rejects.toThrow(/s\/fr\.ink:2: error: #from: walid: unknown character "walid"/);
  });

  it('reloads the page in dev when an INCLUDEd file changes', async () => {
    const root = project({
      'index.html': '<script type="module" src="/main.js"></script>',
      'main.js': MAIN,
      's/fr.ink': 'INCLUDE part.ink\n-> k\n',
      's/part.ink': '=== k ===\nHi\n-> END\n',
    });
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkPlugin()],
      server: { port: 0, watch: { usePolling: true, interval: 50 } },
    });
    try {
      const sent: unknown[] = [];
      const send = server.ws.send.bind(server.ws);
      server.ws.send = ((payload: unknown) => {
        sent.push(payload);
        return send(payload as never);
      }) as typeof server.ws.send;
      await server.listen();
      const before = await server.transformRequest('/s/fr.ink');
      expect(before?.code).toContain('Hi');
      writeFileSync(join(root, 's/part.ink'), '=== k ===\nHello again\n-> END\n');
      await expect.poll(() => sent, { timeout: 5000 }).toContainEqual({ type: 'full-reload' });
      const after = await server.transformRequest('/s/fr.ink');
      expect(after?.code).toContain('Hello again');
    } finally {
      await server.close();
    }
  });
});
