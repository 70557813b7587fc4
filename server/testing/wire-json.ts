/**
 * JSON as a hostile client writes it: nesting deeper than `JSON.stringify` can go, own `__proto__` keys,
 * binary attachments as Socket.IO placeholders, and fields left out.
 */

/** JSON text to send exactly as it is, such as nesting too deep for `JSON.stringify`. */
export class RawJson {
  constructor(readonly json: string) {}
}

/** Marks a field to leave out, rather than set: the "missing field" case. */
export const MISSING: unique symbol = Symbol('missing');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Writes `value` as JSON. Buffers become Socket.IO attachment placeholders (and are pushed onto
 * `attachments`); own keys named `__proto__` are kept; `MISSING` fields are left out.
 */
export function toWireJson(value: unknown, attachments: Buffer[] = []): string {
  if (value instanceof RawJson) return value.json;
  if (Buffer.isBuffer(value)) {
    attachments.push(value);
    return JSON.stringify({ _placeholder: true, num: attachments.length - 1 });
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === MISSING ? 'null' : toWireJson(item, attachments))).join(',')}]`;
  }
  if (isPlainObject(value)) {
    const fields = Object.keys(value)
      .filter((key) => value[key] !== MISSING && value[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${toWireJson(value[key], attachments)}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The value as the relay receives it: JSON decoded, so NaN is null and dates are strings; Buffers stay
 * Buffers (they travel as binary attachments); `MISSING` stays missing.
 */
export function onTheWire(value: unknown): unknown {
  if (Buffer.isBuffer(value) || value === MISSING) return value;
  return JSON.parse(toWireJson(value)) as unknown;
}

/** `base` with `field` set to `value`, or left out for `MISSING`; `__proto__` becomes an own key. */
export function withField(
  base: Record<string, unknown>,
  field: string,
  value: unknown,
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base };
  if (value === MISSING) delete copy[field];
  else Object.defineProperty(copy, field, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}
