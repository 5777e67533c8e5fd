/** "291, 292 470" → ["291", "292", "470"]. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * A number as typed; text that is not a number stays text so the schema names the field in its
 * message. Typed as a number (a deliberate cast) so it fits where the contract wants one; the
 * schema, not the type, is what refuses "ten".
 */
export function numberOrText(text: string): number {
  const trimmed = text.trim();
  return (trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed) as number;
}
