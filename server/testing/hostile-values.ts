/**
 * Values an attacker might put anywhere in a payload, for the hostile-input table: wrong types, sizes past
 * every limit, prototype-pollution keys, control characters and broken Unicode, markup and injections, ids
 * that name nothing. Each test places every value in every field of every inbound message.
 */

/** One hostile value and what it tries. */
export interface HostileValue {
  name: string;
  value: unknown;
}

import { MISSING, RawJson } from './wire-json.js';

/** Bigger than any packet or body the relay accepts (64 KiB for Socket.IO, 16 KiB for the API). */
export const ONE_MEGABYTE = 1024 * 1024;

/** `depth` arrays nested in each other, as JSON text: deeper than `JSON.stringify` can write. */
function nested(depth: number): RawJson {
  return new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`);
}

/** An object with `count` keys. */
function wide(count: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, index]));
}

/** Every hostile value; there are at least 40, so each field of each message meets at least 40. */
export const HOSTILE_VALUES: readonly HostileValue[] = [
  // Missing and wrong types.
  { name: 'a missing field', value: MISSING },
  { name: 'null', value: null },
  { name: 'NaN (null on the wire)', value: Number.NaN },
  { name: 'zero', value: 0 },
  { name: 'a negative number', value: -1 },
  { name: 'a fraction', value: 1.5 },
  { name: 'an unsafe integer', value: Number.MAX_SAFE_INTEGER + 2 },
  { name: 'a huge number', value: 1e308 },
  { name: 'true', value: true },
  { name: 'a numeric string', value: '1' },
  { name: 'an empty string', value: '' },
  { name: 'a blank string', value: ' \n\t ' },
  { name: 'an empty array', value: [] },
  { name: 'an array of strings', value: ['hi', 'there'] },
  { name: 'an empty object', value: {} },
  { name: 'a nested object', value: { text: 'hi', clientId: 'c1' } },
  { name: 'a date (a string on the wire)', value: new Date(0) },
  { name: 'a binary attachment', value: Buffer.from('attachment') },
  // Sizes.
  { name: 'a string one past the message limit', value: 'x'.repeat(4001) },
  { name: 'a 60 KB string', value: 'y'.repeat(60_000) },
  { name: 'a 1 MB string', value: 'z'.repeat(ONE_MEGABYTE) },
  { name: 'a 10,000-element array', value: Array<number>(10_000).fill(0) },
  { name: '10,000-deep nesting', value: nested(10_000) },
  { name: 'an object with 3,000 keys', value: wide(3000) },
  // Prototype pollution.
  { name: 'a __proto__ key', value: JSON.parse('{"__proto__":{"polluted":true}}') as unknown },
  { name: 'a constructor.prototype key', value: { constructor: { prototype: { polluted: true } } } },
  { name: 'the string __proto__', value: '__proto__' },
  { name: 'the string constructor', value: 'constructor' },
  // Control characters and broken Unicode.
  { name: 'a NUL character', value: 'hi\u0000there' },
  { name: 'an ANSI escape', value: '\u001b[31mred\u001b[0m' },
  { name: 'DEL', value: 'a\u007f' },
  { name: 'a lone high surrogate', value: 'broken \uD800 text' },
  { name: 'a lone low surrogate', value: 'broken \uDC00 text' },
  { name: 'a right-to-left override', value: 'invoice\u202Efdp.exe' },
  { name: 'header injection (CR LF)', value: 'hi\r\nSet-Cookie: sb_session=stolen' },
  // Markup and injections: valid text, which must be kept and shown as text.
  { name: 'a script element', value: '<script>window.__xss=1</script>' },
  { name: 'an image with onerror', value: '<img src=x onerror="window.__xss=1">' },
  { name: 'a javascript: URL', value: 'javascript:alert(1)' },
  { name: 'SQL injection', value: "'; DROP TABLE entries; --" },
  { name: 'a template injection', value: '{{constructor.constructor("return process")()}}' },
  { name: 'a spreadsheet formula', value: '=HYPERLINK("https://attacker.example","click")' },
  { name: 'path traversal', value: '../../../etc/passwd' },
  { name: 'exactly the longest message', value: 'm'.repeat(4000) },
  // Ids that name nothing, and ids that are not ids.
  { name: 'a forged conversation id', value: 'AAAAAAAAAAAAAAAAAAAAAA' },
  { name: 'a forged token', value: 'forged-token-forged-token-forged-token-forg' },
  { name: 'an id one past the longest', value: 'i'.repeat(65) },
  { name: 'an id with a space', value: 'c 1' },
  { name: 'an id with non-ASCII letters', value: 'ïd' },
  { name: 'an id with a slash', value: 'a/b' },
];
