/**
 * What each field of the protocol accepts, written down again from the protocol's documentation, as an
 * oracle for the hostile-input table: it says which hostile values a field must take, and which it must
 * refuse. Values are judged as they arrive (see `onTheWire`).
 */
import { MAX_MESSAGE_LENGTH, MAX_NOTE_LENGTH } from '../../protocol/limits.js';

/** Whether a field takes a value. */
export type FieldRule = (wire: unknown) => boolean;

/** An object's fields: a rule for each leaf, a nested shape for each nested object. */
export interface Shape {
  readonly [field: string]: FieldRule | Shape;
}

// oxlint-disable-next-line no-control-regex -- the forbidden control characters are what this matches.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True for `{…}` objects: not arrays, Buffers, dates or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

const isString = (wire: unknown): wire is string => typeof wire === 'string';

/** The rule of each kind of field. */
export const rules = {
  /** Our ids and client ids: 1 to 64 letters, digits, `_` or `-`. */
  id: (wire: unknown) => isString(wire) && /^[A-Za-z0-9_-]{1,64}$/.test(wire),
  nullableId: (wire: unknown) => wire === null || rules.id(wire),
  /** A seq: a non-negative safe integer. */
  seq: (wire: unknown) => Number.isSafeInteger(wire) && (wire as number) >= 0,
  /** What a person typed: not blank, not too long, valid Unicode, no control characters but tab and newlines. */
  text: (wire: unknown) =>
    isString(wire) &&
    wire.length <= MAX_MESSAGE_LENGTH &&
    wire.trim() !== '' &&
    !CONTROL.test(wire) &&
    !LONE_SURROGATE.test(wire),
  /** A note, transfer note or rating comment: readable text as a message is, up to the note limit. */
  note: (wire: unknown) => rules.text(wire) && (wire as string).length <= MAX_NOTE_LENGTH,
  nullableNote: (wire: unknown) => wire === null || rules.note(wire),
  boolean: (wire: unknown) => typeof wire === 'boolean',
  /** A rating: a whole number from 1 to 5. */
  score: (wire: unknown) => [1, 2, 3, 4, 5].includes(wire as number),
  /** An agent's status. */
  status: (wire: unknown) => wire === 'online' || wire === 'away' || wire === 'offline',
  /** The page context: null, or valid Unicode up to `max` without control characters. */
  contextText: (max: number) => (wire: unknown) =>
    wire === null ||
    (isString(wire) && wire.length <= max && !CONTROL.test(wire) && !LONE_SURROGATE.test(wire)),
  /** The handshake's protocol version: any number passes the schema; only the current one connects. */
  number: (wire: unknown) => typeof wire === 'number',
  /** A visitor token: null, or 16 to 128 URL-safe characters. */
  token: (wire: unknown) => wire === null || (isString(wire) && /^[A-Za-z0-9_-]{16,128}$/.test(wire)),
  password: (wire: unknown) => isString(wire) && wire.length >= 1 && wire.length <= 1024,
  /** No hostile value is an email address. */
  email: (wire: unknown) => isString(wire) && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(wire),
} as const;

/** Whether `wire` is an object with exactly the shape's fields, each taking its value. */
export function matchesShape(shape: Shape, wire: unknown): boolean {
  if (!isPlainObject(wire)) return false;
  const fields = Object.keys(shape);
  if (Object.keys(wire).length !== fields.length) return false;
  return fields.every((field) => {
    if (!Object.hasOwn(wire, field)) return false;
    const rule = shape[field];
    return typeof rule === 'function' ? rule(wire[field]) : matchesShape(rule as Shape, wire[field]);
  });
}

/** Every field of a shape, nested ones as `parent.child` paths, with the rule for its value. */
export function fieldPaths(shape: Shape, prefix = ''): { path: string; rule: FieldRule }[] {
  return Object.entries(shape).flatMap(([field, rule]) => {
    const path = `${prefix}${field}`;
    if (typeof rule === 'function') return [{ path, rule }];
    const nested = rule as Shape;
    return [{ path, rule: (wire: unknown) => matchesShape(nested, wire) }, ...fieldPaths(nested, `${path}.`)];
  });
}
