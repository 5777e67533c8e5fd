// Starts a throw-away Recode for the browser tests: fresh database and Redis prefix, free ports.
// The work is in scripts/lib/e2e-stack.mjs, shared with `npm start`'s helpers.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface E2eStack {
  webUrl: string;
  apiUrl: string;
  databaseUrl: string;
  redisPrefix: string;
  logDir: string;
  stop(): Promise<void>;
}

/** Global setup and teardown run in Jest's parent process; this is how teardown finds the stack. */
export const STACK_KEY = '__recodeE2eStack';

// ts-jest compiles this file to CommonJS, which turns `import()` into `require()`; scripts/lib is
// ES modules, so the import is built at run time where TypeScript cannot rewrite it.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

export default async function globalSetup(): Promise<void> {
  const entry = pathToFileURL(join(__dirname, '..', '..', '..', 'scripts', 'lib', 'e2e-stack.mjs')).href;
  const { startE2eStack } = (await importEsm(entry)) as { startE2eStack(): Promise<E2eStack> };
  const stack = await startE2eStack();
  process.env.RECODE_E2E_WEB_URL = stack.webUrl;
  process.env.RECODE_E2E_API_URL = stack.apiUrl;
  process.env.RECODE_E2E_DATABASE_URL = stack.databaseUrl;
  (globalThis as Record<string, unknown>)[STACK_KEY] = stack;
  console.log(`\ne2e stack ready: web ${stack.webUrl}, api ${stack.apiUrl} (logs in ${stack.logDir})`);
}
