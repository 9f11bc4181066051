import {
  type CompiledOpening,
  type CompiledScript,
  isLang,
  type Lang,
  loadMessages,
  loadRegistry,
  type ScenarioEntry,
} from '../content/index.ts';
import { PACINGS } from '../engine/index.ts';
import {
  createBrowserStore,
  type KeyValueStore,
  type LaunchConfig,
  loadSettings,
  type PartnerConfig,
  partnerLeaveOrigins,
  readLaunchConfig,
  type Settings,
} from '../platform/index.ts';
import { type JoinedSession, joinClassSession } from './class-session-setup.ts';
import { readPartnerConfig } from './partner-setup.ts';

/** What the game starts with: where it runs, who offers it, what the address asks for, and the player's settings. */
export interface Launch {
  readonly store: KeyValueStore;
  readonly partner: PartnerConfig;
  readonly url: LaunchConfig;
  readonly settings: Settings;
  readonly lang: Lang;
  /** The scenarios offered here (a partner may offer only some). */
  readonly registry: ReadonlyMap<string, ScenarioEntry>;
  /** The story the address (or the class session) opens directly, if any. */
  readonly deepLink: string | undefined;
  /** The live class session joined from the address: a story session, or a booster round (which opens at once). */
  readonly classSession: JoinedSession | undefined;
  /** String keys of notices for the first screen (an unknown language or story in the address…). */
  readonly notices: readonly string[];
  /** Set once the strings are loaded: storage that starts failing (quota) is said at once, on any screen. */
  onStorageLost(say: () => void): void;
}

const scenarios = () =>
  loadRegistry({
    metadata: import.meta.glob('../../stories/*/scenario.json', { eager: true, import: 'default' }),
    scripts: import.meta.glob<CompiledScript>('../../stories/*/{fr,ar,en}.ink'),
    // Keyed by the script's path (the query left out), as the scripts are.
    openings: Object.fromEntries(
      Object.entries(import.meta.glob<CompiledOpening>('../../stories/*/{fr,ar,en}.ink', { query: '?opening' })).map(
        ([path, load]) => [path.replace(/\?opening$/, ''), load],
      ),
    ),
  });

/** Reads the address, the partner config, settings and storage; joins a class session when the address has a code. */
export async function readLaunch(location: Location): Promise<Launch> {
  const notices: string[] = [];
  let sayStorageLost: (() => void) | undefined;
  const store = createBrowserStore(undefined, (e) => {
    console.warn('Storage is unavailable; progress will not be kept.', e);
    if (sayStorageLost) sayStorageLost();
    else notices.push('storage.unavailable');
  });
  const partner = readPartnerConfig(location.search);
  const url = readLaunchConfig(location.search, partnerLeaveOrigins(partner));
  const classSession = url.join
    ? await joinClassSession(url.join, store, () => notices.push('class.unreachable'))
    : undefined;
  const stored = loadSettings(store);
  const browserLang = navigator.languages.map((l) => l.slice(0, 2)).find(isLang);
  // A class session's story and language apply when the URL does not name its own.
  const sessionLang = isLang(classSession?.lang) ? classSession.lang : undefined;
  const lang = isLang(url.lang) ? url.lang : (sessionLang ?? stored.lang ?? partner.lang ?? browserLang ?? 'fr');
  // Home needs this language's strings: their download starts now, while the scenarios are read (the preferences
  // await the same module; a failure is theirs to report).
  loadMessages(lang).catch(() => undefined);
  const registry = new Map([...scenarios()].filter(([id]) => !partner.scenarios || partner.scenarios.includes(id)));
  // A booster session names the story its class played weeks ago; the booster round opens, not that story.
  const sessionScenario =
    classSession?.kind === 'story' && registry.has(classSession.scenario) ? classSession.scenario : undefined;
  const deepLink = url.scenario && registry.has(url.scenario) ? url.scenario : sessionScenario;
  if (url.scenario && !deepLink) notices.push('home.notice.scenario');
  if (url.lang && !isLang(url.lang)) notices.push('home.notice.lang');
  const pacing = PACINGS.find((p) => p === url.pacing);
  if (url.pacing && !pacing) notices.push('home.notice.pacing');
  return {
    store,
    partner,
    url,
    settings: pacing ? { ...stored, pacing } : stored,
    lang,
    registry,
    deepLink,
    classSession,
    notices,
    onStorageLost: (say) => {
      sayStorageLost = say;
    },
  };
}
