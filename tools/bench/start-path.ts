import { loadBench } from '../bench-load.ts';
import { measure } from '../size-check.ts';

// `tsx tools/bench/start-path.ts [lang] [runs]`: only the start-path figures of `npm run bench` (first-load sizes and
// the throttled load), for one language, without the feed and story-pipeline parts (after a build).
const lang = process.argv[2] ?? 'fr';
const runs = Number(process.argv[3] ?? 5);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const size = measure();
console.log('First load before the first tap (gzip):');
for (const [code, bytes] of Object.entries(size.firstLoad)) console.log(`  ${code}: ${kb(bytes)}`);
const load = await loadBench(runs, lang);
console.log(`Throttled profile, ${lang}, median of ${runs} cold loads:`);
console.log(
  `  Home ${load.home} ms; reference ${load.reference} ms; ratio ${load.homeRatio.toFixed(2)} (target ≤ 1.5)`,
);
console.log(
  `  first message ${load.firstMessage} ms after the note's button, ${load.toFirstMessage} ms after navigation (reply options ${load.toReply} ms); transfer limit ${Math.round(load.transferLimit)} ms (${kb(load.startBytes)}); ratio ${load.firstMessageRatio.toFixed(2)} (target ≤ 1.3; runs ${load.firstMessageRatioSpread.min.toFixed(2)}–${load.firstMessageRatioSpread.max.toFixed(2)})`,
);
console.log(`  repeat visit: Home in ${load.repeatHome} ms (target ≤ 500)`);
const visit = load.firstVisit;
const total = (xs: readonly { bytes: number }[]) => kb(xs.reduce((s, a) => s + a.bytes, 0));
const span = (xs: readonly { at: number }[]) =>
  xs.length ? `${Math.min(...xs.map((a) => a.at))}–${Math.max(...xs.map((a) => a.at))} ms` : 'none';
const page = visit.filter((a) => !a.worker);
const worker = visit.filter((a) => a.worker);
console.log(
  `  whole first visit ${total(visit)}: the page's ${total(page)} (${span(page)}), the precache ${total(worker)} (${span(worker)})`,
);
console.log(`  samples: ${JSON.stringify(load.samples)}`);
