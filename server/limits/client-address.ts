import { isIPv4, isIPv6 } from 'node:net';

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** An IPv4-mapped IPv6 address (`::ffff:1.2.3.4`) as the IPv4 address it is; anything else as it is. */
function unmapped(address: string): string {
  return MAPPED_IPV4.exec(address)?.[1] ?? address;
}

/** True for 127.0.0.0/8 and ::1, in any of their spellings. */
export function isLoopback(address: string): boolean {
  const plain = unmapped(address.trim());
  if (isIPv4(plain)) return plain.startsWith('127.');
  return isIPv6(plain) && expandIPv6(plain).join(':') === '0:0:0:0:0:0:0:1';
}

/**
 * The address of the client that made a request: the peer's, or, when the peer is a proxy on this machine
 * (a loopback address), the nearest address in its `X-Forwarded-For` that is not a loopback proxy too. This
 * is Express's `trust proxy: 'loopback'` rule, so Socket.IO handshakes and HTTP requests agree on who the
 * client is. A client that reaches the relay directly cannot choose its address by sending the header.
 */
export function clientAddress(
  peerAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '')
    .toReversed();
  const hops = [peerAddress ?? '', ...forwarded];
  let index = 0;
  while (index < hops.length - 1 && isLoopback(hops[index] ?? '')) index++;
  return hops[index] ?? '';
}

/**
 * The key a client address is counted under for rate limits: an IPv4 address as it is, an IPv6 address by
 * its /64 network, since one subscriber usually holds a whole /64 and could otherwise change address at
 * will. Anything that is not an IP address is counted under one shared key.
 */
export function addressKey(address: string): string {
  const plain = unmapped(address.trim().replace(/%.*$/, ''));
  if (isIPv4(plain)) return plain;
  if (isIPv6(plain)) return `${expandIPv6(plain).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

/** The eight groups of an IPv6 address, without leading zeros, with `::` and a trailing IPv4 part expanded. */
function expandIPv6(address: string): string[] {
  let text = address.toLowerCase();
  const embedded = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)?.[1];
  if (embedded !== undefined) {
    const [a = 0, b = 0, c = 0, d = 0] = embedded.split('.').map(Number);
    text = `${text.slice(0, -embedded.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].map((group) => Number.parseInt(group, 16).toString(16));
}
