/** What the URL asks for: a scenario to open directly, a language, a pacing. */
export interface LaunchConfig {
  readonly scenario?: string;
  readonly lang?: string;
  readonly pacing?: string;
}

/** Reads `?scenario=…&lang=…&pacing=…`; values are checked by the caller against what exists. */
export function readLaunchConfig(search: string): LaunchConfig {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const scenario = get('scenario');
  const lang = get('lang');
  const pacing = get('pacing');
  return { ...(scenario ? { scenario } : {}), ...(lang ? { lang } : {}), ...(pacing ? { pacing } : {}) };
}
