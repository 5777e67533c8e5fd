import { SETTING_LABELS } from '@recode/contracts';
import { displayCode } from '@recode/domain';

/**
 * How exported figures read: rates (0–1) to 4 decimals, money to cents, settings as the screens label
 * them, codes with their decimal point in a `_display` column beside the stored form.
 */
export function rate4(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : Math.round(value * 10_000) / 10_000;
}

export function cents(value: number | string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n.toFixed(2) : null;
}

export function settingLabel(setting: string | null | undefined): string | null {
  return setting ? ((SETTING_LABELS as Readonly<Record<string, string>>)[setting] ?? setting) : null;
}

export function dotted(system: string | null | undefined, code: string | null | undefined): string | null {
  return code ? displayCode(system ?? '', code) : null;
}

/** A safe file name stem: letters, digits, dash and underscore. */
export function fileStem(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'export'
  );
}
