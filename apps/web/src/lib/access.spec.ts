import { describe, expect, it } from '@jest/globals';
import { NAVIGATION, ROLES } from '@recode/contracts';
import { canAccess, homePathFor, landingPathFor } from './access';

describe('homePathFor', () => {
  it('is the first navigation entry of each role', () => {
    for (const role of ROLES) expect(homePathFor(role)).toBe(NAVIGATION[role][0]?.path);
    expect(homePathFor('coder')).toBe('/feedback');
    expect(homePathFor('auditor')).toBe('/worklist');
  });
});

describe('canAccess', () => {
  it('allows the pages in the role navigation and below them', () => {
    expect(canAccess('admin', '/admin/users')).toBe(true);
    expect(canAccess('admin', '/admin/users/')).toBe(true);
    expect(canAccess('supervisor', '/coders/123')).toBe(true);
  });

  it('refuses pages outside it, including look-alike prefixes', () => {
    expect(canAccess('coder', '/admin/users')).toBe(false);
    expect(canAccess('auditor', '/dashboard')).toBe(false);
    expect(canAccess('supervisor', '/codersx')).toBe(false);
  });

  it('lets everyone change their password', () => {
    for (const role of ROLES) expect(canAccess(role, '/change-password')).toBe(true);
  });
});

describe('landingPathFor', () => {
  it('returns to the requested page when the role may see it', () => {
    expect(landingPathFor('admin', '/admin/audit-log?page=2')).toBe('/admin/audit-log?page=2');
  });

  it('goes home otherwise', () => {
    expect(landingPathFor('coder', '/admin/users')).toBe('/feedback');
    expect(landingPathFor('coder', '//evil.example')).toBe('/feedback');
    expect(landingPathFor('auditor', '/')).toBe('/worklist');
    expect(landingPathFor('supervisor', null)).toBe('/dashboard');
  });
});
