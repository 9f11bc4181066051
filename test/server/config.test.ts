import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readServeConfig, scenarioIds } from '../../server/config.ts';

describe('readServeConfig', () => {
  it('defaults to port 8787 on every interface, ./class-sessions.sqlite and ./dist', () => {
    expect(readServeConfig({})).toEqual({
      ok: true,
      value: {
        port: 8787,
        host: '0.0.0.0',
        database: resolve('class-sessions.sqlite'),
        distDir: resolve('dist'),
        allowedOrigins: [],
        publicUrl: undefined,
        logLevel: 'info',
        trustProxy: false,
        partnerConfig: resolve('partner.config.json'),
        partnerKey: undefined,
      },
    });
  });

  it('reads a partner key of 32 to 128 safe characters, and refuses another without repeating it', () => {
    const key = `${'k'.repeat(31)}Z`;
    expect(readServeConfig({ BYR_PARTNER_KEY: ` ${key} ` })).toMatchObject({ ok: true, value: { partnerKey: key } });
    expect(readServeConfig({ BYR_PARTNER_KEY: '' })).toMatchObject({ ok: true, value: { partnerKey: undefined } });
    for (const bad of ['short-secret', `${key}+/=`, 'x'.repeat(129)]) {
      const config = readServeConfig({ BYR_PARTNER_KEY: bad });
      expect(config).toEqual({ ok: false, error: expect.stringMatching(/^BYR_PARTNER_KEY must be 32 to 128/) });
      expect(JSON.stringify(config)).not.toContain(bad);
    }
  });

  it('reads the environment, trimming origins', () => {
    const config = readServeConfig({
      PORT: '9000',
      HOST: '127.0.0.1',
      BYR_DB: '/var/lib/byr/sessions.sqlite',
      BYR_ALLOWED_ORIGINS: 'https://a.example, https://b.example/',
      BYR_PUBLIC_URL: 'https://byr.example.org/',
      BYR_LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      ok: true,
      value: {
        port: 9000,
        host: '127.0.0.1',
        database: '/var/lib/byr/sessions.sqlite',
        allowedOrigins: ['https://a.example', 'https://b.example'],
        publicUrl: 'https://byr.example.org',
        logLevel: 'warn',
      },
    });
  });

  it('switches to PostgreSQL when DATABASE_URL is set, and refuses a URL that is not one', () => {
    const url = 'postgres://byr:secret@db.internal:5432/byr';
    expect(readServeConfig({ DATABASE_URL: url, BYR_DB: '/x.sqlite' })).toMatchObject({
      ok: true,
      value: { database: url },
    });
    expect(readServeConfig({ DATABASE_URL: 'mysql://db/byr' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^DATABASE_URL must be a PostgreSQL URL/),
    });
  });

  it('names the variable that is wrong', () => {
    expect(readServeConfig({ PORT: 'eighty' })).toEqual({ ok: false, error: 'PORT=eighty is not a port' });
    expect(readServeConfig({ BYR_ALLOWED_ORIGINS: 'school.example' })).toMatchObject({ ok: false });
    expect(readServeConfig({ BYR_LOG_LEVEL: 'loud' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^BYR_LOG_LEVEL/),
    });
  });
});

describe('scenarioIds', () => {
  it('lists the folders of stories/ that hold a scenario.json', () => {
    expect(scenarioIds(resolve('stories'))).toEqual(expect.arrayContaining(['the-squad', 'the-video']));
    expect(scenarioIds(resolve('stories'))).not.toContain('common');
    expect(scenarioIds(resolve('no-such-folder'))).toBeUndefined();
  });
});
