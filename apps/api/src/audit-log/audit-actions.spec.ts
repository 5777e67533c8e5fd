import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS } from '@recode/contracts';
import { DISPUTE_ACTIONS } from '@recode/domain';

/** Every non-spec TypeScript file of the API. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the audit-log action list', () => {
  const listed = new Set<string>(AUDIT_ACTIONS);
  const code = sources(join(__dirname, '..')).map((file) => readFileSync(file, 'utf8'));

  it('holds every action written as a literal or straight into the table', () => {
    const written = new Set<string>();
    for (const text of code) {
      for (const m of text.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) written.add(m[1] as string);
      for (const m of text.matchAll(/INSERT INTO audit_log \(action[^)]*\) VALUES \('([a-z_.]+)'/g))
        written.add(m[1] as string);
    }
    expect(written.size).toBeGreaterThan(30);
    expect([...written].filter((action) => !listed.has(action))).toEqual([]);
  });

  it('offers every dispute step and the exports', () => {
    expect(DISPUTE_ACTIONS.map((a) => `dispute.${a}`).filter((action) => !listed.has(action))).toEqual([]);
    expect(listed.has('audit.exported')).toBe(true);
    expect(code.some((text) => text.includes('action: `dispute.${'))).toBe(true);
  });

  it('lists each action once', () => {
    expect(listed.size).toBe(AUDIT_ACTIONS.length);
  });
});
