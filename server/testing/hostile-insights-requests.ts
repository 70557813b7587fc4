/**
 * The hostile-input table's Insights requests: every hostile value in each parameter of a signed-in
 * agent's `GET /api/insights` query, and as a parameter the query does not have. The other parameters stay
 * valid, so each case tests one parameter.
 */
import { rules } from './field-rules.js';
import { encodeSegment, unlessTooLarge, type RequestCase } from './hostile-requests.js';
import { HOSTILE_VALUES } from './hostile-values.js';
import { MISSING, toWireJson } from './wire-json.js';

const VALID: Record<string, string> = {
  siteId: 'shop',
  from: '2026-03-10',
  to: '2026-03-10',
  timeZone: 'UTC',
};

/** The value as the relay reads it from the query: text, decoded from UTF-8 (a lone surrogate becomes U+FFFD). */
function asQueryText(value: unknown): string {
  const text = typeof value === 'string' ? value : toWireJson(value);
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** A time zone is a name the runtime's time zone database knows. */
function isTimeZone(text: string): boolean {
  try {
    return (
      /^[A-Za-z]/.test(text) &&
      new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone !== ''
    );
  } catch {
    return false;
  }
}

/** What a query with `value` in `parameter` must get: the parameter's rule, then the site's existence. */
function expectedFor(parameter: string, value: unknown): RequestCase['expected'] {
  const invalid = { status: 400, code: 'invalid_payload' } as const;
  if (value === MISSING)
    return parameter === 'siteId' || parameter === 'from' || parameter === 'to' ? invalid : { status: 200 };
  const text = asQueryText(value);
  switch (parameter) {
    case 'siteId':
      if (!rules.id(text)) return invalid;
      return text === VALID['siteId'] ? { status: 200 } : { status: 404, code: 'unknown_site' };
    case 'timeZone':
      return isTimeZone(text) ? { status: 200 } : invalid;
    default:
      // No hostile value is a day written as YYYY-MM-DD, and no query takes a parameter it does not know.
      return invalid;
  }
}

function queryWith(parameter: string, value: unknown): string {
  const parameters = { ...VALID, ...(Object.hasOwn(VALID, parameter) ? {} : { [parameter]: '' }) };
  return Object.entries(parameters)
    .flatMap(([name, valid]) => {
      if (name !== parameter) return [`${name}=${valid}`];
      return value === MISSING ? [] : [`${encodeSegment(name)}=${encodeSegment(value)}`];
    })
    .join('&');
}

/** Every Insights case of the table, for the agent signed in with `agentCookie`. */
export function hostileInsightsRequestCases(agentCookie: string): RequestCase[] {
  return HOSTILE_VALUES.flatMap(({ name, value }, index) => {
    const extra = ['extra', '__proto__', 'constructor'][index % 3] ?? 'extra';
    return [...Object.keys(VALID), extra].map((parameter): RequestCase => {
      const path = `/api/insights?${queryWith(parameter, value)}`;
      return {
        label: `GET /api/insights: ${name} as ${parameter}`,
        method: 'GET',
        path,
        headers: { cookie: agentCookie },
        body: null,
        expected: unlessTooLarge(path.length, expectedFor(parameter, value)),
      };
    });
  });
}
