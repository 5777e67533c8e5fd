/**
 * Where care was given; it decides which code sets, dates and POA rules apply. Specialties are a
 * separate axis. The values match scoring's CareSetting so the two can merge into one type.
 */
export type EncounterSetting = 'inpatient' | 'outpatient' | 'ed' | 'profee';

export const ENCOUNTER_SETTINGS: readonly EncounterSetting[] = ['inpatient', 'outpatient', 'ed', 'profee'];

export const ENCOUNTER_SETTING_LABELS: Readonly<Record<EncounterSetting, string>> = {
  inpatient: 'inpatient',
  outpatient: 'outpatient',
  ed: 'emergency department',
  profee: 'professional fee',
};

export type CodeSetIssueSeverity = 'error' | 'warning';
