import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture(level: Parameters<typeof createLogger>[0]['level']) {
  const lines: string[] = [];
  const logger = createLogger({ level, write: (line) => lines.push(line) });
  return { logger, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>), lines };
}

describe('createLogger', () => {
  it('writes one JSON object per line with the level by name, an ISO time, the message and the fields', () => {
    const { logger, lines, records } = capture('info');
    logger.info('agent joined', { conversationId: 'c1', agentId: 'a1' });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\n')).toBe(true);
    const [record] = records();
    expect(record).toMatchObject({
      level: 'info',
      msg: 'agent joined',
      conversationId: 'c1',
      agentId: 'a1',
      pid: process.pid,
    });
    expect(new Date(String(record?.time)).toISOString()).toBe(record?.time);
  });

  it('leaves out what is less severe than its level', () => {
    const { logger, records } = capture('warn');
    logger.info('listening');
    logger.warn('commit attempts exhausted', { conversationId: 'c1' });
    logger.error('command failed');
    expect(records().map((record) => record.level)).toEqual(['warn', 'error']);
  });

  it('writes nothing at all when silent', () => {
    const { logger, lines } = capture('silent');
    logger.error('command failed');
    expect(lines).toEqual([]);
  });
});
