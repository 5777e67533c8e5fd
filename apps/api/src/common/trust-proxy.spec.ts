import { trustOneHop } from './trust-proxy';

describe('trusting one proxy hop', () => {
  it('trusts the socket peer when it is a configured address, and nothing behind it', () => {
    const trust = trustOneHop('loopback');
    expect(trust('127.0.0.1', 0)).toBe(true);
    expect(trust('::ffff:127.0.0.1', 0)).toBe(true);
    expect(trust('::1', 0)).toBe(true);
    expect(trust('127.0.0.1', 1)).toBe(false);
    expect(trust('10.0.0.5', 0)).toBe(false);
  });

  it('reads private ranges and CIDR entries', () => {
    const trust = trustOneHop('uniquelocal, 203.0.113.0/24, 198.51.100.7');
    expect(trust('172.20.0.3', 0)).toBe(true);
    expect(trust('203.0.113.9', 0)).toBe(true);
    expect(trust('198.51.100.7', 0)).toBe(true);
    expect(trust('198.51.100.8', 0)).toBe(false);
    expect(trust('127.0.0.1', 0)).toBe(false);
  });
});
