import type { EncounterCoderOptionDto } from '@recode/contracts';

export interface FilterOption {
  value: string;
  label: string;
}

/** The distinct teams of the coders, by name; coders without a team add none. */
export function teamOptions(coders: readonly EncounterCoderOptionDto[]): FilterOption[] {
  const teams = new Map<string, string>();
  for (const coder of coders) if (coder.teamId) teams.set(coder.teamId, coder.teamName ?? 'Unnamed team');
  return [...teams].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** The coders to offer: those of the chosen team only, once a team is chosen. */
export function coderOptions(coders: readonly EncounterCoderOptionDto[], teamId: string | undefined): FilterOption[] {
  return coders
    .filter((coder) => !teamId || coder.teamId === teamId)
    .map((coder) => ({ value: coder.id, label: `${coder.displayName} (${coder.externalId})` }));
}
