import type { VersionConflict } from '../version-conflict';

interface ConflictBannerProps {
  conflict: VersionConflict;
  yourVersion: number;
  reloading: boolean;
  onReload: () => void;
}

/** Optimistic locking made visible: the save was refused because someone else saved first. */
export function ConflictBanner({ conflict, yourVersion, reloading, onReload }: ConflictBannerProps) {
  return (
    <div className="form-alert conflict-banner" role="alert">
      <p>
        <strong>Someone saved this item after you opened it.</strong>{' '}
        {conflict.currentVersion !== null
          ? `It is now at version ${conflict.currentVersion}; you opened version ${yourVersion}.`
          : `You opened version ${yourVersion}.`}{' '}
        Reload to see their changes; your unsaved edits on this page will be replaced.
      </p>
      <button type="button" className="btn" onClick={onReload} disabled={reloading}>
        {reloading ? 'Reloading…' : 'Reload the newer version'}
      </button>
    </div>
  );
}
