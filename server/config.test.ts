import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';
import { DEFAULT_RATE_LIMITS } from './limits/rate-limits.js';

describe('readConfig', () => {
  it('runs the demo with no settings at all', () => {
    expect(readConfig({}, '/app')).toEqual({
      port: 3000,
      sqliteFile: '/app/data/switchboard.sqlite',
      admin: { email: undefined, password: undefined },
      knowledgeDirectory: '/app/demo/knowledge',
      rateLimits: DEFAULT_RATE_LIMITS,
      logLevel: 'info',
      metricsToken: null,
    });
  });

  it('takes the port, database, admin and knowledge from the environment', () => {
    const config = readConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'sqlite:/var/lib/switchboard.db',
        SWITCHBOARD_ADMIN_EMAIL: 'ops@example.com',
        SWITCHBOARD_ADMIN_PASSWORD: 'hunter2hunter2',
        SWITCHBOARD_KNOWLEDGE_DIR: 'kb',
        LOG_LEVEL: 'warn',
        SWITCHBOARD_METRICS_TOKEN: 'a-scraper-token-of-some-length',
      },
      '/app',
    );
    expect(config).toEqual({
      port: 8080,
      sqliteFile: '/var/lib/switchboard.db',
      admin: { email: 'ops@example.com', password: 'hunter2hunter2' },
      knowledgeDirectory: '/app/kb',
      rateLimits: DEFAULT_RATE_LIMITS,
      logLevel: 'warn',
      metricsToken: 'a-scraper-token-of-some-length',
    });
  });

  it('scales the rate limits, or switches them off at 0', () => {
    const doubled = readConfig({ SWITCHBOARD_RATE_LIMIT_SCALE: '2' }, '/app').rateLimits;
    expect(doubled?.signInsPerEmail).toEqual({
      limit: 20,
      windowMs: DEFAULT_RATE_LIMITS.signInsPerEmail.windowMs,
    });
    expect(readConfig({ SWITCHBOARD_RATE_LIMIT_SCALE: '0' }, '/app').rateLimits).toBeNull();
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL must be sqlite:PATH/],
    [{ SWITCHBOARD_RATE_LIMIT_SCALE: 'lots' }, /SWITCHBOARD_RATE_LIMIT_SCALE must be a number/],
    [{ SWITCHBOARD_RATE_LIMIT_SCALE: '-1' }, /SWITCHBOARD_RATE_LIMIT_SCALE must be a number/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
    [{ SWITCHBOARD_METRICS_TOKEN: 'short' }, /SWITCHBOARD_METRICS_TOKEN must be at least 16/],
    [{ SWITCHBOARD_METRICS_TOKEN: 'sixteen or more but spaced' }, /without spaces/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => readConfig(env, '/app')).toThrow(ConfigError);
    expect(() => readConfig(env, '/app')).toThrow(message);
  });
});
