import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';
import { DEFAULT_RATE_LIMITS } from './limits/rate-limits.js';
import { DEFAULT_DEADLINE_POLICY } from './relay/deadline-sweeper.js';

const SECRET = '0123456789abcdef0123456789abcdef';
const WEBHOOK = {
  SWITCHBOARD_BOT: 'webhook',
  SWITCHBOARD_BOT_URL: 'https://bot.example.com/switchboard',
  SWITCHBOARD_BOT_SECRET: SECRET,
};

describe('readConfig', () => {
  it('runs the demo with no settings at all', () => {
    expect(readConfig({}, '/app')).toEqual({
      port: 3000,
      store: { engine: 'sqlite', file: '/app/data/switchboard.sqlite' },
      redis: null,
      admin: { email: undefined, password: undefined },
      knowledgeDirectory: '/app/demo/knowledge',
      rateLimits: DEFAULT_RATE_LIMITS,
      deadlines: DEFAULT_DEADLINE_POLICY,
      bot: { kind: 'knowledge' },
      logLevel: 'info',
      metricsToken: null,
      handoffRulesFile: null,
      sitesFile: null,
    });
  });

  it('takes the handoff rules file, relative to the repository or absolute', () => {
    expect(readConfig({ SWITCHBOARD_HANDOFF_RULES: 'config/handoff.json' }, '/app').handoffRulesFile).toBe(
      '/app/config/handoff.json',
    );
    expect(readConfig({ SWITCHBOARD_HANDOFF_RULES: '/etc/handoff.json' }, '/app').handoffRulesFile).toBe(
      '/etc/handoff.json',
    );
  });

  it('takes the site file, relative to the repository or absolute, and none when set empty', () => {
    expect(readConfig({ SWITCHBOARD_SITES: 'config/sites.json' }, '/app').sitesFile).toBe(
      '/app/config/sites.json',
    );
    expect(readConfig({ SWITCHBOARD_SITES: '/etc/sites.json' }, '/app').sitesFile).toBe('/etc/sites.json');
    expect(readConfig({ SWITCHBOARD_SITES: '' }, '/app').sitesFile).toBeNull();
  });

  it('keeps the built-in handoff rules when the rules file is set empty', () => {
    expect(readConfig({ SWITCHBOARD_HANDOFF_RULES: '' }, '/app').handoffRulesFile).toBeNull();
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
      store: { engine: 'sqlite', file: '/var/lib/switchboard.db' },
      redis: null,
      admin: { email: 'ops@example.com', password: 'hunter2hunter2' },
      knowledgeDirectory: '/app/kb',
      rateLimits: DEFAULT_RATE_LIMITS,
      deadlines: DEFAULT_DEADLINE_POLICY,
      bot: { kind: 'knowledge' },
      logLevel: 'warn',
      metricsToken: 'a-scraper-token-of-some-length',
      handoffRulesFile: null,
      sitesFile: null,
    });
  });

  it('runs on PostgreSQL and Redis when their URLs are given, for several relay processes', () => {
    const config = readConfig(
      {
        DATABASE_URL: 'postgres://switchboard@db.internal:5432/switchboard',
        REDIS_URL: 'redis://cache.internal:6379',
        SWITCHBOARD_REDIS_STREAM: 'switchboard:eu',
      },
      '/app',
    );
    expect(config.store).toEqual({
      engine: 'postgres',
      url: 'postgres://switchboard@db.internal:5432/switchboard',
    });
    expect(config.redis).toEqual({ url: 'redis://cache.internal:6379', streamName: 'switchboard:eu' });
    expect(readConfig({ REDIS_URL: 'redis://r:6379' }, '/app').redis?.streamName).toBe('switchboard');
  });

  it('takes the deadlines in seconds', () => {
    const config = readConfig(
      {
        SWITCHBOARD_AGENT_GRACE_SECONDS: '90',
        SWITCHBOARD_WAIT_TIMEOUT_SECONDS: '0.5',
        SWITCHBOARD_IDLE_CLOSE_SECONDS: '3600',
      },
      '/app',
    );
    expect(config.deadlines).toEqual({ agentGraceMs: 90_000, waitTimeoutMs: 500, idleCloseMs: 3_600_000 });
  });

  it('scales the rate limits, or switches them off at 0', () => {
    const doubled = readConfig({ SWITCHBOARD_RATE_LIMIT_SCALE: '2' }, '/app').rateLimits;
    expect(doubled?.signInsPerEmail).toEqual({
      limit: 20,
      windowMs: DEFAULT_RATE_LIMITS.signInsPerEmail.windowMs,
    });
    expect(readConfig({ SWITCHBOARD_RATE_LIMIT_SCALE: '0' }, '/app').rateLimits).toBeNull();
  });

  it('chooses a webhook bot with its address, secret and timeout', () => {
    const env = {
      SWITCHBOARD_BOT: 'webhook',
      SWITCHBOARD_BOT_URL: 'https://bot.example.com/switchboard',
      SWITCHBOARD_BOT_SECRET: SECRET,
      SWITCHBOARD_BOT_TIMEOUT_MS: '2500',
    };
    expect(readConfig(env, '/app').bot).toEqual({
      kind: 'webhook',
      endpoint: { url: 'https://bot.example.com/switchboard', secret: SECRET, timeoutMs: 2500 },
    });
  });

  it('chooses a Rasa bot, with no secret needed and a 5-second timeout by default', () => {
    const env = { SWITCHBOARD_BOT: 'rasa', SWITCHBOARD_BOT_URL: 'http://localhost:5005' };
    expect(readConfig(env, '/app').bot).toEqual({
      kind: 'rasa',
      endpoint: { url: 'http://localhost:5005', secret: null, timeoutMs: 5000 },
    });
  });

  it('never repeats the bot secret in an error', () => {
    const env = {
      SWITCHBOARD_BOT: 'webhook',
      SWITCHBOARD_BOT_URL: 'https://bot.example',
      SWITCHBOARD_BOT_SECRET: 'short-secret',
    };
    expect(() => readConfig(env, '/app')).toThrow(/SWITCHBOARD_BOT_SECRET must be at least 32 characters/);
    expect(() => readConfig(env, '/app')).not.toThrow(/short-secret/);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL must be sqlite:PATH/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must be redis:/],
    [{ REDIS_URL: 'redis://r', SWITCHBOARD_REDIS_STREAM: 'a b' }, /SWITCHBOARD_REDIS_STREAM must be/],
    [{ SWITCHBOARD_AGENT_GRACE_SECONDS: '0' }, /SWITCHBOARD_AGENT_GRACE_SECONDS must be a number/],
    [{ SWITCHBOARD_IDLE_CLOSE_SECONDS: 'soon' }, /SWITCHBOARD_IDLE_CLOSE_SECONDS must be a number/],
    [{ SWITCHBOARD_RATE_LIMIT_SCALE: 'lots' }, /SWITCHBOARD_RATE_LIMIT_SCALE must be a number/],
    [{ SWITCHBOARD_RATE_LIMIT_SCALE: '-1' }, /SWITCHBOARD_RATE_LIMIT_SCALE must be a number/],
    [
      { SWITCHBOARD_BOT: 'dialogflow' },
      /SWITCHBOARD_BOT must be knowledge, webhook or rasa, not "dialogflow"/,
    ],
    [
      { SWITCHBOARD_BOT: 'webhook', SWITCHBOARD_BOT_SECRET: SECRET },
      /SWITCHBOARD_BOT_URL must be the webhook bot's/,
    ],
    [{ ...WEBHOOK, SWITCHBOARD_BOT_URL: 'ftp://bot.example' }, /SWITCHBOARD_BOT_URL must be/],
    [{ ...WEBHOOK, SWITCHBOARD_BOT_URL: 'bot.example.com' }, /SWITCHBOARD_BOT_URL must be/],
    [{ ...WEBHOOK, SWITCHBOARD_BOT_SECRET: '' }, /SWITCHBOARD_BOT_SECRET must be at least 32 characters/],
    [
      { SWITCHBOARD_BOT: 'rasa', SWITCHBOARD_BOT_URL: 'http://rasa:5005', SWITCHBOARD_BOT_SECRET: 'tiny' },
      /SWITCHBOARD_BOT_SECRET must be at least/,
    ],
    [
      { ...WEBHOOK, SWITCHBOARD_BOT_TIMEOUT_MS: 'soon' },
      /SWITCHBOARD_BOT_TIMEOUT_MS must be a whole number of milliseconds from 100 to 60000/,
    ],
    [{ ...WEBHOOK, SWITCHBOARD_BOT_TIMEOUT_MS: '50' }, /SWITCHBOARD_BOT_TIMEOUT_MS must be a whole number/],
    [{ ...WEBHOOK, SWITCHBOARD_BOT_TIMEOUT_MS: '2.5' }, /SWITCHBOARD_BOT_TIMEOUT_MS must be a whole number/],
    [
      { SWITCHBOARD_BOT_URL: 'https://bot.example' },
      /SWITCHBOARD_BOT_URL is set, but SWITCHBOARD_BOT is knowledge/,
    ],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
    [{ SWITCHBOARD_METRICS_TOKEN: 'short' }, /SWITCHBOARD_METRICS_TOKEN must be at least 16/],
    [{ SWITCHBOARD_METRICS_TOKEN: 'sixteen or more but spaced' }, /without spaces/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => readConfig(env, '/app')).toThrow(ConfigError);
    expect(() => readConfig(env, '/app')).toThrow(message);
  });
});
