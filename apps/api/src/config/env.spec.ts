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

  it('groups on import unless the operational switch IMPORT_GROUPER says off', () => {
    expect(parseConfig({}).IMPORT_GROUPER).toBe('on');
    expect(parseConfig({ IMPORT_GROUPER: 'off' }).IMPORT_GROUPER).toBe('off');
    expect(() => parseConfig({ IMPORT_GROUPER: 'no' })).toThrow(/IMPORT_GROUPER/);
  });

  it("takes the owner's URL for migrations only when it names the runtime's server and database", () => {
    const runtime = 'postgres://recode_app@127.0.0.1:5432/recode';
    expect(
      parseConfig({ DATABASE_URL: runtime, MIGRATION_DATABASE_URL: 'postgres://postgres@127.0.0.1/recode' })
        .MIGRATION_DATABASE_URL,
    ).toBe('postgres://postgres@127.0.0.1/recode');
    expect(parseConfig({ DATABASE_URL: runtime }).MIGRATION_DATABASE_URL).toBeUndefined();
    expect(() =>
      parseConfig({ DATABASE_URL: runtime, MIGRATION_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/other' }),
    ).toThrow(/MIGRATION_DATABASE_URL: must name the same host, port and database/);
    expect(() => parseConfig({ DATABASE_URL: runtime, MIGRATION_DATABASE_URL: 'mysql://x' })).toThrow(
      /MIGRATION_DATABASE_URL: must be a postgres:\/\/ URL/,
    );
  });
});
