import { describe, expect, it } from '@jest/globals';
import { changedFields } from './changed-fields';

describe('changedFields', () => {
  const original = {
    displayName: 'Ana Ruiz',
    role: 'coder',
    active: true,
    teamIds: ['a', 'b'],
    coderId: null as string | null,
  };

  it('is empty when nothing changed, whatever the order of ids', () => {
    expect(changedFields(original, { ...original, teamIds: ['b', 'a'] })).toEqual({});
  });

  it('keeps only the edited fields', () => {
    expect(changedFields(original, { ...original, active: false, teamIds: ['a'], coderId: 'c-1' })).toEqual({
      active: false,
      teamIds: ['a'],
      coderId: 'c-1',
    });
  });
});
