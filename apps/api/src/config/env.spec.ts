import { ConfigError, parseConfig } from './env';

describe('parseConfig', () => {
  it('trusts only loopback proxies unless told otherwise', () => {
    expect(parseConfig({}).TRUST_PROXY).toBe('loopback');
    expect(parseConfig({ TRUST_PROXY: 'loopback, uniquelocal' }).TRUST_PROXY).toBe('loopback, uniquelocal');
    expect(parseConfig({ TRUST_PROXY: '10.0.0.0/8,loopback' }).TRUST_PROXY).toBe('10.0.0.0/8,loopback');
  });

  it('names the variable that is wrong, and what it got', () => {
    expect(() => parseConfig({ TRUST_PROXY: 'everyone' })).toThrow(ConfigError);
    expect(() => parseConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY: .*\(got "everyone"\)/);
    expect(() => parseConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL: must be a redis:\/\/ URL/);
  });
});
