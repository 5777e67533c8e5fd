#!/usr/bin/env node
// Prepares a browser-test stack's database and Redis prefix without starting the stack (scripts/lib/e2e-stack.mjs),
// and prints its id on the last line. `npm test` runs it beside the integration step and hands the id to the browser
// step (RECODE_E2E_PREPARED), which then only starts the stack.
import { prepareE2eDatabase } from './lib/e2e-stack.mjs';
import { runMain } from './lib/log.mjs';

runMain(async () => {
  const { id } = await prepareE2eDatabase();
  console.log(`prepared ${id}`);
});
