/**
 * The demo logins printed at first start and listed in the README: one row per position in force,
 * every demo account present, the README's table the same as the one the seeder prints.
 */
import fs from 'fs';
import path from 'path';
import { makeClock } from '../../src/demo/clock';
import { AGENCY_CODE, PEOPLE, UNITS, assignments } from '../../src/demo/data';
import { demoLogins, loginMarkdown, loginTable } from '../../src/demo/logins';
import { DEMO_STAFF_PASSWORD } from '../../src/demo/seed';

const clock = makeClock('Asia/Jakarta', new Date('2026-12-05T03:00:00Z'));
const rows = demoLogins(PEOPLE, assignments(clock), UNITS, clock.today, DEMO_STAFF_PASSWORD);

describe('the demo logins', () => {
  it('lists every demo account with its password, and each position in force once', () => {
    expect(new Set(rows.map((r) => r.email))).toEqual(new Set(PEOPLE.map((p) => p.email)));
    expect(rows.every((r) => r.password === DEMO_STAFF_PASSWORD)).toBe(true);
    const inForce = assignments(clock).filter((a) => a.startsOn <= clock.today && (!a.endsOn || a.endsOn >= clock.today));
    expect(rows).toHaveLength(inForce.length);
    // The Plt Kabid Statistik holds two positions; Rudi Hartono's former Sub Koordinator post has ended.
    expect(rows.filter((r) => r.email.startsWith('nurul.')).map((r) => r.position)).toEqual(['kabid (Plt.)', 'fungsional']);
    expect(rows.filter((r) => r.email.startsWith('rudi.')).map((r) => r.position)).toEqual(['kabid']);
    expect(rows.find((r) => r.email.startsWith('lina.'))?.position).toBe('kabid, manages the organisation');
    expect(rows.find((r) => r.email.startsWith('hendra.'))).toEqual({
      position: 'kepala',
      unit: UNITS.find((u) => u.code === AGENCY_CODE)!.name,
      name: 'Hendra Wijaya Saputra',
      email: 'hendra.wijaya@diskominfo.kalbarprov.go.id',
      password: DEMO_STAFF_PASSWORD,
    });
  });

  it('prints as an aligned table', () => {
    const lines = loginTable(rows);
    expect(lines).toHaveLength(rows.length + 4);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[1]).toMatch(/^\| Position +\| Unit +\| Name +\| E-mail +\| Password +\|$/);
    expect(lines[3]).toContain('hendra.wijaya@diskominfo.kalbarprov.go.id');
  });

  it('is listed in the README quick start, as the seeder prints it', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    for (const line of loginMarkdown(rows)) expect(readme).toContain(line);
  });
});
