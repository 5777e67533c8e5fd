import { runRatStatsCommand } from './ratstats-command';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `npm run --silent ratstats -- <command> < input.json`: RAT-STATS computations as JSON, for anyone checking the numbers. */
async function main(): Promise<void> {
  const command = process.argv[2];
  // Read stdin only for a known command, so a usage error does not wait on a terminal.
  const outcome = runRatStatsCommand(
    command,
    ['random', 'attribute', 'variable', 'stratified'].includes(command ?? '') ? await readStdin() : '',
  );
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}

main().catch((err: unknown) => {
  process.stderr.write(`ratstats failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
