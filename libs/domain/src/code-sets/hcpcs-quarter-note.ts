/** "2025Q4" → "2025 Q4"; anything else as given. */
function quarterLabel(version: string): string {
  const m = /^(\d{4})\s*Q([1-4])$/i.exec(version.trim());
  return m ? `${m[1]} Q${m[2]}` : version;
}

/** The calendar quarter of an ISO date: "2018-02-06" → "2018 Q1". */
export function quarterOfDate(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)} Q${Math.floor((month - 1) / 3) + 1}`;
}

/**
 * What a reader must be told when the HCPCS set used for a claim is not the one of its date (the nearest
 * loaded quarter stood in): "HCPCS 2025 Q4 used: no HCPCS set is loaded for 2018 Q1, the claim's quarter".
 * Null when the set used is the date's own quarter.
 */
export function hcpcsQuarterNote(usedVersion: string, claimDate: string): string | null {
  const used = quarterLabel(usedVersion);
  const claim = quarterOfDate(claimDate);
  if (used === claim) return null;
  return `HCPCS ${used} used: no HCPCS set is loaded for ${claim}, the claim’s quarter, so codes added or deleted in between are not caught`;
}
