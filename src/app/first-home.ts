import { buildCore, homeFor, paintFirstScreen } from './core.ts';
import { snapshotOf } from './home-snapshot.ts';
import { leaveTarget, mountShell } from './shell.ts';

/**
 * Home as a first visit sees it in one language (no saves, default settings, no partner options in the address),
 * drawn by the app's own code: the build renders it in jsdom (tools/vite-plugin-boot.ts) for boot.js to paint before
 * the app has arrived. The page must be index.html's (`#safety`, `#stage`, `#ui`) at an address that names `lang`.
 */
export async function renderFirstHome() {
  const c = await buildCore();
  // The page that paints it loads the first cover only; the app gives the others theirs (main.ts).
  const home = homeFor(c, () => undefined, { coversAfter: new Promise<void>(() => undefined) });
  const shell = mountShell({
    page: c.page,
    launch: c.launch,
    preferences: c.preferences,
    saves: c.saves,
    languages: c.catalog.languages,
    send: () => undefined,
    onLeave: () => undefined,
    onLanguage: () => undefined,
  });
  paintFirstScreen({ ...c, home, help: shell.help, report: () => undefined });
  return snapshotOf(c.page, leaveTarget(c.launch));
}
