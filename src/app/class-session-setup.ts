import { type ClassSessionClient, createClassSessionClient, deviceId, type KeyValueStore } from '../platform/index.ts';
import { type ClassEvent, fitsSession, type PlayReport, type SessionKind, toClassEvent } from '../protocol/index.ts';

/** The class-session service is the site the game came from (`npm run serve` serves both). */
export const serviceUrl = (): string => new URL('.', location.href).href;

/** A class session this tab has joined: what it is, and where the game's reports go. */
export interface JoinedSession {
  readonly kind: SessionKind;
  readonly scenario: string;
  readonly lang: string;
  /** Whether this report goes to the session (ids only, and only what fits the session's kind). */
  takes(report: PlayReport): boolean;
  report(event: PlayReport): void;
}

/**
 * Joins a live class session (the token stays in this tab's memory, the device's random id in `store`); undefined
 * when the service cannot be reached, after telling the player once. Events are posted one after another; a failure
 * never stops the game. Only what fits the session's kind is sent: booster answers to a booster session alone.
 */
export async function joinClassSession(
  code: string,
  store: KeyValueStore,
  onUnreachable: () => void,
): Promise<JoinedSession | undefined> {
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
  const fitting = (report: PlayReport) => {
    const event = toClassEvent(report);
    return event && fitsSession(event, kind) ? event : undefined;
  };
  return {
    kind,
    scenario,
    lang,
    takes: (report) => fitting(report) !== undefined,
    report: (report) => {
      const event = fitting(report);
      if (event) post(event);
    },
  };
}
