import { describe, expect, it } from 'vitest';
import {
  configFromParams,
  DEFAULT_PARTNER_CONFIG,
  parsePartnerConfig,
  partnerLeaveOrigins,
} from '../../src/platform/index.ts';

function parse(raw: unknown) {
  const warnings: string[] = [];
  return { config: parsePartnerConfig(raw, (m) => warnings.push(m)), warnings };
}

describe('parsePartnerConfig', () => {
  it('keeps valid fields', () => {
    const { config, warnings } = parse({
      lang: 'ar',
      scenarios: ['the-video'],
      brand: { name: 'Asso', color: '#1f5fbf', logo: 'https://asso.example/logo.svg' },
      leaveUrl: 'https://asso.example/',
      teacherMode: true,
      allowedOrigins: ['https://asso.example'],
    });
    expect(warnings).toEqual([]);
    expect(config).toMatchObject({ lang: 'ar', scenarios: ['the-video'], teacherMode: true, region: 'MA' });
  });

  it('reports each bad field with its path and uses the safe default, keeping the rest', () => {
    const { config, warnings } = parse({
      lang: 'de',
      brand: { color: '#ffee00' },
      leaveUrl: 'javascript:alert(1)',
      allowedOrigins: ['*'],
      extra: 1,
      teacherMode: true,
    });
    expect(config).toEqual({ ...DEFAULT_PARTNER_CONFIG, teacherMode: true });
    expect(warnings.join('\n')).toMatch(/lang: /);
    expect(warnings.join('\n')).toMatch(/brand\.color: too light/);
    expect(warnings.join('\n')).toMatch(/leaveUrl: an https: address/);
    expect(warnings.join('\n')).toMatch(/allowedOrigins\.0: an origin/);
    expect(warnings.join('\n')).toMatch(/unknown field "extra"/);
  });

  it('falls back to the defaults for something that is not an object', () => {
    expect(parse('nope').config).toEqual(DEFAULT_PARTNER_CONFIG);
    expect(parse(undefined).config).toEqual(DEFAULT_PARTNER_CONFIG);
  });

  it('takes simple fields from URL parameters, never allowed origins nor the Leave address', () => {
    const raw = configFromParams(
      new URLSearchParams(
        'lang=fr&region=MA&scenarios=a,b&brand=%231f5fbf&teacher=1&origins=https://x.example&leave=https://evil.example/',
      ),
    );
    expect(raw).toEqual({
      lang: 'fr',
      region: 'MA',
      scenarios: ['a', 'b'],
      brand: { color: '#1f5fbf' },
      teacherMode: true,
    });
  });
});

describe('partnerLeaveOrigins', () => {
  it('allows the configured Leave address and the allowed origins, nothing else', () => {
    const { config } = parse({ leaveUrl: 'https://asso.example/bye', allowedOrigins: ['https://school.example'] });
    expect(partnerLeaveOrigins(config)).toEqual(['https://school.example', 'https://asso.example']);
    expect(partnerLeaveOrigins(DEFAULT_PARTNER_CONFIG)).toEqual([]);
  });
});
