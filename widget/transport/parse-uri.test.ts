import { parse as engineParse } from 'engine.io-client';
import { describe, expect, it } from 'vitest';
import { parse } from './parse-uri.js';

const FIELDS = ['source', 'protocol', 'host', 'port', 'path', 'query', 'queryKey'] as const;

function readFields(parsed: object) {
  return Object.fromEntries(FIELDS.map((field) => [field, (parsed as Record<string, unknown>)[field]]));
}

describe('parse', () => {
  it('reads the parts the clients use exactly as Engine.IO’s own parser does', () => {
    for (const address of [
      'http://localhost:3000/visitor',
      'https://chat.example/visitor',
      'https://chat.example:8443/socket.io/?EIO=4&transport=polling',
      'http://[::1]:8080/visitor',
    ]) {
      expect({ address, ...readFields(parse(address)) }).toEqual({
        address,
        ...readFields(engineParse(address)),
      });
    }
  });
});
