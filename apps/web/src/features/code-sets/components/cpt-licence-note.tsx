import type { CodeSetDto } from '@recode/contracts';
import { formatDate } from '../../../lib/format';
import { cptInForce } from '../code-sets-view';

interface CptLicenceNoteProps {
  sets: readonly CodeSetDto[] | undefined;
  today: string;
}

/** Why CPT differs from the other lists, and what is true today. */
export function CptLicenceNote({ sets, today }: CptLicenceNoteProps) {
  const current = sets ? cptInForce(sets, today) : [];
  return (
    <div className="notice" role="note" aria-label="About CPT">
      <p>
        CPT® codes and descriptions are copyrighted by the American Medical Association and are not shipped with Recode.
        Until your organisation uploads its licensed CPT file, CPT codes are checked by format only (Category I, II, III
        and PLA) and have no descriptions.
      </p>
      {sets === undefined ? null : current.length ? (
        <p>
          In force today:{' '}
          {current
            .map((s) => `${s.version} (${formatDate(s.effectiveFrom)} – ${formatDate(s.effectiveTo)})`)
            .join(', ')}
          .
        </p>
      ) : (
        <p>
          <strong>No CPT file is in force today</strong>: CPT codes are format-checked only.
        </p>
      )}
    </div>
  );
}
