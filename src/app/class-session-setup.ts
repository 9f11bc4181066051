import { type ClassSessionClient, createClassSessionClient, deviceId, type KeyValueStore } from '../platform/index.ts';
import { type ClassEvent, fitsSession, type PlayReport, type SessionKind, toClassEvent } from '../protocol/index.ts';

/** The class-session service is the site the game came from (`npm run serve` serves both). */
export const serviceUrl = (): string => new URL('.', location.href).href;

/**
 * Joins a live class session (the token stays in this tab's memory, the device's random id in `store`); undefined
 * when the service cannot be reached, after telling the player once. Events are posted one after another; a failure
 * never stops the game. Only what fits the session's kind is sent: booster answers to a booster session alone.
 */
export async function joinClassSession(
  code: string,
  store: KeyValueStore,
  onUnreachable: () => void,
): Promise<{ kind: SessionKind; scenario: string; lang: string; report: (event: PlayReport) => void } | undefined> {
  const client: ClassSessionClient = createClassSessionClient({ baseUrl: serviceUrl(), timeoutMs: 5000 });
  const joined = await client.join(code, deviceId(store));
  if (!joined.ok) {
    console.warn(`Not connected to class session ${code}: ${joined.error.message}`);
    onUnreachable();
    return undefined;
  }
  let queue = Promise.resolve();
  let warned = false;
  const post = (event: ClassEvent) => {
    queue = queue.then(async () => {
      const res = await client.post(event);
      if (!res.ok && !warned) {
        warned = true;
        console.warn(`The class session did not take an answer: ${res.error.message}`);
      }
    });
  };
  post({ kind: 'joined' });
  const { kind, scenario, lang } = joined.value;
  return {
    kind,
    scenario,
    lang,
    report: (report) => {
      const event = toClassEvent(report);
      if (event && fitsSession(event, kind)) post(event);
    },
  };
}
