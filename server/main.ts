import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app.ts';
import { lanAddresses, readServeConfig, scenarioIds } from './config.ts';

// `npm run serve`: the class-session service and the built game on one port (docs/class-sessions.md).
const config = readServeConfig(process.env);
if (!config.ok) {
  console.error(`Cannot start: ${config.error}`);
  process.exit(1);
}
const { port, host, dbPath, distDir, allowedOrigins, logLevel } = config.value;
// With one network address, join links and QR codes use it even when the teacher browses to localhost.
const lan = host === '0.0.0.0' ? lanAddresses() : [];
const publicUrl = config.value.publicUrl ?? (lan.length === 1 && port !== 0 ? `http://${lan[0]}:${port}` : undefined);
if (!existsSync(join(distDir, 'index.html'))) {
  console.warn(`${distDir}/index.html is missing: run "npm run build" first; only the API is served until then.`);
}
const scenarios = scenarioIds(join(import.meta.dirname, '..', 'stories'));
const app = createApp({ dbPath, distDir, allowedOrigins, publicUrl, scenarios, logger: logLevel });
const address = await app.server.listen({ port, host });
const listening = Number(new URL(address).port);
console.log(`Before You Reply class sessions: database ${dbPath}`);
const urls = publicUrl ? [publicUrl] : lan.map((a) => `http://${a}:${listening}`);
for (const url of urls.length > 0 ? urls : [address]) console.log(`Students and teacher open ${url}`);

const stop = () => {
  app.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
