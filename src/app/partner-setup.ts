import { adultHelpDirectoryMa, type HelpDirectory, helpDirectoryMa, parseHelpDirectory } from '../content/index.ts';
import { configFromParams, type PartnerConfig, parsePartnerConfig } from '../platform/index.ts';

/** The deployment's own config file, read at build time (absent: defaults). See docs/partners.md. */
const files = import.meta.glob<unknown>('../partner.config.json', { eager: true, import: 'default' });

/** The partner config from the deployment file and the URL (the embed loader passes its data- attributes there). */
export function readPartnerConfig(search: string): PartnerConfig {
  const file = Object.values(files)[0];
  const fromFile = typeof file === 'object' && file !== null ? (file as Record<string, unknown>) : {};
  return parsePartnerConfig({ ...fromFile, ...configFromParams(new URLSearchParams(search)) });
}

/** The help directory for the partner's region, replaced or extended by the partner's own entries when valid. */
export function helpDirectoryFor(config: PartnerConfig): HelpDirectory {
  if (config.region !== 'MA' && !config.help) {
    console.warn(`Partner config: no built-in help directory for region ${config.region}; the MA directory is used.`);
  }
  if (!config.help) return helpDirectoryMa;
  const parsed = parseHelpDirectory(config.help.directory);
  if (!parsed.ok) {
    for (const problem of parsed.error)
      console.warn(`Partner config: help.directory: ${problem}; the default directory is used.`);
    return helpDirectoryMa;
  }
  if (config.help.mode === 'replace') return parsed.value;
  const ids = new Set(parsed.value.entries.map((e) => e.id));
  return {
    ...helpDirectoryMa,
    entries: [...helpDirectoryMa.entries.filter((e) => !ids.has(e.id)), ...parsed.value.entries],
  };
}

/**
 * The entries for parents and teachers (e-Blagh…), shown in the "For adults" part of the help panel and in the
 * teacher guide: Morocco's, unless the partner replaces the help directory or serves another region.
 */
export function adultHelpFor(config: PartnerConfig): HelpDirectory | undefined {
  if (config.region !== 'MA' || config.help?.mode === 'replace') return undefined;
  return adultHelpDirectoryMa;
}

/**
 * Which pages may embed and command the game: the configured origins, plus the parent page when it declared its own
 * origin (`data-origins` on the loader). A page can only ever authorise itself, never another origin.
 */
export function allowedHostOrigins(
  config: PartnerConfig,
  parentOrigin: string | undefined,
  declared: string | null,
): string[] {
  const declaredOwn = declared
    ?.split(',')
    .map((s) => s.trim())
    .includes(parentOrigin ?? '\u0000')
    ? [parentOrigin as string]
    : [];
  return [...new Set([...config.allowedOrigins, ...declaredOwn])];
}

/**
 * Gives the partner's brand colour (already checked for contrast) to the design tokens, which derive the accent of
 * each look from it (src/ui/tokens.css).
 */
export function applyBrand(config: PartnerConfig): void {
  if (!config.brand?.color) return;
  const root = document.documentElement;
  root.style.setProperty('--brand', config.brand.color);
  root.dataset.brand = '';
}
