import type { EncounterDetailDto } from '@recode/contracts';
import { SelectField } from '../../../components';
import { formatDateTime } from '../../../lib/format';

interface VersionSwitcherProps {
  detail: EncounterDetailDto;
  onSelect: (versionId: string) => void;
}

/** Re-imports that changed an encounter made new versions; an audited one stays as it was. */
export function VersionSwitcher({ detail, onSelect }: VersionSwitcherProps) {
  if (detail.versions.length < 2) return null;
  const options = [...detail.versions]
    .sort((a, b) => b.version - a.version)
    .map((v) => ({
      value: v.id,
      label: `Version ${v.version}${v.id === detail.currentVersionId ? ' (current)' : ''} · ${formatDateTime(v.createdAt)}${v.flagged ? ' · flagged' : ''}`,
    }));
  return <SelectField label="Version" value={detail.version.id} options={options} onValueChange={onSelect} />;
}
