import { ApiError } from '../../lib/api-error';

export interface VersionConflict {
  /** The version someone else saved, when the API said which. */
  currentVersion: number | null;
  message: string;
}

/** A 409 ITEM_VERSION_CONFLICT from a save: someone else saved the item after it was opened here. */
export function versionConflictFrom(error: unknown): VersionConflict | null {
  if (!(error instanceof ApiError) || error.status !== 409 || error.code !== 'ITEM_VERSION_CONFLICT') return null;
  const detail = error.details.find((d) => typeof d.currentVersion === 'number');
  const fromMessage = /now version (\d+)/.exec(error.message)?.[1];
  const currentVersion =
    typeof detail?.currentVersion === 'number' ? detail.currentVersion : fromMessage ? Number(fromMessage) : null;
  return { currentVersion, message: error.message };
}
