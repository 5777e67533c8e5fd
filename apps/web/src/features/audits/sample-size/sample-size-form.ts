import type { RatStatsSampleSizeRequest } from '@recode/contracts';

export interface SampleSizeFormValues {
  universe: string;
  probe: string;
  confidence: string;
  precision: string;
}

export const SAMPLE_SIZE_FIELDS = ['universe', 'probe', 'confidence', 'precision'] as const;

/** The API's field names (body.N …) as the form's. */
export const API_FIELD: Record<string, (typeof SAMPLE_SIZE_FIELDS)[number]> = {
  N: 'universe',
  probe: 'probe',
  confidence: 'confidence',
  precision_percent: 'precision',
};

const number = (text: string): number | null => (/^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/.test(text) ? Number(text) : null);

/**
 * The form's text as the sample-size request, or a message per field: universe a whole number ≥ 2,
 * probe values (commas, spaces or lines between them) at least 2 numbers with a positive mean,
 * confidence 80/90/95, precision a percent in (0, 100].
 */
export function parseSampleSizeForm(
  v: SampleSizeFormValues,
): { request: RatStatsSampleSizeRequest } | { errors: Partial<Record<(typeof SAMPLE_SIZE_FIELDS)[number], string>> } {
  const errors: Partial<Record<(typeof SAMPLE_SIZE_FIELDS)[number], string>> = {};
  const N = number(v.universe);
  if (N === null || !Number.isInteger(N))
    errors.universe = 'Enter the number of records in the universe, a whole number';
  else if (N < 2) errors.universe = 'The universe must hold at least 2 records';
  const pieces = v.probe.split(/[\s,;]+/).filter((piece) => piece !== '');
  const bad = pieces.findIndex((piece) => number(piece) === null);
  const probe = pieces.map((piece) => number(piece) ?? NaN);
  if (bad >= 0) errors.probe = `Value ${bad + 1} (“${pieces[bad]}”) is not a number`;
  else if (probe.length < 2) errors.probe = 'Enter at least 2 probe values (the overpayment of each probe record)';
  else if (!(probe.reduce((sum, x) => sum + x, 0) > 0)) errors.probe = 'The probe values must have a positive mean';
  else if (N !== null && probe.length > N)
    errors.probe = `The probe has ${probe.length} values but the universe only ${N} records`;
  const confidence = Number(v.confidence);
  if (confidence !== 80 && confidence !== 90 && confidence !== 95) errors.confidence = 'Choose 80, 90 or 95%';
  const precision = number(v.precision);
  if (precision === null) errors.precision = 'Enter the target precision as a percent, e.g. 10';
  else if (!(precision > 0 && precision <= 100))
    errors.precision = 'The precision must be more than 0 and at most 100%';
  if (Object.keys(errors).length) return { errors };
  return {
    request: { N: N as number, probe, confidence: confidence as 80 | 90 | 95, precision_percent: precision as number },
  };
}
