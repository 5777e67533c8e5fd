import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../lib/api-error';
import { versionConflictFrom } from './version-conflict';

describe('versionConflictFrom', () => {
  it('reads the newer version from the details', () => {
    const error = new ApiError({
      status: 409,
      code: 'ITEM_VERSION_CONFLICT',
      message: 'Someone saved this record after you opened it (now version 4); reload to see their changes',
      details: [{ path: 'body.version', message: 'is 3; the record is at version 4', currentVersion: 4 }],
    });
    expect(versionConflictFrom(error)?.currentVersion).toBe(4);
  });

  it('falls back to the message, and ignores other errors', () => {
    expect(
      versionConflictFrom(new ApiError({ status: 409, code: 'ITEM_VERSION_CONFLICT', message: 'x (now version 7)' }))
        ?.currentVersion,
    ).toBe(7);
    expect(
      versionConflictFrom(new ApiError({ status: 409, code: 'AUDIT_NOT_IN_REVIEW', message: 'released' })),
    ).toBeNull();
    expect(versionConflictFrom(new Error('boom'))).toBeNull();
  });
});
