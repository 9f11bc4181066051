/**
 * `npm run stories:check`. The content data the check reads (help directories, taxonomy) is validated as it loads:
 * a broken file (e.g. a help entry without an https source or a lastVerified date) stops the check here, with the
 * file and the fields to fix, instead of a stack trace.
 */
try {
  await import('./stories-check-run.ts');
} catch (e) {
  console.error(`stories:check: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

export {};
