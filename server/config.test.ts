import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('readConfig', () => {
  it('runs the demo with no settings at all', () => {
    expect(readConfig({}, '/app')).toEqual({
      port: 3000,
      sqliteFile: '/app/data/switchboard.sqlite',
      admin: { email: undefined, password: undefined },
      knowledgeDirectory: '/app/demo/knowledge',
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
      },
      '/app',
    );
    expect(config).toEqual({
      port: 8080,
      sqliteFile: '/var/lib/switchboard.db',
      admin: { email: 'ops@example.com', password: 'hunter2hunter2' },
      knowledgeDirectory: '/app/kb',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL must be sqlite:PATH/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => readConfig(env, '/app')).toThrow(ConfigError);
    expect(() => readConfig(env, '/app')).toThrow(message);
  });
});
