/** What the URL asks for: a scenario to open directly, a language, a pacing, where Leave goes. */
export interface LaunchConfig {
  readonly scenario?: string;
  readonly lang?: string;
  readonly pacing?: string;
  /** Where Leave goes: an address on an origin the partner config allows; absent means the game's own neutral page. */
  readonly leaveUrl?: string;
  /** A live class session's join code (`?join=`), upper-cased; absent when missing or malformed. */
  readonly join?: string;
}

/** Join codes: 4 to 10 letters or digits (the service issues 6; case is ignored). */
const JOIN_CODE = /^[A-Z0-9]{4,10}$/;

/** The game's own neutral page: leaving sends no request to anyone else. */
export const DEFAULT_LEAVE_URL = './neutral.html';

/**
 * Accepts an absolute address whose origin is exactly one the partner config allows. Anyone can share a link with
 * `?leave=`, so the query string alone never decides where Leave goes (a manipulator could send players to a phishing
 * page); relative paths, other origins, javascript:, data: are all refused.
 */
function allowedLeaveUrl(value: string, allowedOrigins: readonly string[]): string | undefined {
  try {
    const url = new URL(value);
    if (allowedOrigins.includes(url.origin)) return url.href;
  } catch {
    // Not an absolute URL: refused below like any other value.
  }
  return undefined;
}

/**
 * Reads `?scenario=…&lang=…&pacing=…&leave=…&join=…`; scenario, language and pacing are checked by the caller against
 * what exists. `leave` is kept only on an origin of `leaveOrigins` (from the partner config, see partnerLeaveOrigins);
 * a refused value is reported in the console and the neutral page is used.
 */
export function readLaunchConfig(search: string, leaveOrigins: readonly string[] = []): LaunchConfig {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const scenario = get('scenario');
  const lang = get('lang');
  const pacing = get('pacing');
  const leave = get('leave');
  const code = get('join')?.toUpperCase();
  const join = code && JOIN_CODE.test(code) ? code : undefined;
  if (code && !join) console.warn(`?join=${code} is not a class-session code; the game starts without one.`);
  const leaveUrl = leave ? allowedLeaveUrl(leave, leaveOrigins) : undefined;
  if (leave && !leaveUrl)
    console.warn(
      `?leave=${leave} is not on an origin the partner config allows (leaveUrl, allowedOrigins); Leave goes to the neutral page.`,
    );
  return {
    ...(scenario ? { scenario } : {}),
    ...(lang ? { lang } : {}),
    ...(pacing ? { pacing } : {}),
    ...(leaveUrl ? { leaveUrl } : {}),
    ...(join ? { join } : {}),
  };
}
