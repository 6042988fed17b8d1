/**
 * Reading a request and an objection (requests/intake.ts): the same rules at the desk and on the
 * public form, each problem with its path, in both languages; and when an objection may be filed.
 * 2026-08-10 is a Monday; 2026-08-17 is Independence Day.
 */
import { checkDeskObjection, checkDeskRequest, checkObjection, checkPublicObjection, checkPublicRequest, normaliseIdentityNumber, objectionFiling } from '../src/requests/intake';
import { answerDeadline } from '../src/requests/deadlines';
import { createClock } from '../src/workflow/clock';

const clock = createClock({ timezone: 'Asia/Jakarta', officeHours: { start: '08:00', end: '16:00' }, holidays: true });
const valid = {
  requesterName: '  Siti Aminah ',
  identityKind: 'ktp',
  identityNumber: '6101 0112 3456 7890',
  address: 'Jl. Merdeka 1, Putussibau',
  email: 'Siti@Contoh.id',
  informationRequested: 'Salinan laporan realisasi anggaran 2025.',
  purpose: 'Penelitian skripsi.',
};
const paths = (r: { ok: boolean; problems?: { path: string[] }[] }) => (r.ok ? [] : r.problems!.map((p) => p.path.join('.')));

describe('checkPublicRequest', () => {
  it('trims, fills the defaults and normalises the NIK and the e-mail', () => {
    const r = checkPublicRequest(valid);
    expect(r).toEqual({
      ok: true,
      value: {
        requesterKind: 'person', requesterName: 'Siti Aminah', onBehalfOf: null, identityKind: 'ktp', identityNumber: '6101011234567890',
        address: 'Jl. Merdeka 1, Putussibau', phone: null, email: 'siti@contoh.id', occupation: null,
        informationRequested: 'Salinan laporan realisasi anggaran 2025.', purpose: 'Penelitian skripsi.', informationForm: 'copy_soft', deliveryMethod: 'email',
      },
    });
  });

  it('names each missing or bad field', () => {
    expect(paths(checkPublicRequest({}))).toEqual(expect.arrayContaining(['requesterName', 'identityNumber', 'address', 'informationRequested', 'purpose']));
    expect(paths(checkPublicRequest({ ...valid, requesterName: '   ' }))).toEqual(['requesterName']);
    expect(paths(checkPublicRequest({ ...valid, identityNumber: '123' }))).toEqual(['identityNumber']);
    expect(paths(checkPublicRequest({ ...valid, informationForm: 'fax' }))).toEqual(['informationForm']);
    expect(paths(checkPublicRequest({ ...valid, email: 'bukan-email' }))).toEqual(['email']);
    expect(paths(checkPublicRequest({ ...valid, email: null, phone: '0812 3456 789', deliveryMethod: 'email' }))).toEqual(['email']);
    expect(paths(checkPublicRequest({ ...valid, email: null }))).toEqual(expect.arrayContaining(['phone', 'email']));
    expect(paths(checkPublicRequest({ ...valid, requesterKind: 'organisation' }))).toEqual(['onBehalfOf']);
    expect(paths(checkPublicRequest({ ...valid, informationRequested: 'x'.repeat(4001) }))).toEqual(['informationRequested']);
    expect(paths(checkPublicRequest({ ...valid, state: 'delivered' }))).toEqual(['state']);
    expect(paths(checkPublicRequest('teks'))).toEqual(['']);
  });

  it('words each problem in Indonesian and English', () => {
    const r = checkPublicRequest({ ...valid, requesterName: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toEqual({ id: 'Nama pemohon wajib diisi', en: "The requester's name is required" });
  });

  it('accepts other identity documents as typed', () => {
    const r = checkPublicRequest({ ...valid, identityKind: 'passport', identityNumber: 'C 1234567' });
    expect(r.ok && r.value.identityNumber).toBe('C 1234567');
  });
});

describe('checkDeskRequest', () => {
  const now = new Date('2026-08-12T03:00:00Z');
  it('takes a desk channel and an earlier receipt time', () => {
    const r = checkDeskRequest({ ...valid, channel: 'letter', receivedAt: '2026-08-10T02:00:00.000Z' }, now);
    expect(r.ok && [r.value.channel, r.value.receivedAt?.toISOString()]).toEqual(['letter', '2026-08-10T02:00:00.000Z']);
    const walkIn = checkDeskRequest(valid, now);
    expect(walkIn.ok && [walkIn.value.channel, walkIn.value.receivedAt]).toEqual(['walk_in', null]);
  });
  it('refuses the website channel, a future or far past receipt and a bad time', () => {
    expect(paths(checkDeskRequest({ ...valid, channel: 'website' }, now))).toEqual(['channel']);
    expect(paths(checkDeskRequest({ ...valid, receivedAt: '2026-08-13T03:00:00Z' }, now))).toEqual(['receivedAt']);
    expect(paths(checkDeskRequest({ ...valid, receivedAt: '2026-06-01T03:00:00Z' }, now))).toEqual(['receivedAt']);
    expect(paths(checkDeskRequest({ ...valid, receivedAt: 'kemarin' }, now))).toEqual(['receivedAt']);
  });
});

describe('objections', () => {
  it('needs at least one ground of Pasal 35, each once, and reasons', () => {
    expect(checkObjection({ grounds: ['a', 'c'], reasons: ' Ditolak tanpa uji konsekuensi. ' })).toEqual({ ok: true, value: { grounds: ['a', 'c'], reasons: 'Ditolak tanpa uji konsekuensi.' } });
    expect(paths(checkObjection({ grounds: [], reasons: 'x' }))).toEqual(['grounds']);
    expect(paths(checkObjection({ grounds: ['h'], reasons: 'x' }))).toEqual(['grounds.0']);
    expect(paths(checkObjection({ grounds: ['a', 'a'], reasons: 'x' }))).toEqual(['grounds']);
    expect(paths(checkObjection({ grounds: ['a'] }))).toEqual(['reasons']);
    expect(paths(checkPublicObjection({ grounds: ['a'], reasons: 'x' }))).toEqual(['identityNumber']);
    expect(checkDeskObjection({ grounds: ['a'], reasons: 'x', channel: 'letter' })).toEqual({ ok: true, value: { grounds: ['a'], reasons: 'x', channel: 'letter' } });
    expect(checkDeskObjection({ grounds: ['a'], reasons: 'x' })).toMatchObject({ ok: true, value: { channel: 'walk_in' } });
    expect(paths(checkDeskObjection({ grounds: ['a'], reasons: 'x', channel: 'website' }))).toEqual(['channel']);
  });
  it('compares identity numbers as people type them', () => {
    expect(normaliseIdentityNumber(' 6101.0112-3456 7890 ')).toBe('6101011234567890');
    expect(normaliseIdentityNumber('c1234567')).toBe('C1234567');
  });
});

describe('objectionFiling', () => {
  const receivedAt = new Date('2026-08-10T02:00:00Z'); // Monday 09:00 WIB
  const due = answerDeadline(clock, receivedAt);
  const base = { receivedAt, extensionDays: 0, signedAt: null, deliveredAt: null, closedAt: null, objectionStates: [] as string[] };

  it('is not yet open while the request awaits its answer within the deadline', () => {
    const v = objectionFiling(clock, base, new Date('2026-08-12T03:00:00Z'), due.dueAt);
    expect(v.ok || v.reason).toBe('not_yet');
  });
  it('opens for 30 working days after the delivered notice', () => {
    const r = { ...base, signedAt: new Date('2026-08-14T03:00:00Z'), deliveredAt: new Date('2026-08-14T04:00:00Z') };
    const v = objectionFiling(clock, r, new Date('2026-08-20T03:00:00Z'), due.dueAt);
    expect(v.ok).toBe(true);
    const late = objectionFiling(clock, r, new Date('2026-12-01T03:00:00Z'), due.dueAt);
    expect(late.ok || late.reason).toBe('window_passed');
  });
  it('opens after a missed deadline, counted from its end', () => {
    const v = objectionFiling(clock, base, new Date(due.dueAt.getTime() + 3600_000), due.dueAt);
    expect(v.ok).toBe(true);
  });
  it('refuses a second objection while one is undecided, not after it was decided', () => {
    const r = { ...base, deliveredAt: new Date('2026-08-14T04:00:00Z') };
    const now = new Date('2026-08-20T03:00:00Z');
    const v = objectionFiling(clock, { ...r, objectionStates: ['examining'] }, now, due.dueAt);
    expect(v.ok || v.reason).toBe('undecided_objection');
    expect(objectionFiling(clock, { ...r, objectionStates: ['decided', 'withdrawn'] }, now, due.dueAt).ok).toBe(true);
  });
});
