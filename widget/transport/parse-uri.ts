/** The parts of an address that Socket.IO's and Engine.IO's clients read. */
export interface ParsedUri {
  source: string;
  /** Without the colon: `https`. */
  protocol: string;
  /** The host name; an IPv6 address without its brackets. */
  host: string;
  /** Empty when the address gives none. */
  port: string;
  path: string;
  /** Without the `?`. */
  query: string;
  queryKey: Record<string, string>;
}

/**
 * Engine.IO's address parser (`contrib/parseuri.js`, a 14-part regular expression written for browsers
 * without `URL`) rebuilt on `URL`, which every browser the frame supports has: the frame's build aliases the
 * clients' import to this module (see vite.frame.config.ts) to stay within its size budget. The clients only
 * ever parse the relay's absolute address.
 */
export function parse(source: string): ParsedUri {
  const url = new URL(source);
  return {
    source,
    protocol: url.protocol.slice(0, -1),
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port,
    path: url.pathname,
    query: url.search.slice(1),
    queryKey: Object.fromEntries(url.searchParams),
  };
}
