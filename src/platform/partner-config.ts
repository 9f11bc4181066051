import * as v from 'valibot';

/** A partner's settings for the game: language, scenarios, region, help, brand, Leave, teacher mode, origins. */
export interface PartnerConfig {
  readonly lang?: 'fr' | 'ar' | 'en';
  /** Only these scenarios are offered (all when absent). */
  readonly scenarios?: readonly string[];
  readonly region: string;
  /** A help directory to add to (`extend`) or use instead of (`replace`) the region's; validated by src/content. */
  readonly help?: { readonly mode: 'replace' | 'extend'; readonly directory: unknown };
  readonly brand?: { readonly name?: string; readonly color?: string; readonly logo?: string };
  readonly leaveUrl?: string;
  readonly teacherMode: boolean;
  /** Host pages allowed to embed the game and talk to it (https origins, or http://localhost for testing). */
  readonly allowedOrigins: readonly string[];
}

/** The safe defaults: Moroccan help directory, all scenarios, the game's neutral page, no host allowed to command. */
export const DEFAULT_PARTNER_CONFIG: PartnerConfig = { region: 'MA', teacherMode: false, allowedOrigins: [] };

const HTTPS = /^https:\/\/[^\s/]+(?:\/\S*)?$/i;
const ORIGIN = /^(?:https:\/\/[a-z0-9.-]+(?::\d+)?|http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?)$/i;

/** WCAG contrast of a #rrggbb colour against white (the brand colour is used behind white text). */
export function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c = 0) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 1.05 / (0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) + 0.05);
}

const fields = {
  lang: v.picklist(['fr', 'ar', 'en']),
  scenarios: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]*$/))), v.minLength(1)),
  region: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a two-letter region code like MA')),
  help: v.object({ mode: v.picklist(['replace', 'extend']), directory: v.unknown() }),
  brand: v.object({
    name: v.optional(v.pipe(v.string(), v.maxLength(60))),
    color: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^#[0-9a-f]{6}$/i, 'a colour like #1f5fbf'),
        v.check((c) => contrastWithWhite(c) >= 4.5, 'too light: white text on it must keep a 4.5:1 contrast'),
      ),
    ),
    logo: v.optional(
      v.pipe(v.string(), v.regex(/^(?:https:\/\/\S+|\/\S*|\.\/\S*)$/, 'an https: address or a path on this site')),
    ),
  }),
  leaveUrl: v.pipe(v.string(), v.regex(HTTPS, 'an https: address')),
  teacherMode: v.boolean(),
  allowedOrigins: v.array(v.pipe(v.string(), v.regex(ORIGIN, 'an origin like https://partner.example'))),
} as const;

type Field = keyof typeof fields;

/**
 * Reads a partner config (JSON file, URL parameters or embed attributes, already merged into one object). Each bad
 * field is reported in the console with its path and replaced by its safe default; the rest is kept.
 */
export function parsePartnerConfig(raw: unknown, warn: (message: string) => void = console.warn): PartnerConfig {
  if (raw === undefined || raw === null) return DEFAULT_PARTNER_CONFIG;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn('Partner config: not an object; using the defaults.');
    return DEFAULT_PARTNER_CONFIG;
  }
  const out: Record<string, unknown> = { ...DEFAULT_PARTNER_CONFIG };
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in fields)) {
      warn(`Partner config: unknown field "${key}" is ignored.`);
      continue;
    }
    const result = v.safeParse(fields[key as Field], value);
    if (result.success) out[key] = result.output;
    else
      for (const issue of result.issues)
        warn(
          `Partner config: ${[key, v.getDotPath(issue)].filter(Boolean).join('.')}: ${issue.message}; the default is used.`,
        );
  }
  return out as unknown as PartnerConfig;
}

/**
 * Turns URL parameters (and the loader's data- attributes, passed as URL parameters) into a raw config object.
 * Allowed origins and the Leave address never come from the URL: a page may only declare its own origin (see
 * allowedHostOrigins in app/), and `?leave=` is checked against partnerLeaveOrigins (see readLaunchConfig).
 */
export function configFromParams(params: URLSearchParams): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const lang = params.get('lang');
  if (lang) raw.lang = lang;
  const region = params.get('region');
  if (region) raw.region = region;
  const scenarios = params.get('scenarios');
  if (scenarios) raw.scenarios = scenarios.split(',').map((s) => s.trim());
  const color = params.get('brand');
  if (color) raw.brand = { color };
  if (params.get('teacher') === '1') raw.teacherMode = true;
  return raw;
}

/** The origins Leave may go to: the configured Leave address's origin and the partner's allowed origins. */
export function partnerLeaveOrigins(config: PartnerConfig): string[] {
  const origins = [...config.allowedOrigins];
  if (config.leaveUrl) {
    try {
      origins.push(new URL(config.leaveUrl).origin);
    } catch {
      console.warn(`Partner config: leaveUrl ${config.leaveUrl} is not a URL; Leave goes to the neutral page.`);
    }
  }
  return [...new Set(origins)];
}
