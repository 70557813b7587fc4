import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, isLoopback } from './client-address.js';

describe('client address', () => {
  it('is the peer when the peer is not a proxy on this machine, whatever the header says', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1')).toBe('203.0.113.7');
  });

  it('is the nearest forwarded address when the peer is a loopback proxy', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
    expect(clientAddress('::ffff:127.0.0.1', ['198.51.100.1', '127.0.0.1'])).toBe('198.51.100.1');
    expect(clientAddress('::1', undefined)).toBe('::1');
  });

  it('recognises loopback addresses in every spelling', () => {
    const loopback = ['127.0.0.1', '127.8.9.10', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1'];
    expect(loopback.filter((address) => !isLoopback(address))).toEqual([]);
    const others = ['10.0.0.1', '::2', 'fe80::1', 'localhost', ''];
    expect(others.filter((address) => isLoopback(address))).toEqual([]);
  });

  it('counts IPv4 addresses one by one and IPv6 addresses by their /64', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('not an address')).toBe('unknown');
  });
});
