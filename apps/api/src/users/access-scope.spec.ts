import type { SessionUser } from '@recode/contracts';
import { coderVisibility, teamVisibility } from './access-scope';

const user = (over: Partial<SessionUser>): SessionUser => ({
  id: '00000000-0000-4000-8000-000000000001',
  email: 'x@recode.test',
  displayName: 'X',
  role: 'coder',
  teamIds: [],
  coderId: null,
  mustChangePassword: false,
  ...over,
});

describe('coderVisibility', () => {
  it('limits a coder to their own coder record', () => {
    expect(coderVisibility(user({ role: 'coder', coderId: 'c1' }), 'c')).toEqual({
      sql: 'c.id = :scopeCoderId',
      params: { scopeCoderId: 'c1' },
    });
  });
  it('shows a coder with no linked coder record nothing', () => {
    expect(coderVisibility(user({ role: 'coder' }), 'c').sql).toBe('FALSE');
  });
  it('limits a supervisor to their teams', () => {
    expect(coderVisibility(user({ role: 'supervisor', teamIds: ['t1'] }), 'c').params).toEqual({
      scopeTeamIds: ['t1'],
    });
  });
  it('denies auditors the coder directory', () => {
    expect(coderVisibility(user({ role: 'auditor' }), 'c').sql).toBe('FALSE');
    expect(teamVisibility(user({ role: 'auditor' }), 't').sql).toBe('FALSE');
  });
});
