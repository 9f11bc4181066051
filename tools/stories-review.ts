import { resolve } from 'node:path';
import { writeReviewPages } from './review/review-files.ts';

/**
 * `npm run stories:review`: one printable page per scenario, `dist-review/<id>.html`, with the French, Arabic and
 * English scripts side by side, knot by knot and option by option, tags shown, so a reviewer who reads two of the
 * three languages can check meaning and register line by line.
 */
const { written, problems } = writeReviewPages(resolve('dist-review'));
for (const line of written) console.log(`wrote ${line}`);
for (const p of problems) console.error(p);
process.exit(problems.length === 0 ? 0 : 1);
