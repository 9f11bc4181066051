import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { stopCluster } from '../../tools/pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's shared PostgreSQL cluster lives once a test file starts it (tools/pg-cluster.ts). */
    byrPostgresRun: string;
  }
}

/**
 * Vitest's global setup for the unit tests: a folder for one PostgreSQL cluster shared by the whole run. Nothing is
 * started here (a run without service tests pays nothing); the first service test starts it, and this stops it.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'byr-pg-run-'));
  // PostgreSQL may run as another user (root refuses it): it must reach its folder inside this one.
  chmodSync(dir, 0o755);
  project.provide('byrPostgresRun', dir);
  return () => {
    try {
      stopCluster(join(dir, 'cluster'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
