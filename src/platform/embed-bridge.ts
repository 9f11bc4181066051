import * as v from 'valibot';

/** Every message of the partner protocol carries this envelope (see docs/partners.md). */
export const PROTOCOL = 'before-you-reply';
export const PROTOCOL_VERSION = 1;

/** What the game tells the host page. Counts only: never message text or choices. */
export type GameMessage =
  | { readonly type: 'ready'; readonly lang: string }
  | { readonly type: 'resize'; readonly height: number }
  | { readonly type: 'scenario-started'; readonly scenario: string; readonly lang: string }
  | {
      readonly type: 'scenario-ended';
      readonly scenario: string;
      readonly ending: string;
      readonly spotted: number;
      readonly missed: number;
    }
  | { readonly type: 'help-opened'; readonly topic?: string }
  | { readonly type: 'leave' };

const Envelope = { protocol: v.literal(PROTOCOL), version: v.literal(PROTOCOL_VERSION) };

/** What the host page may ask; anything else is ignored. */
export const HostCommandSchema = v.variant('type', [
  v.strictObject({ ...Envelope, type: v.literal('set-language'), lang: v.picklist(['fr', 'ar', 'en']) }),
  v.strictObject({
    ...Envelope,
    type: v.literal('start-scenario'),
    scenario: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]{0,40}$/)),
  }),
  v.strictObject({ ...Envelope, type: v.literal('pause'), paused: v.boolean() }),
]);
export type HostCommand = v.InferOutput<typeof HostCommandSchema>;

/** The messaging side of being embedded: talks only to the parent page, at its exact origin, if allowed. */
export interface EmbedBridge {
  /** The host's origin when it is allowed to talk with the game. */
  readonly host: string | undefined;
  send(message: GameMessage): void;
  dispose(): void;
}

/**
 * Connects the game to the page that frames it. Outgoing messages go to the parent's exact origin (never `*`),
 * and only when that origin is allowed; incoming ones are accepted only from `window.parent`, from an allowed
 * origin, and when they match the protocol's schema. Everything else is ignored.
 */
export function connectEmbedBridge(o: {
  readonly win?: Window;
  /** The parent page's origin (from the browser), if framed. */
  readonly parentOrigin: string | undefined;
  readonly allowedOrigins: readonly string[];
  readonly onCommand: (command: HostCommand) => void;
}): EmbedBridge {
  const win = o.win ?? window;
  const host = o.parentOrigin && o.allowedOrigins.includes(o.parentOrigin) ? o.parentOrigin : undefined;
  const listener = (event: MessageEvent) => {
    if (!host || event.source !== win.parent || event.origin !== host) return;
    const parsed = v.safeParse(HostCommandSchema, event.data);
    if (parsed.success) o.onCommand(parsed.output);
    else console.warn('Ignored a message from the host page that is not a valid command.', event.data);
  };
  win.addEventListener('message', listener);
  return {
    host,
    send(message) {
      if (host) win.parent.postMessage({ protocol: PROTOCOL, version: PROTOCOL_VERSION, ...message }, host);
    },
    dispose: () => win.removeEventListener('message', listener),
  };
}
