/** What the URL asks for: a scenario to open directly, a language, a pacing, where Leave goes. */
export interface LaunchConfig {
  readonly scenario?: string;
  readonly lang?: string;
  readonly pacing?: string;
  /** Where Leave goes (an https: page, or a page of this site); absent means the game's own neutral page. */
  readonly leaveUrl?: string;
  /** A live class session's join code (`?join=`), upper-cased; absent when missing or malformed. */
  readonly join?: string;
}

/** Join codes: 4 to 10 letters or digits (the service issues 6; case is ignored). */
const JOIN_CODE = /^[A-Z0-9]{4,10}$/;

/** The game's own neutral page: leaving sends no request to anyone else. */
export const DEFAULT_LEAVE_URL = './neutral.html';

/** Accepts an https: address or a path on this site; anything else (javascript:, http:, data:) is refused. */
function safeLeaveUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    if (url.protocol === 'https:' || url.origin === new URL(base).origin) return url.href;
  } catch {
    // Not a URL at all: refused below like any other unsafe value.
  }
  return undefined;
}

/**
 * Reads `?scenario=…&lang=…&pacing=…&leave=…&join=…`; scenario, language and pacing are checked by the caller against
 * what exists. A refused `leave` value is reported in the console and the neutral page is used.
 */
export function readLaunchConfig(search: string, base = 'https://localhost/'): LaunchConfig {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const scenario = get('scenario');
  const lang = get('lang');
  const pacing = get('pacing');
  const leave = get('leave');
  const code = get('join')?.toUpperCase();
  const join = code && JOIN_CODE.test(code) ? code : undefined;
  if (code && !join) console.warn(`?join=${code} is not a class-session code; the game starts without one.`);
  const leaveUrl = leave ? safeLeaveUrl(leave, base) : undefined;
  if (leave && !leaveUrl)
    console.warn(`?leave=${leave} is not an https: address or a page of this site; Leave goes to the neutral page.`);
  return {
    ...(scenario ? { scenario } : {}),
    ...(lang ? { lang } : {}),
    ...(pacing ? { pacing } : {}),
    ...(leaveUrl ? { leaveUrl } : {}),
    ...(join ? { join } : {}),
  };
}
