import { RatStatsInputError } from './errors';
import { singleStageRandomNumbers } from './random-numbers';

/** One drawn frame number with its RAT-STATS selection order and the frame item it stands for. */
export interface NumberedPick<T> {
  readonly order: number;
  readonly number: number;
  readonly item: T;
}

export interface NumberedFrameSelection<T> {
  readonly seed: number;
  readonly frameSize: number;
  /** Ascending by frame number, as RAT-STATS prints "sequential order". */
  readonly sample: NumberedPick<T>[];
  /** In draw order (orders n+1, n+2, …), as RAT-STATS prints "random order". */
  readonly spares: NumberedPick<T>[];
  /** RAT-STATS's check figure: the sum of every number drawn, sample and spares. */
  readonly sum: number;
}

/**
 * RAT-STATS "Single Stage Random Numbers" over a frame numbered 1..N: `frame[k - 1]` is number k, so
 * the caller's order of `frame` is the numbering (state it; audits use the stored frame order). The
 * numbers are exactly what RAT-STATS prints for this seed, quantity, spares and frame 1..N.
 */
export function selectFromNumberedFrame<T>(
  frame: readonly T[],
  input: { seed: number; n: number; spares: number },
): NumberedFrameSelection<T> {
  if (frame.length === 0) throw new RatStatsInputError('frame', 'the frame is empty: there is nothing to number');
  const drawn = singleStageRandomNumbers({
    seed: input.seed,
    n: input.n,
    spares: input.spares,
    low: 1,
    high: frame.length,
  });
  const pick = ([order, number]: [number, number]): NumberedPick<T> => ({
    order,
    number,
    item: frame[number - 1] as T,
  });
  return {
    seed: input.seed,
    frameSize: drawn.frame_size,
    sample: drawn.sample.map(pick),
    spares: drawn.spares.map(pick),
    sum: drawn.sum,
  };
}

/** A CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is neutralised for spreadsheets. */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = (rows: readonly (readonly (string | number)[])[]): string =>
  rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** The numbered frame as CSV: `frame_number` then the caller's columns for the item. */
export function numberedFrameCsv<T>(
  frame: readonly T[],
  header: readonly string[],
  columns: (item: T) => readonly (string | number)[],
): string {
  return csv([['frame_number', ...header], ...frame.map((item, k) => [k + 1, ...columns(item)])]);
}

/** The selection as CSV: sample (ascending by number) then spares (draw order), each with its selection order. */
export function numberedSelectionCsv<T>(
  selection: NumberedFrameSelection<T>,
  header: readonly string[],
  columns: (item: T) => readonly (string | number)[],
): string {
  const line = (kind: string) => (p: NumberedPick<T>) => [kind, p.order, p.number, ...columns(p.item)];
  return csv([
    ['kind', 'selection_order', 'frame_number', ...header],
    ...selection.sample.map(line('sample')),
    ...selection.spares.map(line('spare')),
  ]);
}

const right = (value: string | number, width: number): string => String(value).padStart(width);

/**
 * The selection laid out as RAT-STATS prints a Single Stage Random Numbers run: the header (title,
 * seed, frame low/high and size, quantities, sum of all numbers), then "Order  Value" lines: the
 * sample in sequential (ascending) order, then the spares in random (draw) order.
 */
export function ratStatsReport<T>(title: string, selection: NumberedFrameSelection<T>): string {
  const lines = [
    'RAT-STATS Single Stage Random Numbers',
    `Audit/Review: ${title}`,
    `Seed: ${selection.seed}`,
    `Frame: low 1, high ${selection.frameSize} (frame size ${selection.frameSize})`,
    `Quantity in sequential order: ${selection.sample.length}`,
    `Quantity of spares (random order): ${selection.spares.length}`,
    `Sum of all numbers generated: ${selection.sum}`,
    '',
    'Sequential order',
    `${right('Order', 8)}${right('Value', 12)}`,
    ...selection.sample.map((p) => `${right(p.order, 8)}${right(p.number, 12)}`),
  ];
  if (selection.spares.length) {
    lines.push(
      '',
      'Spares (random order)',
      `${right('Order', 8)}${right('Value', 12)}`,
      ...selection.spares.map((p) => `${right(p.order, 8)}${right(p.number, 12)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
