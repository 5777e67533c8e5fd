import 'reflect-metadata';
import { loadConfigOrExit } from './config/env';
import { createHttpApp } from './http-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createHttpApp(config);
  await app.listen(config.PORT, config.HOST);
  process.stdout.write(
    `${JSON.stringify({ level: 30, msg: `API listening on http://${config.HOST}:${config.PORT}` })}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`API failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
