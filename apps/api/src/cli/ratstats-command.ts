import {
  attributeAppraisal,
  RatStatsInputError,
  singleStageRandomNumbers,
  stratifiedAppraisal,
  variableAppraisal,
} from '@recode/domain';

export const RATSTATS_USAGE = 'usage: npm run --silent ratstats -- <random|attribute|variable|stratified> < input.json';

type Input = Record<string, unknown>;

// Each command hands the parsed JSON on; the domain functions check every field and name the bad one.
const COMMANDS: Record<string, (input: Input) => unknown> = {
  random: (i) =>
    singleStageRandomNumbers({
      seed: i.seed as number,
      n: i.n as number,
      low: i.low as number,
      high: i.high as number,
      spares: (i.spares ?? 0) as number,
    }),
  attribute: (i) => attributeAppraisal({ N: i.N as number, n: i.n as number, k: i.k as number }),
  variable: (i) => variableAppraisal({ N: i.N as number, values: i.values as number[] }),
  stratified: (i) => stratifiedAppraisal({ strata: i.strata as { N: number; values: number[] }[] }),
};

export interface CommandOutcome {
  /** 0 with the JSON on stdout; 2 for bad input or usage, with the message for stderr. */
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

/** One CLI run without the process: the command name and stdin text in, what to print and the exit code out. */
export function runRatStatsCommand(command: string | undefined, stdinText: string): CommandOutcome {
  const run = command ? COMMANDS[command] : undefined;
  if (!run) {
    return {
      code: 2,
      stdout: '',
      stderr: `ratstats: ${command ? `unknown command "${command}"` : 'a command is required'}\n${RATSTATS_USAGE}\n`,
    };
  }
  try {
    let input: unknown;
    try {
      input = JSON.parse(stdinText);
    } catch (err) {
      throw new RatStatsInputError('input', `is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      throw new RatStatsInputError('input', 'must be a JSON object');
    return { code: 0, stdout: `${JSON.stringify(run(input as Input))}\n`, stderr: '' };
  } catch (err) {
    if (err instanceof RatStatsInputError) return { code: 2, stdout: '', stderr: `ratstats: ${err.message}\n` };
    throw err;
  }
}
