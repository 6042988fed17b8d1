/** The tracking page's answer (requests/public-status.ts): status and dates, never a private field. */
import { objectionStatus, requestStatus } from '../src/requests/public-status';

const stored = {
  id: 7, documentId: 'abc', registrationNumber: 'REQ-2026-00007-K7QH', state: 'delivered', outcome: 'granted_part',
  receivedAt: '2026-08-14T09:30:00.000Z', // 16:30 WIB: the local date is still the 14th
  dueOn: '2026-08-31', extensionDays: 3, signedAt: '2026-08-27T03:00:00.000Z',
  requesterName: 'Siti Aminah', identityNumber: '6101011234567890', address: 'Jl. Merdeka 1', email: 'siti@contoh.id', phone: '0812',
  informationRequested: 'Laporan anggaran', purpose: 'Penelitian', noticeBody: 'Isi pemberitahuan',
};

describe('requestStatus', () => {
  it('lists only status and dates, in the agency time zone', () => {
    const s = requestStatus(stored, [{ registrationNumber: 'KEB-2026-00001-AAAA', state: 'registered', filedAt: '2026-09-01T02:00:00Z', dueOn: '2026-10-13', reasons: 'rahasia' }], false, 'Asia/Jakarta');
    expect(s).toEqual({
      registrationNumber: 'REQ-2026-00007-K7QH', kind: 'request', state: 'delivered', stateLabel: { id: 'Selesai: pemberitahuan tertulis telah disampaikan', en: 'Done: the written notice was delivered' },
      receivedOn: '2026-08-14', dueOn: '2026-08-31', extended: true, answeredOn: '2026-08-27', outcome: 'granted_part', canObject: false,
      objections: [{ registrationNumber: 'KEB-2026-00001-AAAA', state: 'registered', filedOn: '2026-09-01', dueOn: '2026-10-13', decidedOn: null }],
    });
  });
  it('keeps the outcome back until the notice is delivered', () => {
    expect(requestStatus({ ...stored, state: 'signing' }, [], false, 'Asia/Jakarta').outcome).toBeNull();
  });
  it('an objection number answers for the objection', () => {
    expect(objectionStatus({ registrationNumber: 'KEB-2026-00001-AAAA', state: 'decided', filedAt: '2026-09-01T02:00:00Z', dueOn: '2026-10-13', decidedAt: '2026-09-20T02:00:00Z', reasons: 'x' }, 'Asia/Jakarta')).toEqual({
      registrationNumber: 'KEB-2026-00001-AAAA', kind: 'objection', state: 'decided', stateLabel: { id: 'Keberatan telah diputus', en: 'The objection was decided' },
      receivedOn: '2026-09-01', dueOn: '2026-10-13', extended: false, answeredOn: '2026-09-20', outcome: null, canObject: false, objections: [],
    });
  });
});
