/**
 * The demo logins, as printed at first start (seed.ts) and listed in the README's quick start: one
 * row per position in force today (a person holding two positions has two rows), in the order of
 * the assignments. Pure: no Strapi here.
 */
import type { AssignmentSeed, PersonSeed, UnitSeed } from './data';

export type LoginRow = { position: string; unit: string; name: string; email: string; password: string };

const HOLDING: Record<AssignmentSeed['holding'], string> = { definitive: '', plt: ' (Plt.)', plh: ' (Plh.)' };

/** Is the assignment in force on `today` (YYYY-MM-DD)? */
const inForce = (a: AssignmentSeed, today: string) => a.startsOn <= today && (!a.endsOn || a.endsOn >= today);

export function demoLogins(people: PersonSeed[], assignments: AssignmentSeed[], units: UnitSeed[], today: string, password: string): LoginRow[] {
  const unitName = new Map(units.map((u) => [u.code, u.name]));
  const rows: LoginRow[] = [];
  const listed = new Set<string>();
  for (const a of assignments) {
    if (!inForce(a, today)) continue;
    const p = people.find((x) => x.key === a.person);
    if (!p) throw new Error(`demo logins: no person "${a.person}"`);
    const roles = p.roles.includes('ppid-organisation') ? ', manages the organisation' : '';
    rows.push({ position: `${a.position}${HOLDING[a.holding]}${roles}`, unit: unitName.get(a.unit) ?? a.unit, name: `${p.firstname} ${p.lastname}`, email: p.email, password });
    listed.add(p.key);
  }
  // Anyone without a position in force still logs in (and sees nothing of any unit).
  for (const p of people) if (!listed.has(p.key)) rows.push({ position: '-', unit: '-', name: `${p.firstname} ${p.lastname}`, email: p.email, password });
  return rows;
}

const COLUMNS: [keyof LoginRow, string][] = [
  ['position', 'Position'],
  ['unit', 'Unit'],
  ['name', 'Name'],
  ['email', 'E-mail'],
  ['password', 'Password'],
];

/** A plain-text table (for the log), one string per line. */
export function loginTable(rows: LoginRow[]): string[] {
  const widths = COLUMNS.map(([key, title]) => Math.max(title.length, ...rows.map((r) => r[key].length)));
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [rule, line(COLUMNS.map(([, title]) => title)), rule, ...rows.map((r) => line(COLUMNS.map(([key]) => r[key]))), rule];
}

/** The same as a Markdown table (the README's quick start). */
export function loginMarkdown(rows: LoginRow[]): string[] {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${COLUMNS.map(([, title]) => title).join(' | ')} |`,
    `|${COLUMNS.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${COLUMNS.map(([key]) => (key === 'email' || key === 'password' ? `\`${r[key]}\`` : cell(r[key]))).join(' | ')} |`),
  ];
}
