import { ENCOUNTER_SETTINGS, type EncounterSettingCode, SETTING_LABELS, type TeamDto } from '@recode/contracts';
import { useState } from 'react';
import { CheckboxGroup } from '../../../components';

interface TeamSettingsCellProps {
  team: TeamDto;
  saving: boolean;
  onSave: (settings: EncounterSettingCode[]) => void;
}

/** The care settings a team codes: its audit plans draw only these. None chosen: every setting. */
export function TeamSettingsCell({ team, saving, onSave }: TeamSettingsCellProps) {
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<EncounterSettingCode[]>(team.settings);
  const shown = team.settings.length ? team.settings.map((s) => SETTING_LABELS[s]).join(', ') : 'Every setting';

  if (!editing) {
    return (
      <>
        <span>{shown}</span>{' '}
        <button
          type="button"
          className="btn btn-small btn-ghost"
          aria-label={`Edit settings of ${team.name}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
      </>
    );
  }
  return (
    <form
      aria-label={`Settings of ${team.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(chosen);
        setEditing(false);
      }}
    >
      <CheckboxGroup
        legend={`Settings ${team.name} codes`}
        hint="Its plans draw only these. None chosen: every setting."
        options={ENCOUNTER_SETTINGS.map((value) => ({ value, label: SETTING_LABELS[value] }))}
        selected={chosen}
        onChange={setChosen}
      />
      <button type="submit" className="btn btn-small btn-primary" disabled={saving}>
        Save settings
      </button>{' '}
      <button
        type="button"
        className="btn btn-small btn-ghost"
        onClick={() => {
          setChosen(team.settings);
          setEditing(false);
        }}
      >
        Cancel
      </button>
    </form>
  );
}
