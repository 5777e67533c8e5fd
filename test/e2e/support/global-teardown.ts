// Stops the e2e stack's processes, drops its database and deletes its Redis keys.
import { STACK_KEY, type E2eStack } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as Record<string, unknown>;
  const stack = holder[STACK_KEY] as E2eStack | undefined;
  if (!stack) return;
  delete holder[STACK_KEY];
  await stack.stop();
}
