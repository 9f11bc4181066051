import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for the tests and `npm run bench:server -- --store postgres`: Debian's `postgresql` binaries (installed by .ci/run), `initdb` into a
 * temp folder, a free loopback port, its socket in the same folder, no fsync (nothing here must survive a crash).
 * PostgreSQL refuses to run as root: as root (CI), the cluster runs as the `postgres` user (or `nobody`) via runuser.
 */
export interface Cluster {
  readonly port: number;
  /** A URL for `database` on this cluster (trust authentication on loopback: no password). */
  readonly url: (database: string) => string;
}

const USER = 'byr';

/** The folder holding initdb, pg_ctl and postgres: PG_BIN, or the newest /usr/lib/postgresql/N/bin. */
export function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) {
    throw new Error(
      'PostgreSQL is not installed: the service tests run on both stores. Install it (apt-get install postgresql, as ' +
        '.ci/run does), set PG_BIN to its bin folder, or run only SQLite with BYR_TEST_STORES=sqlite.',
    );
  }
  return join(root, newest, 'bin');
}

/** The user PostgreSQL runs as: ourselves, or an unprivileged one when we are root. */
function runAs(): { user: string; uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const user of ['postgres', 'nobody']) {
    try {
      const id = (flag: string) => Number(execFileSync('id', [flag, user], { stdio: ['ignore', 'pipe', 'ignore'] }));
      return { user, uid: id('-u'), gid: id('-g') };
    } catch {
      // No such user: try the next.
    }
  }
  throw new Error('Running as root, and neither a postgres nor a nobody user exists to run PostgreSQL as.');
}

function run(bin: string, args: string[]): void {
  const as = runAs();
  const path = join(postgresBin(), bin);
  if (as) execFileSync('runuser', ['-u', as.user, '--', path, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  else execFileSync(path, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A free TCP port on loopback (the OS picks one; PostgreSQL takes it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Creates and starts a cluster in `dir` (which must exist, be empty, and have parents others may traverse). */
export async function startCluster(dir: string): Promise<Cluster> {
  const as = runAs();
  if (as) chownSync(dir, as.uid, as.gid);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', USER, '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const port = await freePort();
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300`;
  run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  return { port, url: (database) => `postgres://${USER}@127.0.0.1:${port}/${database}` };
}

/** Stops the cluster in `dir` at once, if it runs. */
export function stopCluster(dir: string): void {
  const data = join(dir, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The cluster shared by every test file of this run, in `runDir` (made by the global setup, which stops the cluster
 * at the end): the first file to ask starts it, under a lock folder; the others wait for its `ready` file.
 */
export async function sharedCluster(runDir: string): Promise<Cluster> {
  const ready = join(runDir, 'ready.json');
  const failed = join(runDir, 'failed.txt');
  try {
    mkdirSync(join(runDir, 'lock'));
  } catch {
    for (let waited = 0; waited < 120_000; waited += 100) {
      if (existsSync(ready)) return clusterAt(JSON.parse(readFileSync(ready, 'utf8')).port);
      if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
      await sleep(100);
    }
    throw new Error('The shared PostgreSQL cluster did not start within 120 s.');
  }
  const dir = join(runDir, 'cluster');
  mkdirSync(dir);
  try {
    const cluster = await startCluster(dir);
    writeFileSync(ready, JSON.stringify({ port: cluster.port }));
    return cluster;
  } catch (error) {
    writeFileSync(failed, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

const clusterAt = (port: number): Cluster => ({
  port,
  url: (database) => `postgres://${USER}@127.0.0.1:${port}/${database}`,
});

let counter = 0;
/** A fresh, empty database on the cluster, for one service (or several sharing it). */
export async function freshDatabase(cluster: Cluster, prefix = 'byr'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${++counter}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return cluster.url(name);
}
