/**
 * The web SOP's records as archived documents (issue 11 point 3): when a record is frozen, the
 * report of minutes to the head, who reads a printout, and the fields minutes refusals name.
 */
import { checkMinutes, type Signature } from '../src/website/forms';
import { frozenReason, isClosedBacklogState, mayRead, reportMinutes, signaturesOf, signingPositions } from '../src/website/records';

const now = new Date('2026-03-03T01:00:00Z');
const signed: Signature = { role: 'sub_koordinator', userId: 7, at: '2026-03-02T02:00:00.000Z' };

describe('frozen records', () => {
  it('a form is frozen from its first signature; minutes once reported', () => {
    expect(frozenReason('update-request', { signatures: null })).toBeNull();
    expect(frozenReason('approval-form', { signatures: [] })).toBeNull();
    expect(frozenReason('update-request', { signatures: [signed] })).toEqual({ id: 'Formulir ini sudah ditandatangani dan tidak dapat diubah atau dihapus.', en: 'This form is signed and cannot be changed or deleted.' });
    expect(frozenReason('meeting-minute', { reportedToHeadAt: null })).toBeNull();
    expect(frozenReason('meeting-minute', { reportedToHeadAt: '2026-03-02T02:00:00.000Z' })?.en).toBe('These minutes were reported to the head and cannot be changed or deleted.');
    expect(frozenReason('approval-form', null)).toBeNull();
  });
  it('reads only well-formed signatures from the stored column', () => {
    expect(signaturesOf('x')).toEqual([]);
    expect(signaturesOf([signed, { role: 'koordinator' }, null])).toEqual([signed]);
    // Garbage in the column does not freeze a form.
    expect(frozenReason('approval-form', { signatures: [{ role: 1 }] })).toBeNull();
  });
});

describe('reporting minutes to the head', () => {
  it('once, by the Koordinator or the Sub Koordinator', () => {
    expect(reportMinutes(null, 5, true, now)).toEqual({ ok: true, value: { userId: 5, at: '2026-03-03T01:00:00.000Z' } });
    expect(reportMinutes(null, 5, false, now)).toMatchObject({ ok: false, status: 403 });
    expect(reportMinutes({ at: '2026-03-01T00:00:00Z' }, 5, true, now)).toMatchObject({ ok: false, status: 409, reason: { en: 'These minutes were already reported to the head.' } });
  });
});

describe('readers and signers', () => {
  it('the positions that sign each record read it besides the staff of its unit', () => {
    expect(signingPositions('update-request')).toEqual(['sub_koordinator', 'web_developer']);
    expect(signingPositions('approval-form')).toEqual(['sub_koordinator', 'kabid']);
    expect(signingPositions('meeting-minute')).toEqual(['kabid', 'sub_koordinator']);
    expect(mayRead({ superAdmin: false, member: false, signer: false })).toBe(false);
    expect(mayRead({ superAdmin: false, member: true, signer: false })).toBe(true);
    expect(mayRead({ superAdmin: false, member: false, signer: true })).toBe(true);
  });
  it('backlog items done or rejected are closed', () => {
    expect(['proposed', 'in_progress', 'done', 'rejected'].map(isClosedBacklogState)).toEqual([false, false, true, true]);
  });
});

describe('minutes refusals name their field', () => {
  const minutes = { date: '2026-03-02', place: 'Ruang rapat', attendees: [{ name: 'Sari', position: 'Sub Koordinator' }], agenda: 'Evaluasi', decisions: 'Lanjut', followUps: [] };
  it('names the input field; a non-text name is refused, not a crash', () => {
    expect(checkMinutes({ ...minutes, attendees: [] }, () => false)).toMatchObject({ ok: false, field: 'attendees' });
    expect(checkMinutes({ ...minutes, attendees: [{ name: 5 as any, position: 'x' }] }, () => false)).toMatchObject({ ok: false, field: 'attendees' });
    expect(checkMinutes({ ...minutes, attendees: ['Sari' as any] }, () => false)).toMatchObject({ ok: false, field: 'attendees' });
    expect(checkMinutes({ ...minutes, place: 3 as any }, () => false)).toMatchObject({ ok: false, field: 'place' });
    expect(checkMinutes({ ...minutes, followUps: ['b'] }, () => true)).toMatchObject({ ok: false, field: 'followUps' });
    expect(checkMinutes({ ...minutes, date: '' }, () => false)).toMatchObject({ ok: false, field: 'date' });
  });
});
