/**
 * Who issues the annual service report and when (requests/report-issue.ts), as a table: every
 * position against a first issue, a repeat without and with a reason, a year not ended; and the
 * columns an issued report may still change (requests/report-records.ts).
 */
import { decideIssue, signerOf } from '../src/requests/report-issue';
import { frozenColumns } from '../src/requests/report-records';
import { POSITIONS } from '../src/domain/constants';

const SIGNERS = ['ppid_utama', 'ketua_ppid', 'kepala'];
const base = { year: 2025, thisYear: 2026, current: null, reason: undefined };

describe('issuing the annual service report', () => {
  it.each(POSITIONS.map((p) => [p, SIGNERS.includes(p)] as const))('%s may issue: %s', (position, allowed) => {
    const v = decideIssue({ ...base, positions: [position] });
    if (allowed) expect(v).toEqual({ ok: true, revision: 1, supersedes: false, signer: position });
    else expect(v).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('refuses a person without any position, before looking at the year', () => {
    expect(decideIssue({ ...base, year: 2026, positions: [] })).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('refuses a year that has not ended (this year and later) as invalid input on "year"', () => {
    expect(decideIssue({ ...base, year: 2026, positions: ['ppid_utama'] })).toMatchObject({ ok: false, kind: 'invalid', field: 'year', reason: { en: 'The year 2026 has not ended: the annual report is issued after its year.' } });
    expect(decideIssue({ ...base, year: 2027, positions: ['ppid_utama'] })).toMatchObject({ ok: false, kind: 'invalid', field: 'year' });
  });

  it('answers a repeated issue without a reason with a conflict naming the revision', () => {
    const v = decideIssue({ ...base, positions: ['ketua_ppid'], current: { revision: 2 } });
    expect(v).toMatchObject({ ok: false, kind: 'conflict', field: 'reason' });
    expect(v.ok ? '' : v.reason.en).toBe('The 2025 report was already issued (revision 2). To issue it again, give the reason (what was corrected).');
    expect(decideIssue({ ...base, positions: ['ketua_ppid'], current: { revision: 2 }, reason: '   ' })).toMatchObject({ ok: false, kind: 'conflict' });
  });

  it('issues a correction with a reason as the next revision, superseding the current one', () => {
    expect(decideIssue({ ...base, positions: ['kepala'], current: { revision: 1 }, reason: 'Dua permohonan Desember belum tercatat' })).toEqual({ ok: true, revision: 2, supersedes: true, signer: 'kepala' });
    expect(decideIssue({ ...base, positions: ['kepala'], current: { revision: 1 }, reason: 'koreksi' })).toMatchObject({ ok: false, kind: 'invalid', field: 'reason' });
  });

  it('refuses a reason on a first issue (nothing to correct)', () => {
    expect(decideIssue({ ...base, positions: ['ppid_utama'], reason: 'Koreksi angka bulan Mei' })).toMatchObject({ ok: false, kind: 'invalid', field: 'reason' });
  });

  it('signs as the highest signing position held', () => {
    expect(signerOf(['ppid_pelaksana', 'ketua_ppid', 'ppid_utama'])).toBe('ppid_utama');
    expect(signerOf(['ppid_utama', 'kepala'])).toBe('kepala');
    expect(signerOf(['ppid_pelaksana', 'ppid_pembantu'])).toBeNull();
  });
});

describe('an issued report is a record', () => {
  it('lets only superseding change it', () => {
    expect(frozenColumns({ state: 'superseded', currentKey: null, supersededAt: new Date(), updatedAt: new Date() })).toEqual([]);
    expect(frozenColumns({ state: 'superseded', figures: {}, pdfData: 'x' })).toEqual(['figures', 'pdfData']);
    expect(frozenColumns({ year: 2024, agency: 3 })).toEqual(['year', 'agency']);
    expect(frozenColumns(undefined)).toEqual([]);
  });
});
