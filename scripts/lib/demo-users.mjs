// The demo logins the seed creates (apps/api/src/cli/seed.ts); printed by `npm start`.
export const DEMO_PASSWORD = 'RecodeDemo!2026';

export const DEMO_LOGINS = [
  { role: 'Admin', email: 'admin@recode.test' },
  { role: 'Supervisor', email: 'supervisor@recode.test' },
  { role: 'Auditor', email: 'auditor@recode.test' },
  { role: 'Auditor', email: 'auditor2@recode.test' },
  { role: 'Coder', email: 'coder@recode.test' },
  { role: 'Coder', email: 'coder2@recode.test' },
];

/** A plain-text table of the demo logins. */
export function demoLoginTable() {
  const rows = [['Role', 'Email', 'Password'], ...DEMO_LOGINS.map((u) => [u.role, u.email, DEMO_PASSWORD])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (/** @type {string[]} */ row) =>
    `  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`.trimEnd();
  const rule = `  ${widths.map((w) => '─'.repeat(w)).join('  ')}`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}
